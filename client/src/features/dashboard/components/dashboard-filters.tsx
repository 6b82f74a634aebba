// The heatmap's filters, kept in the address (lib/use-url-filters.ts) so a filtered
// dashboard can be shared and survives a reload.
import { useTranslation } from "react-i18next";
import { REGIONS } from "@hemicycle/shared/enums";
import { Button } from "../../../components/ui/button.tsx";
import { Select } from "../../../components/ui/field.tsx";

type Props = {
  region: string;
  programmeId: string;
  programmes: { id: string; name: string }[];
  setFilter: (key: "region" | "programme", value: string) => void;
  active: boolean;
  clear: () => void;
};

export function DashboardFilters({ region, programmeId, programmes, setFilter, active, clear }: Props) {
  const { t } = useTranslation();
  return (
    <search className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("dashboard.filters.label")}>
      <Select
        label={t("dashboard.filters.region")}
        value={region}
        onChange={(event) => setFilter("region", event.target.value)}
        placeholder={t("dashboard.filters.anyRegion")}
        options={REGIONS.map((r) => ({ value: r, label: t(`region.${r}`) }))}
        containerClassName="w-full sm:w-56"
      />
      <Select
        label={t("dashboard.filters.programme")}
        value={programmeId}
        onChange={(event) => setFilter("programme", event.target.value)}
        placeholder={t("dashboard.filters.anyProgramme")}
        options={programmes.map((p) => ({ value: p.id, label: p.name }))}
        containerClassName="w-full sm:w-64"
      />
      {active ? (
        <Button variant="ghost" onClick={clear}>
          {t("dashboard.filters.clear")}
        </Button>
      ) : null}
    </search>
  );
}
