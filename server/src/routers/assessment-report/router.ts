// The assessment report as structured content (documents/assessment-report.ts): its
// sections with their ids, in the reader's language, for the app to show and the
// parliament's staff to comment on. The files (PDF, DOCX) come from the export route
// (http/routes/assessment-report-exports.ts). Out of reach, or not yet shown to the
// parliament: NOT_FOUND.
import { ZAssessmentReportInput } from "@hemicycle/shared/schemas/assessment-report";
import { assessmentReportContent, findReportSource } from "../../documents/assessment-report.ts";
import { notFound } from "../../lib/errors.ts";
import { requestLanguage } from "../../lib/translate.ts";
import { protectedProcedure, router } from "../../trpc.ts";

export const assessmentReportRouter = router({
  content: protectedProcedure.input(ZAssessmentReportInput).query(async ({ ctx, input }) => {
    const source = await findReportSource(ctx.db, ctx.user, input);
    if (!source) throw notFound("mission");
    const language = input.language ?? requestLanguage(ctx.user, ctx.headers.get("accept-language"));
    return assessmentReportContent(ctx.db, ctx.user, source, language);
  }),
});
