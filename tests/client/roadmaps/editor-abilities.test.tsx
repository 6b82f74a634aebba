// What the editor offers each person on a roadmap, asked of the shared policy and the
// roadmap's workflow with the facts the server sends (the viewer's place on the team, the
// mission's parliament, the baseline): edit, submit, review, discuss, update progress.
import { describe, expect, it } from "vitest";
import type { RoadmapStatus } from "@hemicycle/shared/enums";
import { roadmapAbilities, viewModeOf } from "../../../client/src/features/roadmaps/lib/abilities.ts";
import type { Me } from "../../helpers/render.tsx";
import { admin, coordinator, expert, staff } from "../fixtures.ts";

type Facts = {
  status: RoadmapStatus;
  onMission?: boolean;
  leadsAPhase?: boolean;
  baseline?: boolean;
  parliamentId?: string;
};

function abilities(
  me: Me,
  { status, onMission = false, leadsAPhase = false, baseline = false, parliamentId = "p-zambia" }: Facts,
) {
  return roadmapAbilities(me, {
    status,
    baselineRevision: baseline ? 1 : null,
    viewer: { onMission, leadsAPhase },
    mission: { parliamentId },
  });
}

/** The abilities that are true, in a fixed order: reads well in an expectation. */
function granted(me: Me, facts: Facts): string[] {
  const a = abilities(me, facts);
  return (["edit", "submit", "review", "discuss", "updateProgress"] as const).filter((k) => a[k]);
}

describe("roadmapAbilities: the team", () => {
  it("gives a coordinator everything the team does on a draft, and no review", () => {
    expect(granted(coordinator, { status: "DRAFT" })).toEqual(["edit", "submit", "discuss", "updateProgress"]);
  });

  it("freezes the plan while in review, leaving progress and the conversation open", () => {
    expect(granted(coordinator, { status: "IN_REVIEW" })).toEqual(["discuss", "updateProgress"]);
    expect(granted(expert, { status: "IN_REVIEW", onMission: true, leadsAPhase: true })).toEqual([
      "discuss",
      "updateProgress",
    ]);
  });

  it("offers a resubmission once changes were requested, and editing after endorsement", () => {
    expect(granted(coordinator, { status: "CHANGES_REQUESTED" })).toEqual([
      "edit",
      "submit",
      "discuss",
      "updateProgress",
    ]);
    expect(granted(coordinator, { status: "ENDORSED", baseline: true })).toEqual(["edit", "discuss", "updateProgress"]);
  });

  it("lets a mission's expert edit, and only its lead submit", () => {
    expect(granted(expert, { status: "DRAFT", onMission: true })).toEqual(["edit", "discuss", "updateProgress"]);
    expect(granted(expert, { status: "DRAFT", onMission: true, leadsAPhase: true })).toEqual([
      "edit",
      "submit",
      "discuss",
      "updateProgress",
    ]);
  });

  it("gives an expert off the mission nothing", () => {
    expect(granted(expert, { status: "DRAFT" })).toEqual([]);
    expect(granted(expert, { status: "ENDORSED", baseline: true })).toEqual([]);
  });

  it("lets an admin edit but leaves submitting to the coordinator", () => {
    expect(granted(admin, { status: "DRAFT" })).toEqual(["edit", "discuss", "updateProgress"]);
  });
});

describe("roadmapAbilities: the parliament's staff", () => {
  it("review and discuss their own parliament's roadmap while it is in review, never edit it", () => {
    expect(granted(staff, { status: "IN_REVIEW" })).toEqual(["review", "discuss"]);
  });

  it("update progress only once the roadmap has a baseline", () => {
    expect(granted(staff, { status: "ENDORSED", baseline: true })).toEqual(["discuss", "updateProgress"]);
    expect(granted(staff, { status: "CHANGES_REQUESTED" })).toEqual(["discuss"]);
    // A new draft on top of the endorsed baseline: progress goes on.
    expect(granted(staff, { status: "DRAFT", baseline: true })).toEqual(["discuss", "updateProgress"]);
  });

  it("get nothing on another parliament's roadmap", () => {
    expect(granted(staff, { status: "IN_REVIEW", parliamentId: "p-namibia" })).toEqual([]);
    expect(granted(staff, { status: "ENDORSED", baseline: true, parliamentId: "p-namibia" })).toEqual([]);
  });
});

describe("viewModeOf", () => {
  it("is edit for editors, progress for progress-only, read for the rest", () => {
    expect(viewModeOf(abilities(coordinator, { status: "DRAFT" }))).toBe("edit");
    expect(viewModeOf(abilities(coordinator, { status: "IN_REVIEW" }))).toBe("progress");
    expect(viewModeOf(abilities(staff, { status: "ENDORSED", baseline: true }))).toBe("progress");
    expect(viewModeOf(abilities(staff, { status: "IN_REVIEW" }))).toBe("read");
  });
});
