// The signed-in user, read from `auth.me` and kept in the query cache. Every page may
// ask for it; the app shell's loader has fetched it before any page renders. What the
// user may do is asked of the shared policy (@hemicycle/shared/policy) with `useMe()`.
import { useSuspenseQuery } from "@tanstack/react-query";
import { hasParliamentHome, type Actor } from "@hemicycle/shared/policy";
import { trpc } from "./trpc.ts";

export function meQueryOptions() {
  return trpc.auth.me.queryOptions(undefined, { staleTime: Infinity });
}

export function useMe() {
  return useSuspenseQuery(meQueryOptions()).data;
}

/** Where the user lands after signing in: their parliament, or the missions they see. */
export function homePath(actor: Pick<Actor, "role">): string {
  return hasParliamentHome(actor) ? "/parliament" : "/missions";
}
