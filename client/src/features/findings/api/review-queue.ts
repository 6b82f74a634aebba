// The lead's review queue: the findings the caller may review (findings.reviewQueue, the
// server decides whose), the bulk validation, and the missions to narrow it to.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { FindingStatus, IctArea, Severity } from "@hemicycle/shared/enums";
import { MAX_BULK_VALIDATE } from "@hemicycle/shared/schemas/finding-review";
import { pagedListOptions, withItems } from "../../../lib/paged-list.ts";
import { CHOICES_LIMIT } from "../../../lib/reference-data.ts";
import type { RouterOutputs } from "../../../lib/router-types.ts";
import { trpc } from "../../../lib/trpc.ts";

export type ReviewQueueItem = RouterOutputs["findings"]["reviewQueue"]["items"][number];

export type ReviewQueueFilters = {
  missionId?: string | undefined;
  area?: IctArea | undefined;
  severity?: Severity | undefined;
  status?: FindingStatus | undefined;
};

/** The whole queue a page at a time, as many as one bulk validation takes. */
export function useReviewQueue(filters: ReviewQueueFilters) {
  return withItems(
    useInfiniteQuery(
      trpc.findings.reviewQueue.infiniteQueryOptions({ ...filters, limit: MAX_BULK_VALIDATE }, pagedListOptions),
    ),
  );
}

/** Missions to narrow the queue to (those within the caller's reach), by code. */
export function useReviewMissionChoices() {
  return useQuery({
    ...trpc.missions.list.queryOptions({ limit: CHOICES_LIMIT, sort: "code", sortDirection: "asc" }),
    select: (page) => page.items.map((m) => ({ value: m.id, label: m.code })),
    staleTime: 5 * 60_000,
  });
}

/** Validates the selected findings, all or none; the refusal is said next to the selection. */
export function useValidateMany() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.findings.validateMany.mutationOptions({
      meta: { handles: () => true },
      onSettled: () => queryClient.invalidateQueries(trpc.findings.pathFilter()),
    }),
  );
}
