// The assessment report (docs/documents.md, "Assessment report"): a mission's, or one of
// its phases', in a language the reader picks (their own when absent).
import { z } from "zod";
import { languageSchema } from "../languages.ts";
import { zId } from "./common.ts";

export const ZAssessmentReportInput = z.object({
  missionId: zId,
  /** One phase's report; the whole mission's when absent. */
  phaseId: zId.nullish(),
  language: languageSchema.optional(),
});
export type TAssessmentReportInput = z.infer<typeof ZAssessmentReportInput>;

export const REPORT_FORMATS = ["pdf", "docx"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Where the report's file is downloaded (server/src/http/routes/assessment-report-exports.ts). */
export function assessmentReportPath(
  input: { missionId: string; phaseId?: string | null; language: string },
  format: ReportFormat,
): string {
  const query = [`language=${encodeURIComponent(input.language)}`];
  if (input.phaseId) query.push(`phaseId=${encodeURIComponent(input.phaseId)}`);
  return `/export/missions/${encodeURIComponent(input.missionId)}/assessment-report.${format}?${query.join("&")}`;
}
