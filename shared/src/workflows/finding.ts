// The finding workflow: team members submit their drafts and withdraw them; the phase's
// lead (or a coordinator) validates, rejects or reopens (docs/design.md, "Workflows").
// Who counts as team or lead is the policy's business (../policy.ts).
import type { FindingStatus } from "../enums.ts";

export type FindingMove = {
  from: FindingStatus;
  to: FindingStatus;
  /** `team`: anyone who writes findings on the phase; `lead`: who reviews them. */
  by: "team" | "lead";
  /** A stable name for the move, for buttons and messages. */
  action: "submit" | "withdraw" | "backToDraft" | "validate" | "reject" | "reopen";
};

export const FINDING_MOVES: readonly FindingMove[] = [
  { from: "DRAFT", to: "SUBMITTED", by: "team", action: "submit" },
  { from: "SUBMITTED", to: "VALIDATED", by: "lead", action: "validate" },
  { from: "SUBMITTED", to: "REJECTED", by: "lead", action: "reject" },
  { from: "SUBMITTED", to: "DRAFT", by: "team", action: "withdraw" },
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
