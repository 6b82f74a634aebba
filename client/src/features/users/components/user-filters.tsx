import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ROLES } from "@hemicycle/shared/enums";
import { useDebouncedValue } from "../../../lib/use-debounced-value.ts";
import { Select, TextField } from "../../../components/ui/field.tsx";
import { Button } from "../../../components/ui/button.tsx";
import type { useUserFilters } from "../hooks/use-user-filters.ts";

type UserFiltersProps = ReturnType<typeof useUserFilters>;

export function UserFilters({ filters, setFilter, clear, active }: UserFiltersProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(filters.search);
  const debounced = useDebouncedValue(search.trim(), 300);

  // What this box last wrote to the URL: tells typing apart from back/forward navigation.
  const pushed = useRef(filters.search);
  useEffect(() => {
    if (debounced === pushed.current) return;
    pushed.current = debounced;
    setFilter("q", debounced);
  }, [debounced, setFilter]);
  useEffect(() => {
    if (filters.search === pushed.current) return;
    pushed.current = filters.search;
    setSearch(filters.search);
  }, [filters.search]);

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
