import { useTranslation } from "react-i18next";
import { ROLES } from "@hemicycle/shared/enums";
import { useUrlSearchBox } from "../../../lib/use-url-filters.ts";
import { Select, TextField } from "../../../components/ui/field.tsx";
import { Button } from "../../../components/ui/button.tsx";
import type { useUserFilters } from "../hooks/use-user-filters.ts";

type UserFiltersProps = ReturnType<typeof useUserFilters>;

export function UserFilters({ filters, setFilter, clear, active }: UserFiltersProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useUrlSearchBox(filters.search, (value) => setFilter("q", value));

  return (
    <search className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("users.filters.label")}>
      <TextField
        type="search"
        label={t("users.filters.search")}
        placeholder={t("users.filters.searchPlaceholder")}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        containerClassName="w-full sm:w-72"
      />
      <Select
        label={t("users.filters.role")}
        value={filters.role ?? ""}
        onChange={(event) => setFilter("role", event.target.value)}
        placeholder={t("users.filters.anyRole")}
        options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        containerClassName="w-full sm:w-52"
      />
      {active ? (
        <Button
          variant="ghost"
          onClick={() => {
            setSearch("");
            clear();
          }}
        >
          {t("users.filters.clear")}
        </Button>
      ) : null}
    </search>
  );
}
