// How a phase's status may move (DESIGN.md: planned → team confirmed → fieldwork →
// draft report → parliament review → finalised, or cancelled). Shared so that the client
// offers exactly the moves the server accepts.
import { PHASE_STATUSES, type PhaseStatus } from "./enums.ts";

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
