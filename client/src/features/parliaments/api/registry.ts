// Data access for the parliaments registry: the list, one parliament, its edits and the
// CSV import. Query keys and invalidation stay here.
import { skipToken, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TParliamentListInput } from "@hemicycle/shared/schemas/parliaments";
import { pagedListOptions, withItems } from "../../../lib/paged-list.ts";
import type { RouterOutputs } from "../../../lib/router-types.ts";
import { shownInForm, trpc } from "../../../lib/trpc.ts";

export type ParliamentListItem = RouterOutputs["parliaments"]["list"]["items"][number];
export type ParliamentRecord = RouterOutputs["parliaments"]["byId"];
export type ParliamentImportResult = RouterOutputs["parliaments"]["importCsv"];
export type ParliamentListFilters = Omit<TParliamentListInput, "cursor" | "limit">;

const PAGE_SIZE = 25;

export function useParliamentList(filters: Partial<ParliamentListFilters>) {
  const query = useInfiniteQuery(
    trpc.parliaments.list.infiniteQueryOptions({ ...filters, limit: PAGE_SIZE }, pagedListOptions),
  );
  return { ...withItems(query), total: query.data?.pages[0]?.total };
}

export function useParliament(id: string | undefined) {
  return useQuery(trpc.parliaments.byId.queryOptions(id ? { id } : skipToken));
}

export function useCreateParliament() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.parliaments.create.mutationOptions({
      meta: shownInForm,
      onSuccess: () => queryClient.invalidateQueries(trpc.parliaments.pathFilter()),
    }),
  );
}

/** Saves a parliament's changes on the version the form loaded (a stale one is refused with the current record). */
export function useUpdateParliament() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.parliaments.update.mutationOptions({
      meta: shownInForm,
      onSettled: () => queryClient.invalidateQueries(trpc.parliaments.pathFilter()),
    }),
  );
}

export function useImportParliaments() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.parliaments.importCsv.mutationOptions({
      meta: shownInForm,
      onSuccess: (result) => {
        if (result.ok && !result.dryRun) void queryClient.invalidateQueries(trpc.parliaments.pathFilter());
      },
    }),
  );
}

/** The roadmaps of a parliament's missions that the caller may see, with their status. */
export function useParliamentRoadmaps(parliamentId: string) {
  return useQuery(trpc.roadmaps.list.queryOptions({ parliamentId, limit: 100 }));
}
