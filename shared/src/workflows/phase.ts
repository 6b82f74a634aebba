// How a phase's status may move: planned → team confirmed → fieldwork → draft report →
// parliament review → finalised, or cancelled (docs/design.md, "Workflows"). The server
// refuses any other move and the client offers only these.
import { PHASE_STATUSES, type PhaseKind, type PhaseStatus } from "../enums.ts";

const ORDER = PHASE_STATUSES.filter((s) => s !== "CANCELLED");

/**
 * Forward along the workflow (skipping steps is fine: a team may be confirmed and in the
 * field the same day), one step back to correct a mistake, cancel from any status but
 * finalised, and reinstate a cancelled phase as planned.
 */
export function canMovePhase(from: PhaseStatus, to: PhaseStatus): boolean {
  if (from === to) return true;
  if (to === "CANCELLED") return from !== "FINALISED";
  if (from === "CANCELLED") return to === "PLANNED";
  const a = ORDER.indexOf(from);
  const b = ORDER.indexOf(to);
  return b > a || b === a - 1;
}

export function nextPhaseStatuses(from: PhaseStatus): PhaseStatus[] {
  return PHASE_STATUSES.filter((to) => to !== from && canMovePhase(from, to));
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
function reportDelivered(status: PhaseStatus): boolean {
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
