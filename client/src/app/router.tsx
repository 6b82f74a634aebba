// The routes. Pages live in ./routes and compose the features; the shell's loader
// makes sure there is a session before any page renders.
import { createBrowserRouter, Navigate, redirect, type LoaderFunctionArgs } from "react-router";
import { queryClient } from "../lib/trpc.ts";
import { isUnauthorized } from "../lib/errors.ts";
import { fetchSession, meQueryOptions, homePath, useMe } from "../lib/session.ts";
import { setUnauthorizedHandler } from "../lib/session-events.ts";
import { LoadingBlock } from "../components/ui/spinner.tsx";
import { AppShell } from "./app-shell.tsx";
import { RootError, RouteError } from "./route-error.tsx";
import { LoginPage } from "./routes/login.tsx";
import { MissionsPage } from "./routes/missions.tsx";
import { NewMissionPage } from "./routes/mission-new.tsx";
import { MissionPage } from "./routes/mission.tsx";
import { EditMissionPage } from "./routes/mission-edit.tsx";
import { RoadmapPage } from "./routes/roadmap.tsx";
import { FindingPage } from "./routes/finding.tsx";
import { ReviewQueuePage } from "./routes/review-queue.tsx";
import { FindingsPage } from "./routes/findings.tsx";
import { ParliamentPage } from "./routes/parliament.tsx";
import { ParliamentsPage } from "./routes/parliaments.tsx";
import { ParliamentDetailPage } from "./routes/parliament-detail.tsx";
import { EditParliamentPage, NewParliamentPage } from "./routes/parliament-edit.tsx";
import { ProgrammesPage } from "./routes/programmes.tsx";
import { ProgrammeDetailPage } from "./routes/programme-detail.tsx";
import { EditProgrammePage, NewProgrammePage } from "./routes/programme-edit.tsx";
import { RoadmapReviewPage } from "./routes/roadmap-review.tsx";
import { ExpertsPage } from "./routes/experts.tsx";
import { ExpertDetailPage } from "./routes/expert-detail.tsx";
import { EditExpertPage, NewExpertPage } from "./routes/expert-edit.tsx";
import { AccountPage } from "./routes/account.tsx";
import { AuditPage } from "./routes/admin-audit.tsx";
import { CalendarPage } from "./routes/calendar.tsx";
import { UsersPage } from "./routes/admin-users.tsx";
import { NotFoundPage } from "./routes/not-found.tsx";
import { DashboardPage } from "./routes/dashboard.tsx";
import { ExpertHomePage } from "./routes/expert-home.tsx";
import { OutboxPage } from "./routes/outbox.tsx";
import { BenchmarkPage } from "./routes/benchmark.tsx";
import { MissionComparePage } from "./routes/mission-compare.tsx";
import { rememberedSignedInUser } from "../lib/outbox/offline-session.ts";
import { isConnectionFailure } from "../lib/outbox/save-or-queue.ts";

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
    const remembered = isConnectionFailure(error) ? await rememberedSignedInUser() : null;
    if (remembered) {
      queryClient.setQueryData(meQueryOptions().queryKey, remembered);
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

export const router = createBrowserRouter([
  {
    path: "/login",
    element: <LoginPage />,
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
      { path: "missions", element: <MissionsPage />, ...page },
      { path: "missions/new", element: <NewMissionPage />, ...page },
      { path: "missions/:id", element: <MissionPage />, ...page },
      { path: "missions/:id/edit", element: <EditMissionPage />, ...page },
      { path: "missions/:id/roadmap", element: <RoadmapPage />, ...page },
      { path: "missions/:id/compare", element: <MissionComparePage />, ...page },
      { path: "findings", element: <FindingsPage />, ...page },
      { path: "findings/:id", element: <FindingPage />, ...page },
      { path: "review", element: <ReviewQueuePage />, ...page },
      { path: "parliament", element: <ParliamentPage />, ...page },
      { path: "parliaments", element: <ParliamentsPage />, ...page },
      { path: "parliaments/new", element: <NewParliamentPage />, ...page },
      { path: "parliaments/:id", element: <ParliamentDetailPage />, ...page },
      { path: "parliaments/:id/edit", element: <EditParliamentPage />, ...page },
      { path: "programmes", element: <ProgrammesPage />, ...page },
      { path: "programmes/new", element: <NewProgrammePage />, ...page },
      { path: "programmes/:id", element: <ProgrammeDetailPage />, ...page },
      { path: "programmes/:id/edit", element: <EditProgrammePage />, ...page },
      { path: "parliament/roadmaps/:id", element: <RoadmapReviewPage />, ...page },
      { path: "experts", element: <ExpertsPage />, ...page },
      { path: "experts/new", element: <NewExpertPage />, ...page },
      { path: "experts/:id", element: <ExpertDetailPage />, ...page },
      { path: "experts/:id/edit", element: <EditExpertPage />, ...page },
      { path: "dashboard", element: <DashboardPage />, ...page },
      { path: "calendar", element: <CalendarPage />, ...page },
      { path: "benchmark", element: <BenchmarkPage />, ...page },
      { path: "my-work", element: <ExpertHomePage />, ...page },
      { path: "outbox", element: <OutboxPage />, ...page },
      { path: "admin/audit", element: <AuditPage />, ...page },
      { path: "account", element: <AccountPage />, ...page },
      { path: "admin/users", element: <UsersPage />, ...page },
      { path: "*", element: <NotFoundPage />, ...page },
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
