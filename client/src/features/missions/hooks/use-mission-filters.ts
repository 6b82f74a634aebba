// The missions list's filters, order and density, kept in the URL.
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { MISSION_STATUSES, type MissionStatus } from "@hemicycle/shared/enums";
import { MISSION_SORTS, type MissionSort } from "@hemicycle/shared/schemas/missions";
import { useUrlFilters } from "../../../lib/use-url-filters.ts";
import type { MissionFilters } from "../api/missions.ts";

/** The filters proper: what "Clear filters" clears and what makes a list "filtered". */
const FILTER_KEYS = ["q", "status", "parliament", "programme"] as const;
type Key = (typeof FILTER_KEYS)[number] | "sort" | "dir" | "view";

function asStatus(value: string | null): MissionStatus | undefined {
  return MISSION_STATUSES.find((s) => s === value);
}

function asSort(value: string | null): MissionSort | undefined {
  return MISSION_SORTS.find((s) => s === value);
}

export function useMissionFilters() {
  const { params, setFilter: set, clear, active } = useUrlFilters<Key>(FILTER_KEYS);
  const filters = useMemo<MissionFilters & { search: string }>(
    () => ({
      search: params.get("q") ?? "",
      status: asStatus(params.get("status")),
      parliamentId: params.get("parliament") ?? undefined,
      programmeId: params.get("programme") ?? undefined,
      sort: asSort(params.get("sort")),
      sortDirection: params.get("dir") === "desc" ? "desc" : params.get("dir") === "asc" ? "asc" : undefined,
    }),
    [params],
  );
  const dense = params.get("view") === "dense";
  // Both keys in one navigation: two setFilter calls in a row would each start from the
  // same address, and the second would undo the first.
  const [, setParams] = useSearchParams();
  const setOrder = useCallback(
    (sort: MissionSort, direction: "asc" | "desc") =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (sort === "created") next.delete("sort");
          else next.set("sort", sort);
          next.set("dir", direction);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { filters, setFilter: set, setOrder, clear, active, dense };
}
