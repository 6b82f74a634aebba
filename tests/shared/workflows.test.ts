// The workflows of shared/src/workflows/: which status may follow which.
import { describe, expect, it } from "vitest";
import { FINDING_STATUSES, PHASE_STATUSES } from "@hemicycle/shared/enums";
import {
  FINDING_MOVES,
  findingIsLocked,
  findingMove,
  moveNeedsReason,
  statusNeedsReason,
} from "@hemicycle/shared/workflows/finding";
import {
  canMovePhase,
  nextPhaseStatuses,
  phaseAcceptsFindings,
  phaseAcceptsTeamChanges,
  reportDaysLate,
} from "@hemicycle/shared/workflows/phase";
import { ROADMAP_MOVES, roadmapMove, roadmapShownToParliament } from "@hemicycle/shared/workflows/roadmap";

describe("phase workflow", () => {
  it("moves forward, one step back, to cancelled but from finalised, and back to planned only", () => {
    expect(nextPhaseStatuses("PLANNED", "ASSESSMENT")).toEqual([
      "TEAM_CONFIRMED",
      "FIELDWORK",
      "DRAFT_REPORT",
      "PARLIAMENT_REVIEW",
      "CANCELLED",
    ]);
    expect(nextPhaseStatuses("DRAFT_REPORT", "ASSESSMENT")).toEqual(["FIELDWORK", "PARLIAMENT_REVIEW", "CANCELLED"]);
    expect(nextPhaseStatuses("FINALISED", "ASSESSMENT")).toEqual(["PARLIAMENT_REVIEW"]);
    expect(nextPhaseStatuses("CANCELLED", "ASSESSMENT")).toEqual(["PLANNED"]);
    expect(canMovePhase("FIELDWORK", "PLANNED", "ASSESSMENT")).toBe(false);
  });

  it("takes findings until finalised and team changes unless cancelled", () => {
    expect(PHASE_STATUSES.filter(phaseAcceptsFindings)).toEqual([
      "PLANNED",
      "TEAM_CONFIRMED",
      "FIELDWORK",
      "DRAFT_REPORT",
      "PARLIAMENT_REVIEW",
    ]);
    expect(PHASE_STATUSES.filter((s) => !phaseAcceptsTeamChanges(s))).toEqual(["CANCELLED"]);
  });
});

describe("finding workflow", () => {
  it("has one move per pair and no other", () => {
    expect(FINDING_MOVES.map((m) => `${m.from}→${m.to}`)).toEqual([
      "DRAFT→SUBMITTED",
      "SUBMITTED→VALIDATED",
      "SUBMITTED→REJECTED",
      "SUBMITTED→DRAFT",
      "REJECTED→SUBMITTED",
      "REJECTED→DRAFT",
      "VALIDATED→SUBMITTED",
    ]);
    expect(findingMove("DRAFT", "VALIDATED")).toBeUndefined();
    expect(findingMove("VALIDATED", "SUBMITTED")?.by).toBe("lead");
    expect(findingIsLocked("VALIDATED")).toBe(true);
    expect(findingIsLocked("SUBMITTED")).toBe(false);
  });

  it("asks a reason for rejecting and reopening, and knows a rejection from its status alone", () => {
    expect(FINDING_MOVES.filter(moveNeedsReason).map((m) => m.action)).toEqual(["reject", "reopen"]);
    expect(FINDING_STATUSES.filter(statusNeedsReason)).toEqual(["REJECTED"]);
  });
});

describe("roadmap workflow", () => {
  it("goes to review from a draft or after changes, and out of review by the parliament", () => {
    expect(ROADMAP_MOVES.map((m) => `${m.from}→${m.to}:${m.by}`)).toEqual([
      "DRAFT→IN_REVIEW:team",
      "CHANGES_REQUESTED→IN_REVIEW:team",
      "IN_REVIEW→ENDORSED:parliament",
      "IN_REVIEW→CHANGES_REQUESTED:parliament",
    ]);
    expect(roadmapMove("ENDORSED", "DRAFT")).toBeUndefined();
    expect(roadmapShownToParliament("DRAFT", false)).toBe(false);
    expect(roadmapShownToParliament("DRAFT", true)).toBe(true);
    expect(roadmapShownToParliament("CHANGES_REQUESTED", false)).toBe(true);
  });
});

describe("late reports", () => {
  const due = new Date("2026-11-13T00:00:00Z");
  const today = new Date("2026-11-29T00:00:00Z");
  it("counts the days a report is late until it reaches the parliament", () => {
    expect(reportDaysLate({ kind: "ASSESSMENT", status: "DRAFT_REPORT", reportDueDate: due }, today)).toBe(16);
    expect(reportDaysLate({ kind: "ASSESSMENT", status: "PARLIAMENT_REVIEW", reportDueDate: due }, today)).toBe(0);
    expect(reportDaysLate({ kind: "ASSESSMENT", status: "FIELDWORK", reportDueDate: today }, today)).toBe(0);
    expect(reportDaysLate({ kind: "WORKSHOP", status: "FIELDWORK", reportDueDate: due }, today)).toBe(0);
    expect(reportDaysLate({ kind: "VALIDATION", status: "PLANNED", reportDueDate: null }, today)).toBe(0);
  });
});
