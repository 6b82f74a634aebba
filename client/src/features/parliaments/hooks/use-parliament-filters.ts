// The parliaments list's filters and sort, kept in the URL.
import { useMemo } from "react";
import { CHAMBER_STRUCTURES, REGIONS } from "@hemicycle/shared/enums";
import { PARLIAMENT_SORTS, SORT_ORDERS } from "@hemicycle/shared/schemas/parliaments";
import { useUrlFilters } from "../../../lib/use-url-filters.ts";
import type { ParliamentListFilters } from "../api/registry.ts";

// "sort" holds the column and the direction at once ("country:desc"): one write, one entry.
const KEYS = ["q", "region", "chambers", "sort"] as const;

function oneOf<T extends string>(values: readonly T[], value: string | null | undefined): T | undefined {
  return values.find((v) => v === value);
}

function sortOf(value: string | null): [string | undefined, string | undefined] {
  const [sort, order] = (value ?? "").split(":");
  return [sort, order];
}

export function useParliamentFilters() {
  const { params, setFilter, clear, active } = useUrlFilters(KEYS);
  const filters = useMemo<ParliamentListFilters & { search: string }>(
    () => ({
      search: params.get("q") ?? "",
      region: oneOf(REGIONS, params.get("region")),
      structure: oneOf(CHAMBER_STRUCTURES, params.get("chambers")),
      sort: oneOf(PARLIAMENT_SORTS, sortOf(params.get("sort"))[0]) ?? "name",
      order: oneOf(SORT_ORDERS, sortOf(params.get("sort"))[1]) ?? "asc",
    }),
    [params],
  );
  return { filters, setFilter, clear, active };
}
