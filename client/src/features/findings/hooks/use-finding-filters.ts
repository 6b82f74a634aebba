// The findings log's search, filters and order, kept in the URL: a filtered log can be
// shared, survives a reload, and Back restores it. Area, severity and status take several
// values (the key repeated); one value travels to the server as it is, several as a list.
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import {
  FINDING_KINDS,
  FINDING_STATUSES,
  ICT_AREA_CODES,
  SEVERITIES,
  type FindingKind,
  type FindingStatus,
  type IctArea,
  type Severity,
} from "@hemicycle/shared/enums";
import { FINDING_SORTS, findingSortDirection, type FindingSort } from "@hemicycle/shared/schemas/findings";
import { useUrlFilters } from "../../../lib/use-url-filters.ts";

/** The filters proper: what "Clear filters" clears and what makes the log "filtered". */
const FILTER_KEYS = ["q", "mission", "parliament", "area", "kind", "severity", "grade", "status"] as const;
type Key = (typeof FILTER_KEYS)[number] | "sort" | "dir";

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);

/** The known values of a repeated key, each once, in the enum's order. */
function someOf<T extends string>(values: readonly T[], given: readonly string[]): T[] {
  return values.filter((v) => given.includes(v));
}

/** What the server takes for a filter of several values: nothing, one value, or a list. */
function oneOrMany<T extends string>(values: T[]): T | T[] | undefined {
  return values.length === 0 ? undefined : values.length === 1 ? values[0] : values;
}

function asGrade(value: string | null): number | undefined {
  if (value === null || !/^[0-5]$/.test(value)) return undefined;
  return Number(value);
}

export type FindingLogFilters = {
  search: string;
  missionId?: string;
  parliamentId?: string;
  area?: IctArea | IctArea[];
  kind?: FindingKind;
  severity?: Severity | Severity[];
  grade?: number;
  status?: FindingStatus | FindingStatus[];
  sort: FindingSort;
  sortDirection: "asc" | "desc";
};

export function useFindingFilters() {
  const { params, setFilter, setFilterValues, clear, active } = useUrlFilters<Key>(FILTER_KEYS);
  const filters = useMemo<FindingLogFilters>(() => {
    const sort = oneOf(FINDING_SORTS, params.get("sort")) ?? "createdAt";
    const dir = params.get("dir");
    return {
      search: params.get("q") ?? "",
      missionId: params.get("mission") || undefined,
      parliamentId: params.get("parliament") || undefined,
      area: oneOrMany(someOf(ICT_AREA_CODES, params.getAll("area"))),
      kind: oneOf(FINDING_KINDS, params.get("kind")),
      severity: oneOrMany(someOf(SEVERITIES, params.getAll("severity"))),
      grade: asGrade(params.get("grade")),
      status: oneOrMany(someOf(FINDING_STATUSES, params.getAll("status"))),
      sort,
      sortDirection: dir === "asc" || dir === "desc" ? dir : findingSortDirection(sort),
    };
  }, [params]);
  // Both keys in one navigation: two setFilter calls in a row would each start from the
  // same address, and the second would undo the first.
  const [, setParams] = useSearchParams();
  const setOrder = useCallback(
    (sort: FindingSort, direction: "asc" | "desc") =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (sort === "createdAt") next.delete("sort");
          else next.set("sort", sort);
          if (direction === findingSortDirection(sort)) next.delete("dir");
          else next.set("dir", direction);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { filters, setFilter, setFilterValues, setOrder, clear, active };
}
