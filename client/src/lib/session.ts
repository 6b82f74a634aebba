// The signed-in user, read from `auth.me` and kept in the query cache. Every page may
// ask for it; the app shell's loader has fetched it before any page renders.
import { useSuspenseQuery } from "@tanstack/react-query";
import type { Role } from "@hemicycle/shared/enums";
import { trpc } from "./trpc.ts";

export function meQueryOptions() {
  return trpc.auth.me.queryOptions(undefined, { staleTime: Infinity });
}

export function useMe() {
  return useSuspenseQuery(meQueryOptions()).data;
}

/** Where each role lands after signing in. */
export function roleHome(role: Role): string {
  return role === "PARLIAMENT_STAFF" ? "/parliament" : "/missions";
}

/** Admins and coordinators manage missions, phases and teams. */
export function isManager(role: Role): boolean {
  return role === "ADMIN" || role === "COORDINATOR";
}
