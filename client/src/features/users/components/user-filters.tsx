import { useTranslation } from "react-i18next";
import { ROLES } from "@hemicycle/shared/enums";
import { FilterBar } from "../../../components/list/filter-bar.tsx";
import { Select } from "../../../components/ui/field.tsx";
import type { useUserFilters } from "../hooks/use-user-filters.ts";

type UserFiltersProps = ReturnType<typeof useUserFilters>;

export function UserFilters({ filters, setFilter, clear, active }: UserFiltersProps) {
  const { t } = useTranslation();
  return (
    <FilterBar
      label={t("users.filters.label")}
      searchLabel={t("users.filters.search")}
      searchPlaceholder={t("users.filters.searchPlaceholder")}
      search={filters.search}
      onSearch={(value) => setFilter("q", value)}
      active={active}
      clear={clear}
      clearLabel={t("users.filters.clear")}
    >
      <Select
        label={t("users.filters.role")}
        value={filters.role ?? ""}
        onChange={(event) => setFilter("role", event.target.value)}
        placeholder={t("users.filters.anyRole")}
        options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        containerClassName="w-full sm:w-52"
      />
    </FilterBar>
  );
}
