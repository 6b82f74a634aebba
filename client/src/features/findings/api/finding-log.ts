// Data access for the findings log (/findings): the list with its total, searched, filtered
// and sorted on the server; the same findings counted by ICT area and severity; the missions
// to filter by. (The CSV of the validated ones is an export job: features/exports.)
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { TFindingFilterInput, TFindingListInput } from "@hemicycle/shared/schemas/findings";
import { pagedListOptions, withItems } from "../../../lib/paged-list.ts";
import { CHOICES_LIMIT } from "../../../lib/reference-data.ts";
import { trpc } from "../../../lib/trpc.ts";

export type FindingLogInput = Omit<TFindingListInput, "cursor" | "limit" | "sort"> & {
  sort?: TFindingListInput["sort"];
};

export const FINDING_LOG_PAGE = 25;

export function useFindingLog(input: FindingLogInput) {
  return withItems(
    useInfiniteQuery(trpc.findings.list.infiniteQueryOptions({ ...input, limit: FINDING_LOG_PAGE }, pagedListOptions)),
  );
}

/** The matching findings by area and severity; the previous figures stay while new filters load. */
export function useFindingSummary(input: TFindingFilterInput) {
  return useQuery({ ...trpc.findings.summary.queryOptions(input), placeholderData: (previous) => previous });
}

const CHOICES_STALE_MS = 5 * 60_000;

/** The missions the user may see, by code, for the mission filter. */
export function useMissionChoices() {
  return useQuery({
    ...trpc.missions.list.queryOptions({ limit: CHOICES_LIMIT, sort: "code", sortDirection: "asc" }),
    staleTime: CHOICES_STALE_MS,
  });
}
