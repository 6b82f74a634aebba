// The signed-in user's own sessions and password (auth.sessions, auth.revokeSession,
// auth.revokeOtherSessions, auth.changePassword; docs/security.md, "Sessions and accounts").
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RouterOutputs } from "../../../lib/router-types.ts";
import { shownInForm, trpc } from "../../../lib/trpc.ts";

export type AccountSession = RouterOutputs["auth"]["sessions"][number];

export function useSessions() {
  return useQuery(trpc.auth.sessions.queryOptions());
}

function useRefreshSessions() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.auth.sessions.queryKey() });
}

export function useRevokeSession() {
  const refresh = useRefreshSessions();
  return useMutation(trpc.auth.revokeSession.mutationOptions({ onSettled: refresh }));
}

export function useRevokeOtherSessions() {
  const refresh = useRefreshSessions();
  return useMutation(trpc.auth.revokeOtherSessions.mutationOptions({ onSettled: refresh }));
}

/** The form shows every failure itself (a wrong current password next to its field). */
export function useChangePassword() {
  const refresh = useRefreshSessions();
  return useMutation(trpc.auth.changePassword.mutationOptions({ meta: shownInForm, onSuccess: refresh }));
}
