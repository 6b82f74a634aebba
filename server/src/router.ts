// The whole API: one router per domain. The client imports `type AppRouter` only.
import { assessmentReportRouter } from "./routers/assessment-report/router.ts";
import { auditRouter } from "./routers/audit/router.ts";
import { authRouter } from "./routers/auth/router.ts";
import { calendarRouter } from "./routers/calendar/router.ts";
import { dashboardRouter } from "./routers/dashboard/router.ts";
import { expertsRouter } from "./routers/experts/router.ts";
import { exportJobsRouter } from "./routers/export-jobs/router.ts";
import { findingsRouter } from "./routers/findings/router.ts";
import { missionsRouter } from "./routers/missions/router.ts";
import { notificationsRouter } from "./routers/notifications/router.ts";
import { parliamentsRouter } from "./routers/parliaments/router.ts";
import { programmesRouter } from "./routers/programmes/router.ts";
import { reportReviewRouter } from "./routers/report-review/router.ts";
import { roadmapsRouter } from "./routers/roadmaps/router.ts";
import { searchRouter } from "./routers/search/router.ts";
import { termsOfReferenceRouter } from "./routers/terms-of-reference/router.ts";
import { usersRouter } from "./routers/users/router.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  auth: authRouter,
  parliaments: parliamentsRouter,
  programmes: programmesRouter,
  experts: expertsRouter,
  missions: missionsRouter,
  findings: findingsRouter,
  assessmentReport: assessmentReportRouter,
  roadmaps: roadmapsRouter,
  audit: auditRouter,
  users: usersRouter,
  dashboard: dashboardRouter,
  calendar: calendarRouter,
  search: searchRouter,
  reportReview: reportReviewRouter,
  termsOfReference: termsOfReferenceRouter,
  exportJobs: exportJobsRouter,
  notifications: notificationsRouter,
});

export type AppRouter = typeof appRouter;

/** For tests and scripts: call procedures directly with a context of your choosing. */
export const createCaller = createCallerFactory(appRouter);
