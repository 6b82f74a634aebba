// The finding workflow: team members submit their drafts and withdraw them; the phase's
// lead (or a coordinator) validates, rejects or reopens, giving the author a reason for
// the last two; a rejected finding is fixed and resubmitted (docs/findings.md, "Review").
// Who counts as team or lead is the policy's business (../policy.ts).
import type { FindingStatus } from "../enums.ts";

export type FindingMove = {
  from: FindingStatus;
  to: FindingStatus;
  /** `team`: anyone who writes findings on the phase; `lead`: who reviews them. */
  by: "team" | "lead";
  /** A stable name for the move, for buttons and messages. */
  action: "submit" | "withdraw" | "backToDraft" | "resubmit" | "validate" | "reject" | "reopen";
};

export const FINDING_MOVES: readonly FindingMove[] = [
  { from: "DRAFT", to: "SUBMITTED", by: "team", action: "submit" },
  { from: "SUBMITTED", to: "VALIDATED", by: "lead", action: "validate" },
  { from: "SUBMITTED", to: "REJECTED", by: "lead", action: "reject" },
  { from: "SUBMITTED", to: "DRAFT", by: "team", action: "withdraw" },
  { from: "REJECTED", to: "SUBMITTED", by: "team", action: "resubmit" },
  { from: "REJECTED", to: "DRAFT", by: "team", action: "backToDraft" },
  { from: "VALIDATED", to: "SUBMITTED", by: "lead", action: "reopen" },
];

export function findingMove(from: FindingStatus, to: FindingStatus): FindingMove | undefined {
  return FINDING_MOVES.find((m) => m.from === from && m.to === to);
}

/** A validated finding is locked: changing it takes a reopening first. */
export function findingIsLocked(status: FindingStatus): boolean {
  return status === "VALIDATED";
}

/** The longest reason a reviewer may give. */
export const MAX_REVIEW_NOTE_LENGTH = 2000;

/**
 * Rejecting and reopening tell the author why: these moves need a reason, which the
 * author reads on the finding. Any other move may carry one.
 */
export function moveNeedsReason(move: Pick<FindingMove, "action">): boolean {
  return move.action === "reject" || move.action === "reopen";
}

/**
 * Every move into `status` needs a reason (rejecting does): what an input schema can tell
 * before it knows the finding's current status.
 */
export function statusNeedsReason(status: FindingStatus): boolean {
  const into = FINDING_MOVES.filter((m) => m.to === status);
  return into.length > 0 && into.every(moveNeedsReason);
}
