// Editing a mission after creation: its own fields, and adding or changing its phases.
// Every call refreshes the missions (list and pages) when it settles, so a stale form
// shows the current record after a CONFLICT.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { shownInForm, trpc } from "../../../lib/trpc.ts";

export function useUpdateMission() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.missions.update.mutationOptions({
      meta: shownInForm,
      onSettled: () => queryClient.invalidateQueries(trpc.missions.pathFilter()),
    }),
  );
}

export function useAddPhase() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.missions.addPhase.mutationOptions({
      meta: shownInForm,
      onSettled: () => queryClient.invalidateQueries(trpc.missions.pathFilter()),
    }),
  );
}

/** Dates, place, report due date and actual dates of a phase; clashes are the dialog's to show. */
export function useEditPhase() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.missions.updatePhase.mutationOptions({
      meta: shownInForm,
      onSettled: () => queryClient.invalidateQueries(trpc.missions.pathFilter()),
    }),
  );
}

/** A date-only value as a date input holds it ("2027-03-01"), or "" for none. */
export function isoDay(value: Date | string | null | undefined): string {
  if (!value) return "";
  return (typeof value === "string" ? new Date(value) : value).toISOString().slice(0, 10);
}
