// Data access for a phase's team beyond a single assignment (api/missions.ts): the ranked
// suggestions for a phase, copying a team, changing the lead, and a removal that tells a
// stale view apart from a failure.
import { skipToken, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RouterOutputs } from "../../../lib/router-types.ts";
import { shownInForm, trpc } from "../../../lib/trpc.ts";

export type ExpertSuggestion = RouterOutputs["experts"]["suggest"][number];
export type CopyTeamResult = RouterOutputs["missions"]["copyTeam"];

/** Experts ranked for the phase, best first; fetched while the assign dialog is open. */
export function useExpertSuggestions(phaseId: string, enabled: boolean) {
  return useQuery(trpc.experts.suggest.queryOptions(enabled ? { phaseId } : skipToken));
}

function useInvalidateMissions() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.missions.pathFilter()),
      queryClient.invalidateQueries(trpc.experts.suggest.pathFilter()),
    ]);
}

/** Takes an expert off a phase; the caller handles every failure (a stale view among them). */
export function useRemoveTeamMember() {
  const invalidate = useInvalidateMissions();
  return useMutation(trpc.missions.unassignExpert.mutationOptions({ meta: shownInForm, onSettled: invalidate }));
}

export function useCopyTeam() {
  const invalidate = useInvalidateMissions();
  return useMutation(trpc.missions.copyTeam.mutationOptions({ meta: shownInForm, onSettled: invalidate }));
}

export function useSetLead() {
  const invalidate = useInvalidateMissions();
  return useMutation(trpc.missions.setLead.mutationOptions({ onSettled: invalidate }));
}
