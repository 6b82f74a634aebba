// The assessment report's outline (docs/documents.md, "Assessment report"), after the UN
// DESA guidelines for ICT strategic planning in parliaments: the ids of its sections, which
// the server's generated document (server/src/documents/assessment-report.ts), the app's
// reading of it and the staff's comments on it (ReportComment.section) all use. Each
// section's heading is the catalogue's `documents.report.sections.<id>`; the current
// situation and the findings have a subsection per ICT area, `<section>-<AREA>`.
import { ICT_AREA_CODES, type IctArea, type PhaseKind, type PhaseStatus } from "../enums.ts";
import { mayReadPhaseReport, type Actor } from "../policy.ts";

export const REPORT_SECTIONS = [
  "executive-summary",
  "current-situation",
  "findings",
  "gap-analysis",
  "recommendations",
  "annex-team",
  "annex-programme",
  "annex-meetings",
] as const;

export type ReportSectionId = (typeof REPORT_SECTIONS)[number];

/** The sections with a subsection per ICT area. */
export const REPORT_SECTIONS_BY_AREA = ["current-situation", "findings"] as const;

export type ReportAreaSectionId = `${(typeof REPORT_SECTIONS_BY_AREA)[number]}-${IctArea}`;

/** "findings-SEC": the findings section's subsection on cybersecurity. */
export function reportAreaSection(
  section: (typeof REPORT_SECTIONS_BY_AREA)[number],
  area: IctArea,
): ReportAreaSectionId {
  return `${section}-${area}`;
}

/** Every id a comment may name: the sections, then each section's area subsections. */
export const REPORT_SECTION_IDS: readonly (ReportSectionId | ReportAreaSectionId)[] = [
  ...REPORT_SECTIONS,
  ...REPORT_SECTIONS_BY_AREA.flatMap((section) => ICT_AREA_CODES.map((area) => reportAreaSection(section, area))),
];

const KNOWN: ReadonlySet<string> = new Set(REPORT_SECTION_IDS);

export function isReportSection(id: string): id is ReportSectionId | ReportAreaSectionId {
  return KNOWN.has(id);
}

/** The section a subsection id belongs to ("findings-SEC" → "findings"); a section is its own. */
export function reportSectionOf(id: ReportSectionId | ReportAreaSectionId): ReportSectionId {
  const [section] = REPORT_SECTIONS_BY_AREA.filter((s) => id.startsWith(`${s}-`));
  return section ?? (id as ReportSectionId);
}

type ReportPhase = { kind: PhaseKind; status: PhaseStatus };

/** The phases of a mission whose report the actor may read (the report covers these). */
export function readableReportPhases<P extends ReportPhase>(actor: Pick<Actor, "role">, phases: readonly P[]): P[] {
  return phases.filter((phase) => mayReadPhaseReport(actor, phase));
}

/**
 * Whether the actor may have a mission's report: the team and managers always (an empty
 * report before anything is validated), the parliament's staff once one of its phases'
 * reports has reached them (parliament review or finalised).
 */
export function mayReadMissionReport(actor: Pick<Actor, "role">, phases: readonly ReportPhase[]): boolean {
  return (
    readableReportPhases(actor, phases).length > 0 ||
    mayReadPhaseReport(actor, { kind: "ASSESSMENT", status: "FIELDWORK" })
  );
}
