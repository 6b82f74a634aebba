// Data access for programmes: the list, its funders, one programme and its edits. Query
// keys and invalidation stay here.
import { skipToken, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TProgrammeListInput } from "@hemicycle/shared/schemas/programmes";
import { pagedListOptions, withItems } from "../../../lib/paged-list.ts";
import type { RouterOutputs } from "../../../lib/router-types.ts";
import { shownInForm, trpc } from "../../../lib/trpc.ts";

export type ProgrammeListItem = RouterOutputs["programmes"]["list"]["items"][number];
export type ProgrammeRecord = RouterOutputs["programmes"]["byId"];
export type ProgrammeListFilters = Omit<TProgrammeListInput, "cursor" | "limit">;

const PAGE_SIZE = 25;

export function useProgrammeList(filters: Partial<ProgrammeListFilters>) {
  const query = useInfiniteQuery(
    trpc.programmes.list.infiniteQueryOptions({ ...filters, limit: PAGE_SIZE }, pagedListOptions),
  );
  return { ...withItems(query), total: query.data?.pages[0]?.total };
}

/** The funders of the programmes in reach, for the funder filter. */
export function useProgrammeFunders() {
  return useQuery(trpc.programmes.funders.queryOptions());
}

export function useProgramme(id: string | undefined) {
  return useQuery(trpc.programmes.byId.queryOptions(id ? { id } : skipToken));
}

export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.programmes.create.mutationOptions({
      meta: shownInForm,
      onSuccess: () => queryClient.invalidateQueries(trpc.programmes.pathFilter()),
    }),
  );
}

/** Saves a programme's changes on the version the form loaded (a stale one is refused with the current record). */
export function useUpdateProgramme() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.programmes.update.mutationOptions({
      meta: shownInForm,
      onSettled: () => queryClient.invalidateQueries(trpc.programmes.pathFilter()),
    }),
  );
}

export type IatiSummary = RouterOutputs["programmes"]["iatiSummary"];

/** What the programme's IATI activity file will hold (for those who may export it). */
export function useProgrammeIatiSummary(id: string, enabled: boolean) {
  return useQuery(trpc.programmes.iatiSummary.queryOptions(enabled ? { id } : skipToken));
}

/** The programme's IATI activity file, downloaded over plain HTTP with the session cookie. */
export function iatiFileHref(id: string): string {
  return `/export/programmes/${encodeURIComponent(id)}.iati.xml`;
}
