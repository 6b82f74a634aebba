// The signed-in user, read from `auth.me` and kept in the query cache. Every page may
// ask for it; the app shell's loader has fetched it before any page renders. What the
// user may do is asked of the shared policy (@hemicycle/shared/policy) with `useMe()`.
import { useSuspenseQuery } from "@tanstack/react-query";
import {
  hasExpertHome,
  hasParliamentHome,
  mayReadProgrammeDashboard,
  missionReach,
  type Actor,
} from "@hemicycle/shared/policy";
import { followUserLanguage } from "./i18n.ts";
import { queryClient, trpc } from "./trpc.ts";

export function meQueryOptions() {
  return trpc.auth.me.queryOptions(undefined, { staleTime: Infinity });
}

/**
 * Who is signed in, or null: the sign-in page's check and the app's first load ask this
 * public query, so a signed-out visitor costs no 401 (and no error in the console). The
 * screens switch to the user's own language before the first page renders.
 */
export async function fetchSession(): Promise<Actor | null> {
  const me = await queryClient.fetchQuery({ ...trpc.auth.session.queryOptions(), staleTime: 0, retry: false });
  if (me) {
    queryClient.setQueryData(meQueryOptions().queryKey, me);
    await followUserLanguage(me);
  }
  return me;
}

export function useMe() {
  return useSuspenseQuery(meQueryOptions()).data;
}

/**
 * Where the user lands after signing in: their parliament, the programme dashboard, their
 * own work (an expert), or the missions they see.
 */
export function homePath(actor: Pick<Actor, "role">): string {
  if (hasParliamentHome(actor)) return "/parliament";
  if (mayReadProgrammeDashboard(actor)) return "/dashboard";
  if (hasExpertHome(actor)) return "/my-work";
  return "/missions";
}

/** What that home is called: the navigation's first link and the pages' way back. */
export function homeLabel(
  actor: Pick<Actor, "role">,
): "nav.myParliament" | "dashboard.nav" | "expertHome.nav" | "nav.myMissions" | "nav.missions" {
  if (hasParliamentHome(actor)) return "nav.myParliament";
  if (mayReadProgrammeDashboard(actor)) return "dashboard.nav";
  if (hasExpertHome(actor)) return "expertHome.nav";
  return missionsLabel(actor);
}

/** What the missions list is called for this user: all missions, or the ones they are on. */
export function missionsLabel(actor: Pick<Actor, "role">): "nav.myMissions" | "nav.missions" {
  return missionReach(actor) === "OWN_TEAM" ? "nav.myMissions" : "nav.missions";
}
