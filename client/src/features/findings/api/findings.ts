// Data access for findings. Mutations invalidate every findings query (lists, details)
// with one path filter.
import { skipToken, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { FindingStatus, IctArea, Severity } from "@hemicycle/shared/enums";
import { isStaleVersion } from "../../../lib/errors.ts";
import { pagedListOptions, withItems } from "../../../lib/paged-list.ts";
import type { RouterOutputs } from "../../../lib/router-types.ts";
import { shownInForm, trpc } from "../../../lib/trpc.ts";

export type FindingListItem = RouterOutputs["findings"]["list"]["items"][number];
export type FindingDetail = RouterOutputs["findings"]["byId"];

export type FindingFilters = {
  missionId?: string;
  area?: IctArea;
  severity?: Severity;
  status?: FindingStatus;
};

export function useFindingList(filters: FindingFilters, pageSize = 25) {
  return withItems(
    useInfiniteQuery(trpc.findings.list.infiniteQueryOptions({ ...filters, limit: pageSize }, pagedListOptions)),
  );
}

export function useFinding(id: string | undefined) {
  return useQuery(trpc.findings.byId.queryOptions(id ? { id } : skipToken));
}

export function useCreateFinding() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.findings.create.mutationOptions({
      meta: shownInForm,
      onSuccess: () => queryClient.invalidateQueries(trpc.findings.list.pathFilter()),
    }),
  );
}

/** An edit: its form shows every refusal, a stale version (CONFLICT) as both versions side by side. */
export function useUpdateFinding() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.findings.update.mutationOptions({
      meta: shownInForm,
      onSuccess: (finding) => {
        queryClient.setQueryData(trpc.findings.byId.queryKey({ id: finding.id }), finding);
        return queryClient.invalidateQueries(trpc.findings.list.pathFilter());
      },
    }),
  );
}

export function useSetFindingStatus() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.findings.setStatus.mutationOptions({
      // A stale version is explained next to the actions, which reload the finding.
      meta: { handles: (info) => info.problem?.reason === "STALE_VERSION" },
      onSuccess: (finding) => {
        queryClient.setQueryData(trpc.findings.byId.queryKey({ id: finding.id }), finding);
        return queryClient.invalidateQueries(trpc.findings.list.pathFilter());
      },
      onError: (error, { id }) => {
        if (isStaleVersion(error)) return queryClient.invalidateQueries(trpc.findings.byId.queryFilter({ id }));
      },
    }),
  );
}
