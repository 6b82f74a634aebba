// The long exports run as jobs (docs/operations.md, "Exports as jobs"): what can be
// exported, with the options each export's direct route takes (server/src/http/routes/
// *-exports.ts), so that a job's file is the route's file. A job is started with
// `exportJobs.start({ kind, params })`, runs on any instance, and its file is then
// downloaded from `exportJobFilePath(id)` by its owner only.
import { z } from "zod";
import type { ExportJobStatus } from "./enums.ts";
import { languageSchema } from "./languages.ts";
import { ZAssessmentReportInput } from "./schemas/assessment-report.ts";
import { ZAuditFilterInput } from "./schemas/audit.ts";
import { zId } from "./schemas/common.ts";
import { ZFindingFilterInput } from "./schemas/findings.ts";

/** What can be exported as a job; each names its sentence `exportJobs.kind.<kind>`. */
export const EXPORT_KINDS = ["findingsCsv", "auditCsv", "assessmentReportPdf", "assessmentReportDocx"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** The validated findings' CSV: the options of GET /export/findings.csv. */
export const ZFindingsCsvParams = ZFindingFilterInput.pick({ missionId: true, parliamentId: true, area: true })
  .extend({ language: languageSchema.optional() })
  .strict();

/** The audit log's CSV: the options of GET /export/audit.csv. */
export const ZAuditCsvParams = ZAuditFilterInput.extend({ language: languageSchema.optional() }).strict();

/** The assessment report (PDF or DOCX): the options of GET /export/missions/:id/assessment-report.*. */
export const ZAssessmentReportParams = ZAssessmentReportInput.strict();

export const ZExportJobStartInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("findingsCsv"), params: ZFindingsCsvParams }),
  z.object({ kind: z.literal("auditCsv"), params: ZAuditCsvParams }),
  z.object({ kind: z.literal("assessmentReportPdf"), params: ZAssessmentReportParams }),
  z.object({ kind: z.literal("assessmentReportDocx"), params: ZAssessmentReportParams }),
]);
export type TExportJobStartInput = z.input<typeof ZExportJobStartInput>;
export type ExportJobRequest = z.output<typeof ZExportJobStartInput>;

export const ZExportJobIdInput = z.object({ id: zId });

/** Queued or running jobs one user may have at once; a third start is refused until one ends. */
export const MAX_ACTIVE_EXPORT_JOBS = 2;

/** How long a finished job (and its file) is kept. */
export const EXPORT_JOB_TTL_HOURS = 24;

/** Statuses after which a job changes no more. */
export const FINISHED_EXPORT_STATUSES: readonly ExportJobStatus[] = ["DONE", "FAILED", "CANCELLED"];

export function isExportJobFinished(status: ExportJobStatus): boolean {
  return FINISHED_EXPORT_STATUSES.includes(status);
}

/** Where a finished job's file is downloaded (server/src/http/routes/export-job-files.ts). */
export function exportJobFilePath(id: string): string {
  return `/export/jobs/${encodeURIComponent(id)}/file`;
}

/** The catalogue key of a kind's name. */
export const exportKindKey = (kind: ExportKind) => `exportJobs.kind.${kind}` as const;
