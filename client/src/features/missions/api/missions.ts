// Data access for missions, phases and teams. Pages and components use these hooks;
// the query keys and invalidation stay here.
import { skipToken, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { MissionStatus } from "@hemicycle/shared/enums";
import type { MissionSort } from "@hemicycle/shared/schemas/missions";
import { pagedListOptions, withItems } from "../../../lib/paged-list.ts";
import type { RouterOutputs } from "../../../lib/router-types.ts";
import { shownInForm, trpc } from "../../../lib/trpc.ts";

export type MissionListItem = RouterOutputs["missions"]["list"]["items"][number];
export type MissionDetail = RouterOutputs["missions"]["byId"];
export type Phase = MissionDetail["phases"][number];
export type TeamMember = Phase["team"][number];

const MISSIONS_PAGE_SIZE = 25;

export type MissionFilters = {
  search?: string;
  status?: MissionStatus;
  parliamentId?: string;
  programmeId?: string;
  sort?: MissionSort;
  sortDirection?: "asc" | "desc";
};

export function useMissionList(filters: MissionFilters) {
  return withItems(
    useInfiniteQuery(
      trpc.missions.list.infiniteQueryOptions({ ...filters, limit: MISSIONS_PAGE_SIZE }, pagedListOptions),
    ),
  );
}

export function useMission(id: string | undefined) {
  return useQuery(trpc.missions.byId.queryOptions(id ? { id } : skipToken));
}

export function useCreateMission() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.missions.create.mutationOptions({
      meta: shownInForm,
      onSuccess: () => queryClient.invalidateQueries(trpc.missions.list.pathFilter()),
    }),
  );
}

export function useAssignExpert() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.missions.assignExpert.mutationOptions({
      meta: shownInForm,
      onSuccess: () => queryClient.invalidateQueries(trpc.missions.pathFilter()),
    }),
  );
}

export function useUnassignExpert() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.missions.unassignExpert.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.missions.pathFilter()),
    }),
  );
}

/** Moves a phase along its workflow; the status dialog shows clashes, stale versions and field errors. */
export function useUpdatePhaseStatus() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.missions.updatePhase.mutationOptions({
      meta: shownInForm,
      onSettled: () => queryClient.invalidateQueries(trpc.missions.pathFilter()),
    }),
  );
}
