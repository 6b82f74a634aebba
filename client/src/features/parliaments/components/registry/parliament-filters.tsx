import { useTranslation } from "react-i18next";
import { CHAMBER_STRUCTURES, REGIONS } from "@hemicycle/shared/enums";
import { PARLIAMENT_SORTS } from "@hemicycle/shared/schemas/parliaments";
import { FilterBar } from "../../../../components/list/filter-bar.tsx";
import { Select } from "../../../../components/ui/field.tsx";
import type { useParliamentFilters } from "../../hooks/use-parliament-filters.ts";

type ParliamentFiltersProps = ReturnType<typeof useParliamentFilters>;

export function ParliamentFilters({ filters, setFilter, clear, active }: ParliamentFiltersProps) {
  const { t } = useTranslation();
  return (
    <FilterBar
      label={t("parliaments.filters.label")}
      searchLabel={t("parliaments.filters.search")}
      searchPlaceholder={t("parliaments.filters.searchPlaceholder")}
      search={filters.search}
      onSearch={(value) => setFilter("q", value)}
      active={active}
      clear={clear}
      clearLabel={t("parliaments.filters.clear")}
    >
      <Select
        label={t("parliaments.filters.region")}
        value={filters.region ?? ""}
        onChange={(event) => setFilter("region", event.target.value)}
        placeholder={t("parliaments.filters.anyRegion")}
        options={REGIONS.map((r) => ({ value: r, label: t(`region.${r}`) }))}
        containerClassName="w-full sm:w-52"
      />
      <Select
        label={t("parliaments.filters.chambers")}
        value={filters.structure ?? ""}
        onChange={(event) => setFilter("chambers", event.target.value)}
        placeholder={t("parliaments.filters.anyChambers")}
        options={CHAMBER_STRUCTURES.map((s) => ({ value: s, label: t(`parliaments.structure.${s}`) }))}
        containerClassName="w-full sm:w-40"
      />
      <Select
        label={t("parliaments.filters.sort")}
        value={`${filters.sort}:${filters.order}`}
        onChange={(event) => setFilter("sort", event.target.value === "name:asc" ? "" : event.target.value)}
        options={PARLIAMENT_SORTS.flatMap((sort) =>
          (["asc", "desc"] as const).map((order) => ({
            value: `${sort}:${order}`,
            label: t(`parliaments.sort.${sort}.${order}`),
          })),
        )}
        containerClassName="w-full sm:w-48"
      />
    </FilterBar>
  );
}
