// The choice of grouping beside the plan, on the editor's toolbar and the review's card.
import { useTranslation } from "react-i18next";
import { Select } from "../../../../components/ui/field.tsx";
import { ROADMAP_GROUPINGS, type RoadmapGrouping } from "../../lib/grouping.ts";

type GroupingSelectProps = {
  value: RoadmapGrouping;
  onChange: (groupBy: RoadmapGrouping) => void;
};

export function GroupingSelect({ value, onChange }: GroupingSelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      label={t("roadmap.group.label")}
      // Each choice says what it does ("Group by: ICT area"), so the label needs no room of its own.
      hideLabel
      // As wide as its longest choice ("Aucun regroupement", "Agrupar por: área de TIC").
      containerClassName="min-w-48"
      options={ROADMAP_GROUPINGS.map((g) => ({
        value: g,
        label: g === "none" ? t("roadmap.group.none") : `${t("roadmap.group.label")}: ${t(`roadmap.group.${g}`)}`,
      }))}
      value={value}
      onChange={(event) => onChange(event.target.value as RoadmapGrouping)}
    />
  );
}
