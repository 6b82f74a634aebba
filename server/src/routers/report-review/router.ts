// The assessment report's review (services/report-review.ts): the report of a phase in
// parliament review, its comments, and the phases whose report awaits the parliament.
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
// Until the report's outline (shared/src/documents/assessment-report.ts) lands, any
// section id of the schema's shape is taken.
const isReportSection = (id: string) => /^[a-z][a-zA-Z0-9-]*$/.test(id);

export const reportReviewRouter = router({
  inReview: protectedProcedure.query(({ ctx }) => listReportsInReview(ctx.db, ctx.user)),
  comments: protectedProcedure
    .input(ZReportPhaseInput)
    .query(({ ctx, input }) => listReportComments(ctx.db, ctx.user, input)),
  comment: protectedProcedure
    .input(ZReportCommentInput)
    .mutation(({ ctx, input }) => addReportComment(ctx.db, ctx.user, input, isReportSection)),
  deleteComment: protectedProcedure
    .input(ZDeleteReportCommentInput)
    .mutation(({ ctx, input }) => deleteReportComment(ctx.db, ctx.user, input)),
});
