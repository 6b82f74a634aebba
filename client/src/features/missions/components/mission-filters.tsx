import { useTranslation } from "react-i18next";
import { MISSION_STATUSES } from "@hemicycle/shared/enums";
import { useParliamentChoices } from "../../../lib/reference-data.ts";
import { FilterBar } from "../../../components/list/filter-bar.tsx";
import { Select } from "../../../components/ui/field.tsx";
import type { useMissionFilters } from "../hooks/use-mission-filters.ts";

type MissionFiltersProps = ReturnType<typeof useMissionFilters> & { showParliament: boolean };

export function MissionFilters({ filters, setFilter, clear, active, showParliament }: MissionFiltersProps) {
  const { t } = useTranslation();
  const parliaments = useParliamentChoices(showParliament);
  return (
    <FilterBar
      label={t("missions.filters.label")}
      searchLabel={t("missions.filters.search")}
      searchPlaceholder={t("missions.filters.searchPlaceholder")}
      search={filters.search}
      onSearch={(value) => setFilter("q", value)}
      active={active}
      clear={clear}
      clearLabel={t("missions.filters.clear")}
    >
      <Select
        label={t("missions.filters.status")}
        value={filters.status ?? ""}
        onChange={(event) => setFilter("status", event.target.value)}
        placeholder={t("missions.filters.anyStatus")}
        options={MISSION_STATUSES.map((s) => ({ value: s, label: t(`missionStatus.${s}`) }))}
        containerClassName="w-full sm:w-44"
      />
      {showParliament ? (
        <Select
          label={t("missions.filters.parliament")}
          value={filters.parliamentId ?? ""}
          onChange={(event) => setFilter("parliament", event.target.value)}
          placeholder={t("missions.filters.anyParliament")}
          disabled={parliaments.isPending}
          options={(parliaments.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          containerClassName="w-full sm:w-64"
        />
      ) : null}
    </FilterBar>
  );
}
