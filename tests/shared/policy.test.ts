// The permission policy (shared/src/policy.ts) that the server enforces and the client
// asks: who reaches what, and who may make which move, per role and place on a team.
import { describe, expect, it } from "vitest";
import type { Role, TeamRole } from "@hemicycle/shared/enums";
import {
  directoryReach,
  findingMovesFor,
  hasParliamentHome,
  mayChangeRoleOrAccessOf,
  mayEditFinding,
  mayEditRoadmap,
  mayMakeRoadmapMove,
  mayManageDirectory,
  mayManageMissions,
  mayManageUsers,
  mayReadAuditLog,
  mayReadFieldCalendar,
  mayReadRoadmapIn,
  mayReviewFinding,
  maySearchExpertAvailability,
  mayUpdateRoadmapProgress,
  mayWriteFindings,
  missionReach,
  readsOnlyValidatedFindings,
  seesTeamPrivateDetails,
  writesFindings,
  type Actor,
} from "@hemicycle/shared/policy";
import { roadmapMove } from "@hemicycle/shared/workflows/roadmap";

const actor = (role: Role, extra: Partial<Actor> = {}): Actor => ({
  id: `${role}-1`,
  role,
  parliamentId: role === "PARLIAMENT_STAFF" ? "zambia" : null,
  expertId: role === "EXPERT" ? "expert-1" : null,
  ...extra,
});
const admin = actor("ADMIN");
const coordinator = actor("COORDINATOR");
const expert = actor("EXPERT");
const staff = actor("PARLIAMENT_STAFF");

describe("what each role reaches and manages", () => {
  it("follows the permission table", () => {
    const table = [admin, coordinator, expert, staff].map((a) => ({
      role: a.role,
      missions: missionReach(a),
      directory: directoryReach(a),
      onlyValidated: readsOnlyValidatedFindings(a),
      privateDetails: seesTeamPrivateDetails(a),
      availability: maySearchExpertAvailability(a),
      parliamentHome: hasParliamentHome(a),
      users: mayManageUsers(a),
      directoryManager: mayManageDirectory(a),
      missionManager: mayManageMissions(a),
      audit: mayReadAuditLog(a),
      findings: writesFindings(a),
    }));
    expect(table).toEqual([
      {
        role: "ADMIN",
        missions: "ALL",
        directory: "ALL",
        onlyValidated: false,
        privateDetails: true,
        availability: true,
        parliamentHome: false,
        users: true,
        directoryManager: true,
        missionManager: true,
        audit: true,
        findings: true,
      },
      {
        role: "COORDINATOR",
        missions: "ALL",
        directory: "ALL",
        onlyValidated: false,
        privateDetails: true,
        availability: true,
        parliamentHome: false,
        users: false,
        directoryManager: true,
        missionManager: true,
        audit: true,
        findings: true,
      },
      {
        role: "EXPERT",
        missions: "OWN_TEAM",
        directory: "ALL",
        onlyValidated: false,
        privateDetails: true,
        availability: true,
        parliamentHome: false,
        users: false,
        directoryManager: false,
        missionManager: false,
        audit: false,
        findings: true,
      },
      {
        role: "PARLIAMENT_STAFF",
        missions: "OWN_PARLIAMENT",
        directory: "OWN_PARLIAMENT",
        onlyValidated: true,
        privateDetails: false,
        availability: false,
        parliamentHome: true,
        users: false,
        directoryManager: false,
        missionManager: false,
        audit: false,
        findings: false,
      },
    ]);
  });

  it("never lets an admin demote or deactivate their own account", () => {
    expect(mayChangeRoleOrAccessOf(admin, admin.id)).toBe(false);
    expect(mayChangeRoleOrAccessOf(admin, "someone-else")).toBe(true);
  });

  it("shows the parliament a roadmap once it has been submitted, the team always", () => {
    expect(mayReadRoadmapIn(staff, "DRAFT", false)).toBe(false);
    // A new draft on top of an endorsed baseline stays visible to the parliament.
    expect(mayReadRoadmapIn(staff, "DRAFT", true)).toBe(true);
    expect(
      ["IN_REVIEW", "CHANGES_REQUESTED", "ENDORSED"].every((s) => mayReadRoadmapIn(staff, s as "ENDORSED", false)),
    ).toBe(true);
    expect(mayReadRoadmapIn(expert, "DRAFT", false)).toBe(true);
  });
});

describe("findings", () => {
  const roles: [string, Actor, TeamRole | null][] = [
    ["coordinator", coordinator, null],
    ["lead", expert, "LEAD"],
    ["member", expert, "MEMBER"],
    ["expert off the team", expert, null],
    ["staff", staff, null],
  ];
  const moves = (a: Actor, teamRole: TeamRole | null, status: Parameters<typeof findingMovesFor>[1]) =>
    findingMovesFor(a, status, { teamRole, authorId: "someone-else" }).map((m) => m.action);

  it("lets managers and the phase's team write, nobody else", () => {
    expect(roles.map(([name, a, team]) => [name, mayWriteFindings(a, team)])).toEqual([
      ["coordinator", true],
      ["lead", true],
      ["member", true],
      ["expert off the team", false],
      ["staff", false],
    ]);
  });

  it("offers each the moves of the workflow that are theirs", () => {
    const offered = Object.fromEntries(
      roles.map(([name, a, team]) => [
        name,
        {
          DRAFT: moves(a, team, "DRAFT"),
          SUBMITTED: moves(a, team, "SUBMITTED"),
          REJECTED: moves(a, team, "REJECTED"),
          VALIDATED: moves(a, team, "VALIDATED"),
        },
      ]),
    );
    expect(offered).toEqual({
      coordinator: {
        DRAFT: ["submit"],
        SUBMITTED: ["validate", "reject", "withdraw"],
        REJECTED: ["resubmit", "backToDraft"],
        VALIDATED: ["reopen"],
      },
      lead: {
        DRAFT: ["submit"],
        SUBMITTED: ["validate", "reject", "withdraw"],
        REJECTED: ["resubmit", "backToDraft"],
        VALIDATED: ["reopen"],
      },
      member: { DRAFT: ["submit"], SUBMITTED: ["withdraw"], REJECTED: ["resubmit", "backToDraft"], VALIDATED: [] },
      "expert off the team": { DRAFT: [], SUBMITTED: [], REJECTED: [], VALIDATED: [] },
      staff: { DRAFT: [], SUBMITTED: [], REJECTED: [], VALIDATED: [] },
    });
  });

  it("keeps four eyes: nobody reviews their own finding; a coordinator reviews the lead's", () => {
    const own = (a: Actor, teamRole: TeamRole | null, status: Parameters<typeof findingMovesFor>[1]) =>
      findingMovesFor(a, status, { teamRole, authorId: a.id }).map((m) => m.action);
    expect(own(expert, "LEAD", "SUBMITTED")).toEqual(["withdraw"]);
    expect(own(expert, "LEAD", "VALIDATED")).toEqual([]);
    expect(own(coordinator, null, "SUBMITTED")).toEqual(["withdraw"]);
    expect(mayReviewFinding(coordinator, { teamRole: null, authorId: expert.id })).toBe(true);
    expect(mayReviewFinding(expert, { teamRole: "LEAD", authorId: "a-member" })).toBe(true);
    expect(mayReviewFinding(expert, { teamRole: "LEAD", authorId: expert.id })).toBe(false);
    expect(mayReviewFinding(expert, { teamRole: "MEMBER", authorId: "a-member" })).toBe(false);
    expect(mayReviewFinding(admin, { teamRole: null, authorId: admin.id })).toBe(false);
    expect(mayReviewFinding(admin, { teamRole: null, authorId: coordinator.id })).toBe(true);
  });

  it("locks a validated finding for everyone, managers included", () => {
    expect(mayEditFinding(expert, "VALIDATED", "LEAD")).toBe(false);
    expect(mayEditFinding(expert, "REJECTED", "MEMBER")).toBe(true);
    expect(mayEditFinding(coordinator, "VALIDATED", null)).toBe(false);
    expect(mayEditFinding(coordinator, "SUBMITTED", null)).toBe(true);
    expect(mayEditFinding(staff, "DRAFT", null)).toBe(false);
  });
});

describe("roadmaps", () => {
  const facts = { onMission: true, leadsAPhase: false, parliamentId: "zambia" };
  const submit = roadmapMove("DRAFT", "IN_REVIEW")!;
  const endorse = roadmapMove("IN_REVIEW", "ENDORSED")!;

  it("lets managers and the mission's experts edit, not experts elsewhere nor staff", () => {
    expect(mayEditRoadmap(coordinator, facts)).toBe(true);
    expect(mayEditRoadmap(expert, facts)).toBe(true);
    expect(mayEditRoadmap(expert, { onMission: false })).toBe(false);
    expect(mayEditRoadmap(staff, facts)).toBe(false);
  });

  it("lets the coordinator or a lead expert submit, and the parliament's own staff endorse", () => {
    expect(mayMakeRoadmapMove(coordinator, submit, facts)).toBe(true);
    expect(mayMakeRoadmapMove(admin, submit, facts)).toBe(false);
    expect(mayMakeRoadmapMove(expert, submit, facts)).toBe(false);
    expect(mayMakeRoadmapMove(expert, submit, { ...facts, leadsAPhase: true })).toBe(true);
    expect(mayMakeRoadmapMove(staff, endorse, facts)).toBe(true);
    expect(mayMakeRoadmapMove(actor("PARLIAMENT_STAFF", { parliamentId: "montenegro" }), endorse, facts)).toBe(false);
    expect(mayMakeRoadmapMove(coordinator, endorse, facts)).toBe(false);
  });

  it("lets the parliament's staff update progress only once the roadmap is endorsed", () => {
    expect(mayUpdateRoadmapProgress(staff, false, facts)).toBe(false);
    expect(mayUpdateRoadmapProgress(staff, true, facts)).toBe(true);
    expect(mayUpdateRoadmapProgress(actor("PARLIAMENT_STAFF", { parliamentId: "montenegro" }), true, facts)).toBe(
      false,
    );
    expect(mayUpdateRoadmapProgress(expert, false, facts)).toBe(true);
  });
});

describe("the field calendar", () => {
  it("is for managers and experts, not parliament staff", () => {
    expect([admin, coordinator, expert, staff].map((a) => [a.role, mayReadFieldCalendar(a)])).toEqual([
      ["ADMIN", true],
      ["COORDINATOR", true],
      ["EXPERT", true],
      ["PARLIAMENT_STAFF", false],
    ]);
  });
});
