import { useTranslation } from "react-i18next";
import { MISSION_STATUSES } from "@hemicycle/shared/enums";
import { MISSION_SORTS, type MissionSort } from "@hemicycle/shared/schemas/missions";
import { useParliamentChoices, useProgrammeChoices } from "../../../lib/reference-data.ts";
import { FilterBar } from "../../../components/list/filter-bar.tsx";
import { Select } from "../../../components/ui/field.tsx";
import type { useMissionFilters } from "../hooks/use-mission-filters.ts";

type MissionFiltersProps = ReturnType<typeof useMissionFilters> & {
  showParliament: boolean;
  showProgramme: boolean;
};

/** Each order with its natural direction first: "code-asc" is "Code, A to Z". */
const asSort = (value: string | undefined): MissionSort => MISSION_SORTS.find((s) => s === value) ?? "created";

const ORDERS = MISSION_SORTS.flatMap((sort) => [`${sort}-asc`, `${sort}-desc`] as const);

export function MissionFilters({
  filters,
  setFilter,
  clear,
  active,
  dense,
  setOrder,
  showParliament,
  showProgramme,
}: MissionFiltersProps) {
  const { t } = useTranslation();
  const parliaments = useParliamentChoices(showParliament);
  const programmes = useProgrammeChoices();
  const sort = filters.sort ?? "created";
  const direction = filters.sortDirection ?? (sort === "created" ? "desc" : "asc");
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
        containerClassName="w-full sm:w-40"
      />
      {showParliament ? (
        <Select
          label={t("missions.filters.parliament")}
          value={filters.parliamentId ?? ""}
          onChange={(event) => setFilter("parliament", event.target.value)}
          placeholder={t("missions.filters.anyParliament")}
          disabled={parliaments.isPending}
          options={(parliaments.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          containerClassName="w-full sm:w-56"
        />
      ) : null}
      {showProgramme ? (
        <Select
          label={t("missions.filters.programme")}
          value={filters.programmeId ?? ""}
          onChange={(event) => setFilter("programme", event.target.value)}
          placeholder={t("missions.filters.anyProgramme")}
          disabled={programmes.isPending}
          options={(programmes.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          containerClassName="w-full sm:w-56"
        />
      ) : null}
      <Select
        label={t("missions.sort.label")}
        value={`${sort}-${direction}`}
        onChange={(event) => {
          const [nextSort, nextDirection] = event.target.value.split("-");
          setOrder(asSort(nextSort), nextDirection === "asc" ? "asc" : "desc");
        }}
        options={ORDERS.map((order) => ({ value: order, label: t(`missions.sort.${order}`) }))}
        containerClassName="w-full sm:w-48"
      />
      <label className="flex items-center gap-2 self-end pb-2 text-sm text-zinc-700">
        <input
          type="checkbox"
          checked={dense}
          onChange={(event) => setFilter("view", event.target.checked ? "dense" : "")}
          className="size-4 rounded border-zinc-300"
        />
        {t("missions.dense")}
      </label>
    </FilterBar>
  );
}
