// Team changes beyond one assignment: copying a phase's team onto another (clash rules per
// expert, the override path, the audit), changing the lead in one step (and two at once
// on PostgreSQL ending with one lead), and a removal from a stale view.
import type { SessionUser } from "@hemicycle/server/context";
import { beforeAll, describe, expect, it } from "vitest";
import { assignToPhase, createExpert, createMission, createParliament, createUser } from "../factories/records.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { appErrorOf } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

let coordinator: SessionUser;
let parliamentId: string;

beforeAll(async () => {
  coordinator = await createUser(db(), { role: "COORDINATOR" });
  parliamentId = (await createParliament(db())).id;
});

async function twoPhases(start = "2035") {
  const mission = await createMission(db(), {
    parliamentId,
    phases: [
      { kind: "ASSESSMENT", startDate: `${start}-03-05`, endDate: `${start}-03-09` },
      { kind: "STRATEGIC_PLAN", startDate: `${start}-06-04`, endDate: `${start}-06-08` },
    ],
  });
  return { assessment: mission.phases[0]!.id, plan: mission.phases[1]!.id };
}

const teamOf = (phaseId: string) =>
  prisma().assignment.findMany({
    where: { phaseId },
    select: { expertId: true, role: true, overrideReason: true },
    orderBy: [{ role: "asc" }, { expertId: "asc" }],
  });

describe("missions.copyTeam", () => {
  it("adds the free experts, refuses the one who clashes with the clash, then adds them with a reason", async () => {
    const { assessment, plan } = await twoPhases("2035");
    const lead = await createExpert(db());
    const free = await createExpert(db());
    const busy = await createExpert(db());
    for (const [e, role] of [
      [lead, "LEAD"],
      [free, "MEMBER"],
      [busy, "MEMBER"],
    ] as const) {
      await assignToPhase(db(), assessment, e.id, role);
    }
    // Busy elsewhere on the plan's first day (an edge day counts).
    const other = await createMission(db(), {
      parliamentId,
      phases: [{ kind: "VALIDATION", startDate: "2035-06-01", endDate: "2035-06-04" }],
    });
    await assignToPhase(db(), other.phases[0]!.id, busy.id);

    const first = await as(coordinator).missions.copyTeam({ fromPhaseId: assessment, toPhaseId: plan });
    expect(first.added).toEqual([
      { expertId: lead.id, name: lead.name, role: "LEAD" },
      { expertId: free.id, name: free.name, role: "MEMBER" },
    ]);
    expect(first.refused).toEqual([
      {
        expertId: busy.id,
        name: busy.name,
        clashes: [expect.objectContaining({ kind: "phase", phaseId: other.phases[0]!.id })],
      },
    ]);
    expect(first.phase.team.map((m) => m.expertId).sort()).toEqual([lead.id, free.id].sort());

    const second = await as(coordinator).missions.copyTeam({
      fromPhaseId: assessment,
      toPhaseId: plan,
      overrides: [{ expertId: busy.id, reason: "Joins remotely for the overlapping day" }],
    });
    expect(second.added).toEqual([{ expertId: busy.id, name: busy.name, role: "MEMBER" }]);
    expect(second.refused).toEqual([]);
    expect(await teamOf(plan)).toHaveLength(3);
    expect((await teamOf(plan)).find((m) => m.expertId === busy.id)?.overrideReason).toBe(
      "Joins remotely for the overlapping day",
    );
    const audited = await prisma().auditEvent.count({ where: { action: "phase.copyTeam" } });
    expect(audited).toBeGreaterThanOrEqual(3);
  });

  it("refuses phases of two missions and a phase that is cancelled", async () => {
    const a = await twoPhases("2036");
    const b = await twoPhases("2037");
    expect(
      await appErrorOf(as(coordinator).missions.copyTeam({ fromPhaseId: a.assessment, toPhaseId: b.plan })),
    ).toMatchObject({ reason: "VALIDATION" });
    await prisma().phase.update({ where: { id: a.plan }, data: { status: "CANCELLED" } });
    expect(
      await appErrorOf(as(coordinator).missions.copyTeam({ fromPhaseId: a.assessment, toPhaseId: a.plan })),
    ).toMatchObject({ reason: "INVALID_TRANSITION" });
  });
});

describe("missions.setLead", () => {
  it("makes a member the lead and the old lead a member, in one step, audited", async () => {
    const { assessment } = await twoPhases("2038");
    const oldLead = await createExpert(db());
    const member = await createExpert(db());
    await assignToPhase(db(), assessment, oldLead.id, "LEAD");
    await assignToPhase(db(), assessment, member.id, "MEMBER");
    const phase = await as(coordinator).missions.setLead({ phaseId: assessment, expertId: member.id });
    expect(phase.team.map((m) => [m.expertId, m.role])).toEqual([
      [member.id, "LEAD"],
      [oldLead.id, "MEMBER"],
    ]);
    const events = await prisma().auditEvent.findMany({ where: { action: "phase.setLead" } });
    expect(events.length).toBeGreaterThanOrEqual(2);
    // Someone not on the team: a stale view, with the current phase.
    const stranger = await createExpert(db());
    const refusal = await appErrorOf(as(coordinator).missions.setLead({ phaseId: assessment, expertId: stranger.id }));
    expect(refusal).toMatchObject({ trpcCode: "CONFLICT", reason: "STALE_VERSION" });
    expect(refusal.details?.current.team).toHaveLength(2);
  });

  it("ends with exactly one lead when two changes of lead race", async () => {
    for (let round = 0; round < 10; round++) {
      const { assessment } = await twoPhases(`${2040 + round}`);
      const experts = [await createExpert(db()), await createExpert(db()), await createExpert(db())];
      await assignToPhase(db(), assessment, experts[0]!.id, "LEAD");
      await assignToPhase(db(), assessment, experts[1]!.id);
      await assignToPhase(db(), assessment, experts[2]!.id);
      const results = await Promise.allSettled([
        as(coordinator).missions.setLead({ phaseId: assessment, expertId: experts[1]!.id }),
        as(coordinator).missions.setLead({ phaseId: assessment, expertId: experts[2]!.id }),
      ]);
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
      const team = await teamOf(assessment);
      expect(team.filter((m) => m.role === "LEAD")).toHaveLength(1);
      expect(team).toHaveLength(3);
    }
  });
});

describe("missions.unassignExpert from a stale view", () => {
  it("answers CONFLICT (stale) naming the expert, with the current team", async () => {
    const { assessment } = await twoPhases("2039");
    const kept = await createExpert(db());
    const gone = await createExpert(db());
    await assignToPhase(db(), assessment, kept.id, "LEAD");
    await assignToPhase(db(), assessment, gone.id);
    await as(coordinator).missions.unassignExpert({ phaseId: assessment, expertId: gone.id });
    const refusal = await appErrorOf(
      as(coordinator).missions.unassignExpert({ phaseId: assessment, expertId: gone.id }),
    );
    expect(refusal).toMatchObject({
      trpcCode: "CONFLICT",
      reason: "STALE_VERSION",
      message: { code: "teamMemberGone", params: { name: gone.name } },
    });
    expect(refusal.details?.current.team.map((m: { expertId: string }) => m.expertId)).toEqual([kept.id]);
    expect(
      await appErrorOf(as(coordinator).missions.unassignExpert({ phaseId: "nope", expertId: gone.id })),
    ).toMatchObject({ reason: "NOT_FOUND" });
  });
});
