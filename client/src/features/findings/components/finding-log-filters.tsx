// The findings log's search box, filters and order. The parliament filter is for those who
// see every parliament, the status filter for those who see more than validated findings.
// Area, severity and status take several values at once.
import { useTranslation } from "react-i18next";
import { FINDING_KINDS, FINDING_STATUSES, ICT_AREA_CODES, SEVERITIES } from "@hemicycle/shared/enums";
import { FINDING_SORTS, type FindingSort } from "@hemicycle/shared/schemas/findings";
import { gradeLabel } from "../../../lib/labels.ts";
import { useParliamentChoices } from "../../../lib/reference-data.ts";
import { FilterBar } from "../../../components/list/filter-bar.tsx";
import { Select } from "../../../components/ui/field.tsx";
import { CheckMenu } from "../../../components/ui/check-menu.tsx";
import { useMissionChoices } from "../api/finding-log.ts";
import type { useFindingFilters } from "../hooks/use-finding-filters.ts";

type FindingLogFiltersProps = ReturnType<typeof useFindingFilters> & {
  showParliament: boolean;
  showStatus: boolean;
};

const asSort = (value: string | undefined): FindingSort => FINDING_SORTS.find((s) => s === value) ?? "createdAt";

const ORDERS = FINDING_SORTS.flatMap((sort) => [`${sort}-desc`, `${sort}-asc`] as const);
const GRADES = [0, 1, 2, 3, 4, 5];

/** A filter of one value or several as the list the check menu shows. */
const asList = (value: string | readonly string[] | undefined): readonly string[] =>
  value === undefined ? [] : typeof value === "string" ? [value] : value;

export function FindingLogFilters({
  filters,
  setFilter,
  setFilterValues,
  setOrder,
  clear,
  active,
  showParliament,
  showStatus,
}: FindingLogFiltersProps) {
  const { t } = useTranslation();
  const missions = useMissionChoices();
  const parliaments = useParliamentChoices(showParliament);
  // Two to a row on a phone (the bar's gap is 0.75rem), so the list starts sooner.
  const narrow = "w-[calc(50%-0.375rem)] sm:w-40";
  return (
    <FilterBar
      label={t("findingList.filters.label")}
      searchLabel={t("findingList.filters.search")}
      searchPlaceholder={t("findingList.filters.searchPlaceholder")}
      search={filters.search}
      onSearch={(value) => setFilter("q", value)}
      active={active}
      clear={clear}
      clearLabel={t("findingList.filters.clear")}
    >
      <Select
        label={t("findingList.filters.mission")}
        value={filters.missionId ?? ""}
        onChange={(event) => setFilter("mission", event.target.value)}
        placeholder={t("findingList.filters.anyMission")}
        disabled={missions.isPending}
        options={(missions.data?.items ?? []).map((m) => ({ value: m.id, label: m.code }))}
        containerClassName="w-full sm:w-52"
      />
      {showParliament ? (
        <Select
          label={t("findingList.filters.parliament")}
          value={filters.parliamentId ?? ""}
          onChange={(event) => setFilter("parliament", event.target.value)}
          placeholder={t("findingList.filters.anyParliament")}
          disabled={parliaments.isPending}
          options={(parliaments.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          containerClassName="w-full sm:w-56"
        />
      ) : null}
      <CheckMenu
        label={t("findingList.filters.area")}
        value={asList(filters.area)}
        onChange={(values) => setFilterValues("area", values)}
        placeholder={t("findingList.filters.anyArea")}
        several={(count) => t("findingList.filters.several", { count })}
        options={ICT_AREA_CODES.map((a) => ({ value: a, label: t(`ictAreaShort.${a}`) }))}
        containerClassName="w-[calc(50%-0.375rem)] sm:w-52"
      />
      <Select
        label={t("findingList.filters.kind")}
        value={filters.kind ?? ""}
        onChange={(event) => setFilter("kind", event.target.value)}
        placeholder={t("findingList.filters.anyKind")}
        options={FINDING_KINDS.map((k) => ({ value: k, label: t(`findingKind.${k}`) }))}
        containerClassName={narrow}
      />
      <CheckMenu
        label={t("findingList.filters.severity")}
        value={asList(filters.severity)}
        onChange={(values) => setFilterValues("severity", values)}
        placeholder={t("findingList.filters.anySeverity")}
        several={(count) => t("findingList.filters.several", { count })}
        options={[...SEVERITIES].reverse().map((s) => ({ value: s, label: t(`severity.${s}`) }))}
        containerClassName={narrow}
      />
      <Select
        label={t("findingList.filters.grade")}
        value={filters.grade === undefined ? "" : String(filters.grade)}
        onChange={(event) => setFilter("grade", event.target.value)}
        placeholder={t("findingList.filters.anyGrade")}
        options={GRADES.map((g) => ({ value: String(g), label: gradeLabel(g) }))}
        containerClassName={narrow}
      />
      {showStatus ? (
        <CheckMenu
          label={t("findingList.filters.status")}
          value={asList(filters.status)}
          onChange={(values) => setFilterValues("status", values)}
          placeholder={t("findingList.filters.anyStatus")}
          several={(count) => t("findingList.filters.several", { count })}
          options={FINDING_STATUSES.map((s) => ({ value: s, label: t(`findingStatus.${s}`) }))}
          containerClassName={narrow}
        />
      ) : null}
      <Select
        label={t("findingList.sort.label")}
        value={`${filters.sort}-${filters.sortDirection}`}
        onChange={(event) => {
          const [nextSort, nextDirection] = event.target.value.split("-");
          setOrder(asSort(nextSort), nextDirection === "asc" ? "asc" : "desc");
        }}
        options={ORDERS.map((order) => ({ value: order, label: t(`findingList.sort.${order}`) }))}
        containerClassName={showStatus ? "w-[calc(50%-0.375rem)] sm:w-52" : "w-full sm:w-52"}
      />
    </FilterBar>
  );
}
