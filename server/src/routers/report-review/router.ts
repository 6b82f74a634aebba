// The assessment report's review (services/report-review.ts): the comments on a phase's
// report, and the phases whose report awaits the parliament. The report itself comes from
// assessmentReport.content (routers/assessment-report/router.ts).
import {
  ZDeleteReportCommentInput,
  ZReportCommentInput,
  ZReportPhaseInput,
} from "@hemicycle/shared/schemas/report-review";
import {
  addReportComment,
  deleteReportComment,
  listReportComments,
  listReportsInReview,
} from "../../services/report-review.ts";
import { protectedProcedure, router } from "../../trpc.ts";

// Every rule depends on the phase's status, read under its lock: the services check them.
export const reportReviewRouter = router({
  inReview: protectedProcedure.query(({ ctx }) => listReportsInReview(ctx.db, ctx.user)),
  comments: protectedProcedure
    .input(ZReportPhaseInput)
    .query(({ ctx, input }) => listReportComments(ctx.db, ctx.user, input)),
  comment: protectedProcedure
    .input(ZReportCommentInput)
    .mutation(({ ctx, input }) => addReportComment(ctx.db, ctx.user, input)),
  deleteComment: protectedProcedure
    .input(ZDeleteReportCommentInput)
    .mutation(({ ctx, input }) => deleteReportComment(ctx.db, ctx.user, input)),
});
