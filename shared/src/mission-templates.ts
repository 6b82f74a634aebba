// Mission templates: the phases a mission of each type usually has, laid out from a chosen
// first day. The new-mission form fills its phases from here and the coordinator adjusts
// them before saving; nothing on the server depends on a template.
import type { MissionType, PhaseKind } from "./enums.ts";

export type PhaseTemplate = {
  kind: PhaseKind;
  /** Days from the mission's first day to this phase's first day. */
  offsetDays: number;
  /** Days on site, the first and last included (5 = Monday to Friday). */
  lengthDays: number;
  /** Days after the phase's last day that its report is due; null for a phase without a report. */
  reportDueAfterDays: number | null;
};

const WEEK = 5;
const REPORT_DUE = 28;

export const MISSION_TEMPLATES: Readonly<Partial<Record<MissionType, readonly PhaseTemplate[]>>> = {
  // Two one-week phases: the assessment, then the strategic plan drafted with the parliament.
  ASSESSMENT_AND_PLAN: [
    { kind: "ASSESSMENT", offsetDays: 0, lengthDays: WEEK, reportDueAfterDays: REPORT_DUE },
    { kind: "STRATEGIC_PLAN", offsetDays: 56, lengthDays: WEEK, reportDueAfterDays: REPORT_DUE },
  ],
  VALIDATION: [{ kind: "VALIDATION", offsetDays: 0, lengthDays: WEEK, reportDueAfterDays: REPORT_DUE }],
  // Three weeks.
  TERMS_OF_REFERENCE: [{ kind: "TERMS_OF_REFERENCE", offsetDays: 0, lengthDays: 19, reportDueAfterDays: REPORT_DUE }],
  WORKSHOP: [{ kind: "WORKSHOP", offsetDays: 0, lengthDays: 3, reportDueAfterDays: null }],
};

const DAY_MS = 24 * 60 * 60 * 1000;
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

export type TemplatePhase = { kind: PhaseKind; startDate: Date; endDate: Date; reportDueDate: Date | null };

/** The template's phases for a mission of `type` starting on `start` (date-only); none when the type has no template. */
export function phasesFromTemplate(type: MissionType, start: Date): TemplatePhase[] {
  return (MISSION_TEMPLATES[type] ?? []).map((p) => {
    const startDate = addDays(start, p.offsetDays);
    const endDate = addDays(startDate, p.lengthDays - 1);
    return {
      kind: p.kind,
      startDate,
      endDate,
      reportDueDate: p.reportDueAfterDays === null ? null : addDays(endDate, p.reportDueAfterDays),
    };
  });
}
