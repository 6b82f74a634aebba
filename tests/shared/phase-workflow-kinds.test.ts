// The phase workflow by kind (shared/src/workflows/phase.ts), every pair of statuses for
// every kind, the calendar rule, and the mission templates (shared/src/mission-templates.ts).
import { describe, expect, it } from "vitest";
import { PHASE_KINDS, PHASE_STATUSES, type PhaseKind, type PhaseStatus } from "@hemicycle/shared/enums";
import { phasesFromTemplate } from "@hemicycle/shared/mission-templates";
import {
  calendarContradiction,
  canMovePhase,
  nextPhaseStatuses,
  phaseWorkflow,
  skippedPhaseSteps,
} from "@hemicycle/shared/workflows/phase";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const REPORT_KINDS = PHASE_KINDS.filter((k) => k !== "WORKSHOP");

/** The moves allowed, written out by hand per workflow: "from → to" pairs. */
const REPORT_MOVES = new Set([
  "PLANNED→TEAM_CONFIRMED",
  "PLANNED→FIELDWORK",
  "PLANNED→DRAFT_REPORT",
  "PLANNED→PARLIAMENT_REVIEW",
  "PLANNED→CANCELLED",
  "TEAM_CONFIRMED→PLANNED",
  "TEAM_CONFIRMED→FIELDWORK",
  "TEAM_CONFIRMED→DRAFT_REPORT",
  "TEAM_CONFIRMED→PARLIAMENT_REVIEW",
  "TEAM_CONFIRMED→CANCELLED",
  "FIELDWORK→TEAM_CONFIRMED",
  "FIELDWORK→DRAFT_REPORT",
  "FIELDWORK→PARLIAMENT_REVIEW",
  "FIELDWORK→CANCELLED",
  "DRAFT_REPORT→FIELDWORK",
  "DRAFT_REPORT→PARLIAMENT_REVIEW",
  "DRAFT_REPORT→CANCELLED",
  "PARLIAMENT_REVIEW→DRAFT_REPORT",
  "PARLIAMENT_REVIEW→FINALISED",
  "PARLIAMENT_REVIEW→CANCELLED",
  "FINALISED→PARLIAMENT_REVIEW",
  "CANCELLED→PLANNED",
]);

const WORKSHOP_MOVES = new Set([
  "PLANNED→TEAM_CONFIRMED",
  "PLANNED→FIELDWORK",
  "PLANNED→FINALISED",
  "PLANNED→CANCELLED",
  "TEAM_CONFIRMED→PLANNED",
  "TEAM_CONFIRMED→FIELDWORK",
  "TEAM_CONFIRMED→FINALISED",
  "TEAM_CONFIRMED→CANCELLED",
  "FIELDWORK→TEAM_CONFIRMED",
  "FIELDWORK→FINALISED",
  "FIELDWORK→CANCELLED",
  "FINALISED→FIELDWORK",
  "CANCELLED→PLANNED",
  // A workshop left in a report step (from before kinds had workflows) may get back on track.
  "DRAFT_REPORT→PLANNED",
  "DRAFT_REPORT→TEAM_CONFIRMED",
  "DRAFT_REPORT→FIELDWORK",
  "DRAFT_REPORT→FINALISED",
  "DRAFT_REPORT→CANCELLED",
  "PARLIAMENT_REVIEW→PLANNED",
  "PARLIAMENT_REVIEW→TEAM_CONFIRMED",
  "PARLIAMENT_REVIEW→FIELDWORK",
  "PARLIAMENT_REVIEW→FINALISED",
  "PARLIAMENT_REVIEW→CANCELLED",
]);

const pairs = PHASE_KINDS.flatMap((kind) =>
  PHASE_STATUSES.flatMap((from) => PHASE_STATUSES.filter((to) => to !== from).map((to) => ({ kind, from, to }))),
);

describe("phase workflow by kind", () => {
  it.each(pairs)("$kind: $from → $to", ({ kind, from, to }) => {
    const allowed = (kind === "WORKSHOP" ? WORKSHOP_MOVES : REPORT_MOVES).has(`${from}→${to}`);
    expect(canMovePhase(from, to, kind)).toBe(allowed);
    expect(nextPhaseStatuses(from, kind).includes(to)).toBe(allowed);
  });

  it.each(REPORT_KINDS)("a %s phase is finalised only from parliament review", (kind) => {
    const into = PHASE_STATUSES.filter((from) => canMovePhase(from, "FINALISED", kind) && from !== "FINALISED");
    expect(into).toEqual(["PARLIAMENT_REVIEW"]);
  });

  it("offers a workshop no report step", () => {
    expect(phaseWorkflow("WORKSHOP")).toEqual(["PLANNED", "TEAM_CONFIRMED", "FIELDWORK", "FINALISED"]);
    for (const from of PHASE_STATUSES) {
      expect(nextPhaseStatuses(from, "WORKSHOP")).not.toContain("DRAFT_REPORT");
      expect(nextPhaseStatuses(from, "WORKSHOP")).not.toContain("PARLIAMENT_REVIEW");
    }
  });

  it("names the steps a forward move skips, within the kind's workflow", () => {
    const cases: [PhaseStatus, PhaseStatus, PhaseKind, PhaseStatus[]][] = [
      ["PLANNED", "FIELDWORK", "ASSESSMENT", ["TEAM_CONFIRMED"]],
      ["PLANNED", "PARLIAMENT_REVIEW", "VALIDATION", ["TEAM_CONFIRMED", "FIELDWORK", "DRAFT_REPORT"]],
      ["PLANNED", "FINALISED", "WORKSHOP", ["TEAM_CONFIRMED", "FIELDWORK"]],
      ["FIELDWORK", "FINALISED", "WORKSHOP", []],
      ["FIELDWORK", "TEAM_CONFIRMED", "ASSESSMENT", []],
      ["CANCELLED", "PLANNED", "ASSESSMENT", []],
    ];
    for (const [from, to, kind, skipped] of cases) expect(skippedPhaseSteps(from, to, kind)).toEqual(skipped);
  });
});

describe("the calendar rule", () => {
  const phase = { startDate: day("2027-03-01"), endDate: day("2027-03-05") };

  it("asks for the actual start when fieldwork begins before the start date, not on it", () => {
    expect(calendarContradiction(phase, "FIELDWORK", day("2027-02-28"))).toEqual({
      reason: "fieldworkBeforeStart",
      field: "actualStartDate",
    });
    expect(calendarContradiction(phase, "FIELDWORK", day("2027-03-01"))).toBeNull();
  });

  it("asks for the actual end when the phase is finalised before its end date, not on it", () => {
    expect(calendarContradiction(phase, "FINALISED", day("2027-03-04"))).toEqual({
      reason: "finalisedBeforeEnd",
      field: "actualEndDate",
    });
    expect(calendarContradiction(phase, "FINALISED", day("2027-03-05"))).toBeNull();
  });

  it("says nothing of the other moves", () => {
    for (const to of PHASE_STATUSES.filter((s) => s !== "FIELDWORK" && s !== "FINALISED")) {
      expect(calendarContradiction(phase, to, day("2020-01-01"))).toBeNull();
    }
  });
});

describe("mission templates", () => {
  it("lays out assessment and strategic plan as two one-week phases from the chosen day", () => {
    expect(phasesFromTemplate("ASSESSMENT_AND_PLAN", day("2027-03-01"))).toEqual([
      {
        kind: "ASSESSMENT",
        startDate: day("2027-03-01"),
        endDate: day("2027-03-05"),
        reportDueDate: day("2027-04-02"),
      },
      {
        kind: "STRATEGIC_PLAN",
        startDate: day("2027-04-26"),
        endDate: day("2027-04-30"),
        reportDueDate: day("2027-05-28"),
      },
    ]);
  });

  it("gives terms of reference three weeks, a validation one, and a workshop no report", () => {
    expect(phasesFromTemplate("TERMS_OF_REFERENCE", day("2027-03-01"))).toMatchObject([
      { kind: "TERMS_OF_REFERENCE", startDate: day("2027-03-01"), endDate: day("2027-03-19") },
    ]);
    expect(phasesFromTemplate("VALIDATION", day("2027-03-01"))).toMatchObject([
      { kind: "VALIDATION", endDate: day("2027-03-05") },
    ]);
    expect(phasesFromTemplate("WORKSHOP", day("2027-03-01"))).toEqual([
      { kind: "WORKSHOP", startDate: day("2027-03-01"), endDate: day("2027-03-03"), reportDueDate: null },
    ]);
    expect(phasesFromTemplate("IMPLEMENTATION_SUPPORT", day("2027-03-01"))).toEqual([]);
  });
});
