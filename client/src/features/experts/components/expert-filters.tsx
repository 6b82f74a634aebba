import { useTranslation } from "react-i18next";
import { ICT_AREA_CODES } from "@hemicycle/shared/enums";
import { EXPERT_SORTS } from "@hemicycle/shared/schemas/experts";
import { FilterBar } from "../../../components/list/filter-bar.tsx";
import { Select, TextField } from "../../../components/ui/field.tsx";
import type { useExpertFilters } from "../hooks/use-expert-filters.ts";
import { countryChoices, languageChoices } from "../../../lib/code-choices.ts";

type ExpertFiltersProps = ReturnType<typeof useExpertFilters> & {
  /** Availability reflects other parliaments' missions: offered only to those who may ask. */
  showAvailability: boolean;
};

export function ExpertFilters({ filters, setFilter, clear, active, showAvailability }: ExpertFiltersProps) {
  const { t } = useTranslation();
  return (
    <FilterBar
      label={t("experts.filters.label")}
      searchLabel={t("experts.filters.search")}
      searchPlaceholder={t("experts.filters.searchPlaceholder")}
      search={filters.search}
      onSearch={(value) => setFilter("q", value)}
      active={active}
      clear={clear}
      clearLabel={t("experts.filters.clear")}
    >
      <Select
        label={t("experts.filters.area")}
        value={filters.area ?? ""}
        onChange={(event) => setFilter("area", event.target.value)}
        placeholder={t("experts.filters.anyArea")}
        options={ICT_AREA_CODES.map((a) => ({ value: a, label: `${a} · ${t(`ictArea.${a}`)}` }))}
        containerClassName="w-full sm:w-56"
      />
      <Select
        label={t("experts.filters.language")}
        value={filters.language ?? ""}
        onChange={(event) => setFilter("language", event.target.value)}
        placeholder={t("experts.filters.anyLanguage")}
        options={languageChoices()}
        containerClassName="w-full sm:w-40"
      />
      <Select
        label={t("experts.filters.country")}
        value={filters.country ?? ""}
        onChange={(event) => setFilter("country", event.target.value)}
        placeholder={t("experts.filters.anyCountry")}
        options={countryChoices()}
        containerClassName="w-full sm:w-44"
      />
      {showAvailability ? (
        <div className="flex w-full gap-3 sm:w-auto">
          <TextField
            type="date"
            label={t("experts.filters.availableFrom")}
            value={filters.availableFrom ?? ""}
            onChange={(event) => setFilter("from", event.target.value)}
            containerClassName="flex-1 sm:w-40"
          />
          <TextField
            type="date"
            label={t("experts.filters.availableTo")}
            value={filters.availableTo ?? ""}
            min={filters.availableFrom}
            onChange={(event) => setFilter("to", event.target.value)}
            containerClassName="flex-1 sm:w-40"
          />
        </div>
      ) : null}
      <Select
        label={t("experts.filters.sort")}
        value={filters.sort}
        onChange={(event) => setFilter("sort", event.target.value === "name" ? "" : event.target.value)}
        options={EXPERT_SORTS.map((s) => ({ value: s, label: t(`experts.sort.${s}`) }))}
        containerClassName="w-full sm:w-36"
      />
    </FilterBar>
  );
}
