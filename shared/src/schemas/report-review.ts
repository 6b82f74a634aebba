// The assessment report's review (docs/documents.md, "Reviewing the report"): the
// parliament's staff and the team comment on a phase's report while it is in parliament
// review.
import { z } from "zod";
import { zId, zRequiredText } from "./common.ts";

/** As long as a roadmap comment (shared/src/schemas/roadmaps.ts). */
export const REPORT_COMMENT_MAX = 5000;

export const ZReportPhaseInput = z.object({ phaseId: zId });
export type TReportPhaseInput = z.infer<typeof ZReportPhaseInput>;

export const ZReportCommentInput = z.object({
  phaseId: zId,
  /** One of the report outline's section ids; the report as a whole when absent. */
  section: z.string().trim().min(1).max(64).nullish(),
  /** Markdown, rendered sanitised. */
  body: zRequiredText(REPORT_COMMENT_MAX),
});
export type TReportCommentInput = z.infer<typeof ZReportCommentInput>;

export const ZDeleteReportCommentInput = z.object({ id: zId });
export type TDeleteReportCommentInput = z.infer<typeof ZDeleteReportCommentInput>;
