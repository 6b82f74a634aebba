// The programmes list's search, funder, year and sort, kept in the URL.
import { useMemo } from "react";
import { PROGRAMME_SORTS } from "@hemicycle/shared/schemas/programmes";
import { useUrlFilters } from "../../../lib/use-url-filters.ts";
import type { ProgrammeListFilters } from "../api/programmes.ts";

// "sort" holds the column and the direction at once ("name:asc"): one write, one entry.
const KEYS = ["q", "funder", "year", "sort"] as const;
const ORDERS = ["asc", "desc"] as const;
export const DEFAULT_PROGRAMME_SORT = "start:desc";

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.find((v) => v === value);
}

function yearOf(value: string | null): number | undefined {
  if (!value || !/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return year >= 1990 && year <= 2100 ? year : undefined;
}

export function useProgrammeFilters() {
  const { params, setFilter, clear, active } = useUrlFilters(KEYS);
  const filters = useMemo<ProgrammeListFilters & { search: string }>(() => {
    const [sort, order] = (params.get("sort") ?? "").split(":");
    return {
      search: params.get("q") ?? "",
      funder: params.get("funder") || undefined,
      activeIn: yearOf(params.get("year")),
      sort: oneOf(PROGRAMME_SORTS, sort) ?? "start",
      order: oneOf(ORDERS, order) ?? "desc",
    };
  }, [params]);
  return { filters, setFilter, clear, active };
}
