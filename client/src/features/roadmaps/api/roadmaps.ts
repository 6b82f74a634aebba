// Data access for roadmaps: the roadmap of a mission, its coverage and proposals, and the
// editor's writes. The roadmap is cached under `byMission` (the editor's page) and `byId`
// (the review); writes update or invalidate both, and the query keys stay here.
import {
  skipToken,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from "@tanstack/react-query";
import { useEffect } from "react";
import { shownInForm, trpc } from "../../../lib/trpc.ts";
import type { RouterOutputs } from "../../../lib/router-types.ts";
import type { Roadmap, RoadmapItem } from "./types.ts";

export type RoadmapCoverage = RouterOutputs["roadmaps"]["coverage"];
export type RoadmapProposal = RouterOutputs["roadmaps"]["proposeItems"][number];

type RoadmapRef = Pick<Roadmap, "id" | "missionId">;

export function useRoadmapByMission(missionId: string | undefined) {
  return useQuery(trpc.roadmaps.byMission.queryOptions(missionId ? { missionId } : skipToken));
}

/** The roadmap as `roadmaps.byId` gives it: the editor and the review page share this cache entry. */
export function useRoadmap(id: string | undefined) {
  return useQuery(trpc.roadmaps.byId.queryOptions(id ? { id } : skipToken));
}

/** Applies `update` to the roadmap wherever it is cached (by id, by mission). */
export function updateCachedRoadmap(queryClient: QueryClient, roadmap: RoadmapRef, update: (old: Roadmap) => Roadmap) {
  queryClient.setQueryData(trpc.roadmaps.byId.queryKey({ id: roadmap.id }), (old) => (old ? update(old) : old));
  queryClient.setQueryData(trpc.roadmaps.byMission.queryKey({ missionId: roadmap.missionId }), (old) =>
    old && old.id === roadmap.id ? update(old) : old,
  );
}

/** The item as the cache holds it now (the live feed or another save may have replaced it). */
export function cachedItem(queryClient: QueryClient, roadmap: RoadmapRef, itemId: string): RoadmapItem | undefined {
  const cached =
    queryClient.getQueryData(trpc.roadmaps.byMission.queryKey({ missionId: roadmap.missionId })) ??
    queryClient.getQueryData(trpc.roadmaps.byId.queryKey({ id: roadmap.id }));
  return cached?.items.find((i) => i.id === itemId);
}

export function replaceCachedItem(queryClient: QueryClient, roadmap: RoadmapRef, item: RoadmapItem) {
  updateCachedRoadmap(queryClient, roadmap, (old) => ({
    ...old,
    items: old.items.map((i) => (i.id === item.id ? item : i)),
  }));
}

type RoadmapFields = Omit<Roadmap, "items" | "mission" | "viewer" | "latestRevision" | "lastSeenRevision">;

/**
 * An item write's answer in the cache: the item as saved and the roadmap's own fields
 * (an edit of an endorsed roadmap made it a draft again, with a new version).
 */
export function applyItemWrite(
  queryClient: QueryClient,
  roadmap: RoadmapRef,
  write: { item: RoadmapItem; roadmap: RoadmapFields },
) {
  updateCachedRoadmap(queryClient, roadmap, (old) => {
    const known = old.items.some((i) => i.id === write.item.id);
    return {
      ...old,
      ...write.roadmap,
      items: known ? old.items.map((i) => (i.id === write.item.id ? write.item : i)) : [...old.items, write.item],
    };
  });
}

/** The roadmap and everything drawn from it: its coverage, proposals, revisions. */
export function invalidateRoadmap(queryClient: QueryClient, roadmap: RoadmapRef) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: trpc.roadmaps.byId.queryKey({ id: roadmap.id }) }),
    queryClient.invalidateQueries({ queryKey: trpc.roadmaps.byMission.queryKey({ missionId: roadmap.missionId }) }),
    queryClient.invalidateQueries({ queryKey: trpc.roadmaps.coverage.queryKey({ id: roadmap.id }) }),
    queryClient.invalidateQueries({ queryKey: trpc.roadmaps.proposeItems.queryKey({ id: roadmap.id }) }),
  ]);
}

export function useRoadmapCoverage(roadmap: RoadmapRef) {
  return useQuery(trpc.roadmaps.coverage.queryOptions({ id: roadmap.id }));
}

export function useRoadmapProposals(roadmap: RoadmapRef, enabled = true) {
  return useQuery(trpc.roadmaps.proposeItems.queryOptions(enabled ? { id: roadmap.id } : skipToken));
}

export function useCreateRoadmap() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.roadmaps.create.mutationOptions({
      meta: shownInForm,
      onSuccess: (_created, input) =>
        queryClient.invalidateQueries({ queryKey: trpc.roadmaps.byMission.queryKey({ missionId: input.missionId }) }),
    }),
  );
}

/** The roadmap's own fields; the dialog shows stale versions (the conflict view) and field errors. */
export function useUpdateRoadmap(roadmap: RoadmapRef) {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.roadmaps.update.mutationOptions({
      meta: shownInForm,
      onSettled: () => invalidateRoadmap(queryClient, roadmap),
    }),
  );
}

export function useCreateItem(roadmap: RoadmapRef) {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.roadmaps.createItem.mutationOptions({
      meta: shownInForm,
      onSuccess: (write) => {
        applyItemWrite(queryClient, roadmap, write);
        return invalidateRoadmap(queryClient, roadmap);
      },
    }),
  );
}

export function useRemoveItem(roadmap: RoadmapRef) {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.roadmaps.removeItem.mutationOptions({
      onSettled: () => invalidateRoadmap(queryClient, roadmap),
    }),
  );
}

export function useLinkFindings(roadmap: RoadmapRef) {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.roadmaps.linkFindings.mutationOptions({
      onSuccess: (write) => {
        applyItemWrite(queryClient, roadmap, write);
        return invalidateRoadmap(queryClient, roadmap);
      },
    }),
  );
}

export function useSubmitForReview(roadmap: RoadmapRef) {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.roadmaps.submitForReview.mutationOptions({
      meta: shownInForm,
      onSettled: () => invalidateRoadmap(queryClient, roadmap),
    }),
  );
}

const FINDINGS_PAGE = 100;

/**
 * Every finding of a list, page after page: the link dialog searches and ticks among all
 * of them (a mission logs dozens, a parliament a few hundred).
 */
function useAllFindings(input: { parliamentId?: string; missionId?: string; status?: "VALIDATED" } | null) {
  const query = useInfiniteQuery(
    trpc.findings.list.infiniteQueryOptions(input ? { ...input, limit: FINDINGS_PAGE } : skipToken, {
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  );
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  return { ...query, findings: query.data?.pages.flatMap((p) => p.items) ?? [] };
}

export type LinkableFinding = RouterOutputs["findings"]["list"]["items"][number];

/**
 * The findings an item may answer: the parliament's validated findings and, for the
 * team, the mission's own (drafts and submitted ones too), each once.
 */
export function useLinkableFindings(roadmap: Roadmap, includeMission: boolean, enabled: boolean) {
  const validated = useAllFindings(
    enabled ? { parliamentId: roadmap.mission.parliamentId, status: "VALIDATED" } : null,
  );
  const own = useAllFindings(enabled && includeMission ? { missionId: roadmap.missionId } : null);
  const byId = new Map<string, LinkableFinding>();
  for (const f of [...validated.findings, ...own.findings]) byId.set(f.id, f);
  return {
    findings: [...byId.values()],
    isPending: validated.isPending || (includeMission && own.isPending),
    isError: validated.isError || own.isError,
    error: validated.error ?? own.error,
    refetch: () => Promise.all([validated.refetch(), own.refetch()]),
  };
}
