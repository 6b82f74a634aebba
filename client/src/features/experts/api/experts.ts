// Data access for the expert directory. Pages and components use these hooks; the query
// keys and invalidation stay here.
import { skipToken, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { IctArea } from "@hemicycle/shared/enums";
import type { ExpertSort } from "@hemicycle/shared/schemas/experts";
import { pagedListOptions, withItems } from "../../../lib/paged-list.ts";
import type { RouterOutputs } from "../../../lib/router-types.ts";
import { shownInForm, trpc } from "../../../lib/trpc.ts";

export type ExpertListItem = RouterOutputs["experts"]["list"]["items"][number];
export type ExpertDetail = RouterOutputs["experts"]["byId"];
export type ExpertAssignment = ExpertDetail["assignments"][number];
export type SavedExpert = RouterOutputs["experts"]["update"];
export type ImportResult = RouterOutputs["experts"]["importCsv"];
export type ImportProblem = Extract<ImportResult, { ok: false }>["problems"][number];

const EXPERTS_PAGE_SIZE = 25;

export type ExpertFilters = {
  search?: string;
  area?: IctArea;
  language?: string;
  country?: string;
  availableFrom?: string;
  availableTo?: string;
  sort: ExpertSort;
};

/** The directory's rows, page after page, and how many experts match in all. */
export function useExpertList(filters: ExpertFilters) {
  const query = withItems(
    useInfiniteQuery(
      trpc.experts.list.infiniteQueryOptions({ ...filters, limit: EXPERTS_PAGE_SIZE }, pagedListOptions),
    ),
  );
  return { ...query, total: query.data?.pages[0]?.total };
}

export function useExpert(id: string | undefined) {
  return useQuery(trpc.experts.byId.queryOptions(id ? { id } : skipToken));
}

export function useImportExperts() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.experts.importCsv.mutationOptions({
      meta: shownInForm,
      onSuccess: (result) => {
        if (result.ok) return queryClient.invalidateQueries(trpc.experts.pathFilter());
      },
    }),
  );
}

/** Adds an expert to the directory; the lists and records are read again. */
export function useCreateExpert() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.experts.create.mutationOptions({
      meta: shownInForm,
      onSuccess: () => queryClient.invalidateQueries(trpc.experts.pathFilter()),
    }),
  );
}

/** Saves an expert's changes on the version the form loaded (a stale one is refused with the current record). */
export function useUpdateExpert() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.experts.update.mutationOptions({
      meta: shownInForm,
      onSettled: () => queryClient.invalidateQueries(trpc.experts.pathFilter()),
    }),
  );
}
