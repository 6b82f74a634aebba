// The routes. Pages live in ./routes and compose the features; the shell's loader
// makes sure there is a session before any page renders.
import type { ComponentType } from "react";
import { createBrowserRouter, Navigate, redirect, type LoaderFunctionArgs } from "react-router";
import { queryClient } from "../lib/trpc.ts";
import { errorInfo, isUnauthorized } from "../lib/errors.ts";
import { fetchSession, meQueryOptions, homePath, useMe } from "../lib/session.ts";
import { setUnauthorizedHandler } from "../lib/session-events.ts";
import { followUserLanguage, i18nReady } from "../lib/i18n.ts";
import { LoadingBlock } from "../components/ui/spinner.tsx";
import { AppShell } from "./app-shell.tsx";
import { RootError, RouteError } from "./route-error.tsx";

function loginPath(url: URL): string {
  const next = url.pathname + url.search;
  return next === "/" ? "/login" : `/login?next=${encodeURIComponent(next)}`;
}

async function requireSession({ request }: LoaderFunctionArgs) {
  try {
    const me = queryClient.getQueryData(meQueryOptions().queryKey) ?? (await fetchSession());
    if (!me) throw redirect(loginPath(new URL(request.url)));
    return me;
  } catch (error) {
    if (isUnauthorized(error)) throw redirect(loginPath(new URL(request.url)));
    // No connection: the app opens offline as the user last signed in here (the outbox works, pages that need the server say so).
    // (The outbox's IndexedDB code is a chunk of its own, precached by the service worker.)
    const remembered =
      errorInfo(error).code === "NETWORK"
        ? await import("../lib/outbox/offline-session.ts").then((session) => session.rememberedSignedInUser())
        : null;
    if (remembered) {
      queryClient.setQueryData(meQueryOptions().queryKey, remembered);
      await followUserLanguage(remembered);
      return remembered;
    }
    throw error;
  }
}

/** Signed in already: the login page sends you home. */
async function redirectIfSignedIn() {
  try {
    // Ask the server, not the cache: the session may have ended since.
    const me = await fetchSession();
    return me ? redirect(homePath(me)) : null;
  } catch {
    return null;
  }
}

async function toRoleHome(args: LoaderFunctionArgs) {
  const me = await requireSession(args);
  return redirect(homePath(me));
}

/** "/" has no page of its own: its loader redirects, and this covers any render anyway. */
function RoleHomeRedirect() {
  const me = useMe();
  return <Navigate to={homePath(me)} replace />;
}

const page = { errorElement: <RouteError /> };

/**
 * Each page is its own chunk, fetched when first visited (docs/performance.md "The SPA's
 * weight"). The router loads it before it navigates, so the page on screen stays until
 * the next one is ready: no fallback flashes and nothing shifts; on a first load the
 * route's hydrateFallbackElement shows meanwhile.
 */
function lazyComponent<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return async () => {
    // The catalogue (lib/i18n.ts) arrives meanwhile, so the page renders with its texts.
    const [module] = await Promise.all([load(), i18nReady]);
    return { Component: module[name] as ComponentType };
  };
}

function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return { lazy: lazyComponent(load, name), ...page };
}

export const router = createBrowserRouter([
  {
    path: "/login",
    lazy: lazyComponent(() => import("./routes/login.tsx"), "LoginPage"),
    loader: redirectIfSignedIn,
    errorElement: <RootError />,
    hydrateFallbackElement: <LoadingBlock />,
  },
  {
    path: "/",
    element: <AppShell />,
    loader: requireSession,
    errorElement: <RootError />,
    hydrateFallbackElement: <LoadingBlock />,
    children: [
      { index: true, loader: toRoleHome, element: <RoleHomeRedirect />, ...page },
      { path: "missions", ...lazyPage(() => import("./routes/missions.tsx"), "MissionsPage") },
      { path: "missions/new", ...lazyPage(() => import("./routes/mission-new.tsx"), "NewMissionPage") },
      { path: "missions/:id", ...lazyPage(() => import("./routes/mission.tsx"), "MissionPage") },
      { path: "missions/:id/edit", ...lazyPage(() => import("./routes/mission-edit.tsx"), "EditMissionPage") },
      { path: "missions/:id/roadmap", ...lazyPage(() => import("./routes/roadmap.tsx"), "RoadmapPage") },
      {
        path: "missions/:id/phases/:phaseId/report",
        ...lazyPage(() => import("./routes/report-review.tsx"), "ReportReviewPage"),
      },
      { path: "missions/:id/compare", ...lazyPage(() => import("./routes/mission-compare.tsx"), "MissionComparePage") },
      {
        path: "missions/:id/terms-of-reference/:torId",
        ...lazyPage(() => import("./routes/terms-of-reference.tsx"), "TermsOfReferencePage"),
      },
      { path: "findings", ...lazyPage(() => import("./routes/findings.tsx"), "FindingsPage") },
      { path: "findings/:id", ...lazyPage(() => import("./routes/finding.tsx"), "FindingPage") },
      { path: "review", ...lazyPage(() => import("./routes/review-queue.tsx"), "ReviewQueuePage") },
      { path: "parliament", ...lazyPage(() => import("./routes/parliament.tsx"), "ParliamentPage") },
      { path: "parliaments", ...lazyPage(() => import("./routes/parliaments.tsx"), "ParliamentsPage") },
      { path: "parliaments/new", ...lazyPage(() => import("./routes/parliament-edit.tsx"), "NewParliamentPage") },
      { path: "parliaments/:id", ...lazyPage(() => import("./routes/parliament-detail.tsx"), "ParliamentDetailPage") },
      { path: "parliaments/:id/edit", ...lazyPage(() => import("./routes/parliament-edit.tsx"), "EditParliamentPage") },
      { path: "programmes", ...lazyPage(() => import("./routes/programmes.tsx"), "ProgrammesPage") },
      { path: "programmes/new", ...lazyPage(() => import("./routes/programme-edit.tsx"), "NewProgrammePage") },
      { path: "programmes/:id", ...lazyPage(() => import("./routes/programme-detail.tsx"), "ProgrammeDetailPage") },
      { path: "programmes/:id/edit", ...lazyPage(() => import("./routes/programme-edit.tsx"), "EditProgrammePage") },
      {
        path: "parliament/roadmaps/:id",
        ...lazyPage(() => import("./routes/roadmap-review.tsx"), "RoadmapReviewPage"),
      },
      { path: "experts", ...lazyPage(() => import("./routes/experts.tsx"), "ExpertsPage") },
      { path: "experts/new", ...lazyPage(() => import("./routes/expert-edit.tsx"), "NewExpertPage") },
      { path: "experts/:id", ...lazyPage(() => import("./routes/expert-detail.tsx"), "ExpertDetailPage") },
      { path: "experts/:id/edit", ...lazyPage(() => import("./routes/expert-edit.tsx"), "EditExpertPage") },
      { path: "dashboard", ...lazyPage(() => import("./routes/dashboard.tsx"), "DashboardPage") },
      { path: "calendar", ...lazyPage(() => import("./routes/calendar.tsx"), "CalendarPage") },
      { path: "benchmark", ...lazyPage(() => import("./routes/benchmark.tsx"), "BenchmarkPage") },
      { path: "my-work", ...lazyPage(() => import("./routes/expert-home.tsx"), "ExpertHomePage") },
      { path: "outbox", ...lazyPage(() => import("./routes/outbox.tsx"), "OutboxPage") },
      { path: "exports", ...lazyPage(() => import("./routes/exports.tsx"), "ExportsPage") },
      { path: "admin/audit", ...lazyPage(() => import("./routes/admin-audit.tsx"), "AuditPage") },
      { path: "account", ...lazyPage(() => import("./routes/account.tsx"), "AccountPage") },
      { path: "notifications", ...lazyPage(() => import("./routes/notifications.tsx"), "NotificationsPage") },
      { path: "admin/users", ...lazyPage(() => import("./routes/admin-users.tsx"), "UsersPage") },
      { path: "*", ...lazyPage(() => import("./routes/not-found.tsx"), "NotFoundPage") },
    ],
  },
]);

// A session that ends while the app is open (expired, signed out elsewhere): back to
// the login page, then back here after signing in. Before the first `auth.me` answer
// the shell's loader handles it.
// A full load, like signing out: no mounted page refetches as a signed-out user.
setUnauthorizedHandler(() => {
  if (!queryClient.getQueryData(meQueryOptions().queryKey)) return;
  queryClient.clear();
  window.location.replace(loginPath(new URL(window.location.href)));
});
