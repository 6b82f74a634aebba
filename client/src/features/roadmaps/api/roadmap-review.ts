// Data access for the parliament's review: the roadmaps a parliament sees, revisions and
// their comparison, comment threads and the decision. Every mutation refreshes what it
// changed with the `roadmaps.*` query filters. The roadmap itself (`roadmaps.byId`) is
// read through roadmaps.ts and progress saved through useSaveItem, as in the editor.
import { skipToken, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RoadmapStatus } from "@hemicycle/shared/enums";
import { errorInfo } from "../../../lib/errors.ts";
import type { RouterOutputs } from "../../../lib/router-types.ts";
import { shownInForm, trpc } from "../../../lib/trpc.ts";

export type RoadmapListItem = RouterOutputs["roadmaps"]["list"]["items"][number];
export type Revision = RouterOutputs["roadmaps"]["revisions"][number];
export type RevisionDecision = Revision["decisions"][number];
export type Comparison = RouterOutputs["roadmaps"]["compare"];
export type FieldChange = Comparison["roadmap"][number];
export type CommentThread = RouterOutputs["roadmaps"]["comments"][number];
export type CommentReply = CommentThread["replies"][number];

/** A compared revision: a number, or the roadmap as it is now. */
export type RevisionRef = number | "current";

/** A parliament has a handful of roadmaps (one per mission): one page holds them all. */
const ROADMAPS_PAGE_SIZE = 100;

export function useRoadmapList(filters: { parliamentId?: string; status?: RoadmapStatus }) {
  return useQuery(trpc.roadmaps.list.queryOptions({ ...filters, limit: ROADMAPS_PAGE_SIZE }));
}

export function useRevisions(id: string) {
  return useQuery(trpc.roadmaps.revisions.queryOptions({ id }));
}

/** Nothing is asked until both ends are chosen; a revision compared with itself is not asked at all. */
export function useComparison(id: string, from: RevisionRef | null, to: RevisionRef | null) {
  const input = typeof from === "number" && to !== null && from !== to ? { id, from, to } : skipToken;
  return useQuery(trpc.roadmaps.compare.queryOptions(input));
}

export function useCommentThreads(roadmapId: string) {
  return useQuery(trpc.roadmaps.comments.queryOptions({ id: roadmapId }));
}

/** Everything the review shows of one roadmap, refreshed after a decision or a conflict. */
export function useRefreshReview() {
  const queryClient = useQueryClient();
  return (id: string) =>
    Promise.all([
      queryClient.invalidateQueries(trpc.roadmaps.byId.queryFilter({ id })),
      queryClient.invalidateQueries(trpc.roadmaps.revisions.queryFilter({ id })),
      queryClient.invalidateQueries(trpc.roadmaps.list.pathFilter()),
    ]);
}

/**
 * The team resubmitted (or a colleague decided) while this reviewer read: the revision
 * they decide on is no longer the one under review.
 */
export function isReviewOvertaken(error: unknown): boolean {
  const info = errorInfo(error);
  return info.code === "CONFLICT" || info.message.code === "revisionNotUnderReview";
}

export function useReviewRoadmap() {
  const refresh = useRefreshReview();
  return useMutation(
    trpc.roadmaps.review.mutationOptions({
      meta: shownInForm,
      onSettled: (_data, _error, { id }) => refresh(id),
    }),
  );
}

export function useMarkRevisionSeen() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.roadmaps.markRevisionSeen.mutationOptions({
      // Nothing to tell the person if it fails: the page reads as well either way.
      meta: { handles: () => true },
      // The list's "new revision" marks change; the open page keeps what it compared.
      onSuccess: () => queryClient.invalidateQueries(trpc.roadmaps.list.pathFilter()),
    }),
  );
}

export function useAddComment() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.roadmaps.comment.mutationOptions({
      meta: shownInForm,
      onSuccess: (_data, { roadmapId }) =>
        queryClient.invalidateQueries(trpc.roadmaps.comments.queryFilter({ id: roadmapId })),
    }),
  );
}

export function useResolveComment(roadmapId: string) {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.roadmaps.resolveComment.mutationOptions({
      // A stale thread is explained next to it; anything else gets the toast.
      meta: { handles: (info) => info.problem?.reason === "STALE_VERSION" },
      onSettled: () => queryClient.invalidateQueries(trpc.roadmaps.comments.queryFilter({ id: roadmapId })),
    }),
  );
}
