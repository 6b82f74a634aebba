// The roadmap's review workflow: the team submits its draft, the parliament's staff
// endorse it or request changes, and a roadmap with changes requested goes back for
// review once reworked (docs/design.md, "Workflows"). Who may make each move is the
// policy's business (../policy.ts).
import type { RoadmapStatus } from "../enums.ts";

export type RoadmapMove = {
  from: RoadmapStatus;
  to: RoadmapStatus;
  /** `team`: who edits and submits the roadmap; `parliament`: its reviewers. */
  by: "team" | "parliament";
  action: "submit" | "resubmit" | "endorse" | "requestChanges";
};

export const ROADMAP_MOVES: readonly RoadmapMove[] = [
  { from: "DRAFT", to: "IN_REVIEW", by: "team", action: "submit" },
  { from: "CHANGES_REQUESTED", to: "IN_REVIEW", by: "team", action: "resubmit" },
  { from: "IN_REVIEW", to: "ENDORSED", by: "parliament", action: "endorse" },
  { from: "IN_REVIEW", to: "CHANGES_REQUESTED", by: "parliament", action: "requestChanges" },
];

export function roadmapMove(from: RoadmapStatus, to: RoadmapStatus): RoadmapMove | undefined {
  return ROADMAP_MOVES.find((m) => m.from === from && m.to === to);
}

/**
 * A first draft is the team's working copy; the parliament sees a roadmap once it was
 * submitted, and keeps seeing an endorsed one (it has a baseline) while the team drafts
 * its next revision on top of it.
 */
export function roadmapShownToParliament(status: RoadmapStatus, hasBaseline: boolean): boolean {
  return status !== "DRAFT" || hasBaseline;
}

/**
 * While the parliament reviews a submitted revision the plan is frozen, so that what they
 * endorse is what they read. Editing an endorsed roadmap starts a new draft on top of its
 * baseline (`statusAfterEdit`).
 */
export function roadmapAcceptsEdits(status: RoadmapStatus): boolean {
  return status !== "IN_REVIEW";
}

/** The status a roadmap takes when its plan is edited. */
export function statusAfterEdit(status: RoadmapStatus): RoadmapStatus {
  return status === "ENDORSED" ? "DRAFT" : status;
}
