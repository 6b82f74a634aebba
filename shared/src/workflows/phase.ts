// How a phase's status may move, by kind: planned → team confirmed → fieldwork → draft
// report → parliament review → finalised, or cancelled; a workshop has no report steps
// (fieldwork → finalised) (docs/design.md, "Workflows"). The server refuses any other move
// and the client offers only these.
import { PHASE_STATUSES, type PhaseKind, type PhaseStatus } from "../enums.ts";

const REPORT_STEPS: readonly PhaseStatus[] = ["DRAFT_REPORT", "PARLIAMENT_REVIEW"];

/** The kind's statuses in workflow order, without cancelled. */
export function phaseWorkflow(kind: PhaseKind): PhaseStatus[] {
  return PHASE_STATUSES.filter((s) => s !== "CANCELLED" && (phaseHasReport(kind) || !REPORT_STEPS.includes(s)));
}

/**
 * Forward along the kind's workflow (skipping steps is fine: a team may be confirmed and
 * in the field the same day, but a report is finalised only once the parliament has
 * reviewed it), one step back to correct a mistake, cancel from any status but finalised,
 * and reinstate a cancelled phase as planned. A phase sitting in a status its kind does not
 * have (a workshop in draft report, from before kinds had workflows) may move to any of its
 * kind's statuses.
 */
export function canMovePhase(from: PhaseStatus, to: PhaseStatus, kind: PhaseKind): boolean {
  if (from === to) return true;
  if (to === "CANCELLED") return from !== "FINALISED";
  if (from === "CANCELLED") return to === "PLANNED";
  const order = phaseWorkflow(kind);
  const a = order.indexOf(from);
  const b = order.indexOf(to);
  if (b === -1) return false;
  if (a === -1) return true;
  if (to === "FINALISED" && phaseHasReport(kind) && from !== "PARLIAMENT_REVIEW") return false;
  return b > a || b === a - 1;
}

export function nextPhaseStatuses(from: PhaseStatus, kind: PhaseKind): PhaseStatus[] {
  return PHASE_STATUSES.filter((to) => to !== from && canMovePhase(from, to, kind));
}

/** The steps of the kind's workflow a forward move jumps over (recorded in the audit event). */
export function skippedPhaseSteps(from: PhaseStatus, to: PhaseStatus, kind: PhaseKind): PhaseStatus[] {
  const order = phaseWorkflow(kind);
  const a = order.indexOf(from);
  const b = order.indexOf(to);
  return a === -1 || b <= a ? [] : order.slice(a + 1, b);
}

/**
 * A move the calendar contradicts on `today` (date-only, UTC midnight): fieldwork before the
 * phase's start date, finalised before its end date. Such a move needs the actual dates:
 * the field named here must be filled in (it may already be on the phase).
 */
export function calendarContradiction(
  phase: { startDate: Date; endDate: Date },
  to: PhaseStatus,
  today: Date,
): { reason: "fieldworkBeforeStart" | "finalisedBeforeEnd"; field: "actualStartDate" | "actualEndDate" } | null {
  if (to === "FIELDWORK" && today < phase.startDate)
    return { reason: "fieldworkBeforeStart", field: "actualStartDate" };
  if (to === "FINALISED" && today < phase.endDate) return { reason: "finalisedBeforeEnd", field: "actualEndDate" };
  return null;
}

/** Today as a date-only value (UTC midnight), the way phase dates are stored. */
export function dateOnlyToday(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Findings are logged until the phase is finalised; a cancelled phase takes none. */
export function phaseAcceptsFindings(status: PhaseStatus): boolean {
  return status !== "CANCELLED" && status !== "FINALISED";
}

/** Nobody joins a cancelled phase's team. */
export function phaseAcceptsTeamChanges(status: PhaseStatus): boolean {
  return status !== "CANCELLED";
}

/** A workshop has no report; every other kind ends in a report the parliament reviews. */
export function phaseHasReport(kind: PhaseKind): boolean {
  return kind !== "WORKSHOP";
}

/** The report has reached the parliament once the phase is in parliament review (or past it). */
export function reportDelivered(status: PhaseStatus): boolean {
  return status === "PARLIAMENT_REVIEW" || status === "FINALISED" || status === "CANCELLED";
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Days the phase's report is late on `today` (both date-only, UTC midnight), or 0 when
 * it is not late: no report, no due date, already with the parliament, or not yet due.
 */
export function reportDaysLate(
  phase: { kind: PhaseKind; status: PhaseStatus; reportDueDate: Date | null },
  today: Date,
): number {
  if (!phaseHasReport(phase.kind) || !phase.reportDueDate || reportDelivered(phase.status)) return 0;
  const late = Math.floor((today.getTime() - phase.reportDueDate.getTime()) / DAY_MS);
  return Math.max(0, late);
}
