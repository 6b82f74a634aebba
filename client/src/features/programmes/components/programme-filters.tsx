// The programmes list's filters: search, funder (those in reach), a year it runs in, sort.
import { useTranslation } from "react-i18next";
import { PROGRAMME_SORTS } from "@hemicycle/shared/schemas/programmes";
import { FilterBar } from "../../../components/list/filter-bar.tsx";
import { Select } from "../../../components/ui/field.tsx";
import { useProgrammeFunders } from "../api/programmes.ts";
import { DEFAULT_PROGRAMME_SORT, type useProgrammeFilters } from "../hooks/use-programme-filters.ts";

type ProgrammeFiltersProps = ReturnType<typeof useProgrammeFilters> & {
  /** The years offered, newest first. */
  years?: readonly number[];
};

/** This year, the five before and the three after. */
function defaultYears(): number[] {
  const now = new Date().getUTCFullYear();
  return Array.from({ length: 9 }, (_, i) => now + 3 - i);
}

export function ProgrammeFilters({ filters, setFilter, clear, active, years }: ProgrammeFiltersProps) {
  const { t } = useTranslation();
  const funders = useProgrammeFunders();
  const funderNames = funders.data ?? [];
  const funderOptions = funderNames.map((f) => ({ value: f, label: f }));
  if (filters.funder && !funderNames.includes(filters.funder))
    funderOptions.unshift({ value: filters.funder, label: filters.funder });
  const yearList = years ?? defaultYears();
  const yearOptions = yearList.map((y) => ({ value: String(y), label: String(y) }));
  if (filters.activeIn && !yearList.includes(filters.activeIn))
    yearOptions.unshift({ value: String(filters.activeIn), label: String(filters.activeIn) });
  return (
    <FilterBar
      label={t("programmes.filters.label")}
      searchLabel={t("programmes.filters.search")}
      searchPlaceholder={t("programmes.filters.searchPlaceholder")}
      search={filters.search}
      onSearch={(value) => setFilter("q", value)}
      active={active}
      clear={clear}
      clearLabel={t("programmes.filters.clear")}
    >
      <Select
        label={t("programmes.filters.funder")}
        value={filters.funder ?? ""}
        onChange={(event) => setFilter("funder", event.target.value)}
        placeholder={t("programmes.filters.anyFunder")}
        options={funderOptions}
        error={funders.isError ? t("errors.optionsFailed") : undefined}
        containerClassName="w-full sm:w-56"
      />
      <Select
        label={t("programmes.filters.year")}
        value={filters.activeIn ? String(filters.activeIn) : ""}
        onChange={(event) => setFilter("year", event.target.value)}
        placeholder={t("programmes.filters.anyYear")}
        options={yearOptions}
        containerClassName="w-full sm:w-36"
      />
      <Select
        label={t("programmes.filters.sort")}
        value={`${filters.sort}:${filters.order}`}
        onChange={(event) => setFilter("sort", event.target.value === DEFAULT_PROGRAMME_SORT ? "" : event.target.value)}
        options={PROGRAMME_SORTS.flatMap((sort) =>
          (["asc", "desc"] as const).map((order) => ({
            value: `${sort}:${order}`,
            label: t(`programmes.sort.${sort}.${order}`),
          })),
        )}
        containerClassName="w-full sm:w-48"
      />
    </FilterBar>
  );
}
