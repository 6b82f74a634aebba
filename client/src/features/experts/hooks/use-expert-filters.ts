// The directory's filters and sort, kept in the URL.
import { useMemo } from "react";
import { ICT_AREA_CODES, type IctArea } from "@hemicycle/shared/enums";
import { EXPERT_SORTS, type ExpertSort } from "@hemicycle/shared/schemas/experts";
import { useUrlFilters } from "../../../lib/use-url-filters.ts";
import type { ExpertFilters } from "../api/experts.ts";

const KEYS = ["q", "area", "language", "country", "from", "to", "sort"] as const;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

/** A value the server would refuse (a hand-edited URL) is left out rather than sent. */
function matching(pattern: RegExp, value: string | null): string | undefined {
  return value && pattern.test(value) ? value : undefined;
}

export function useExpertFilters() {
  const { params, setFilter, clear, active } = useUrlFilters(KEYS);
  const filters = useMemo<ExpertFilters & { search: string }>(() => {
    const from = matching(ISO_DAY, params.get("from"));
    const to = matching(ISO_DAY, params.get("to"));
    return {
      search: params.get("q") ?? "",
      area: oneOf<IctArea>(ICT_AREA_CODES, params.get("area")),
      language: matching(/^[a-z]{2}$/, params.get("language")),
      country: matching(/^[A-Z]{2}$/, params.get("country")),
      // A range the wrong way round is no range.
      availableFrom: from && to && to < from ? undefined : from,
      availableTo: from && to && to < from ? undefined : to,
      sort: oneOf<ExpertSort>(EXPERT_SORTS, params.get("sort")) ?? "name",
    };
  }, [params]);
  return { filters, setFilter, clear, active };
}
