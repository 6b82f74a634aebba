// The long exports as jobs (services/export-jobs.ts, docs/operations.md "Exports as jobs"):
// start one with the options of its direct route, follow the caller's own jobs (a list,
// one by id, a live feed), cancel one. Everyone signed in may start the exports their
// role may download directly; the service checks the same rules as the routes. Only ever
// the caller's own jobs: another user's id is NOT_FOUND.
import { ZExportJobIdInput, ZExportJobStartInput } from "@hemicycle/shared/export-jobs";
import { watchExportJobs } from "../../live/export-jobs-watch.ts";
import { cancelExportJob, exportJobById, listExportJobs, startExportJob } from "../../services/export-jobs.ts";
import { protectedProcedure, router } from "../../trpc.ts";

export const exportJobsRouter = router({
  start: protectedProcedure
    .input(ZExportJobStartInput)
    .mutation(({ ctx, input }) => startExportJob(ctx.db, ctx.jobs, ctx.user, input)),
  /** The caller's most recent jobs, newest first. */
  list: protectedProcedure.query(({ ctx }) => listExportJobs(ctx.db, ctx.user)),
  byId: protectedProcedure
    .input(ZExportJobIdInput)
    .query(({ ctx, input }) => exportJobById(ctx.db, ctx.user, input.id)),
  cancel: protectedProcedure
    .input(ZExportJobIdInput)
    .mutation(({ ctx, input }) => cancelExportJob(ctx.db, ctx.user, input.id)),
  /** The caller's jobs at once, then after each change of theirs on any instance. */
  onChange: protectedProcedure.subscription(({ ctx, signal }) =>
    watchExportJobs({ db: ctx.db, userEvents: ctx.userEvents, userId: ctx.user.id, signal }),
  ),
});
