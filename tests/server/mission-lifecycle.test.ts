// A mission's life after creation, through the real router on a real database: editing
// the mission and its phases (versioned, audited), adding and cancelling phases,
// rescheduling against the team's other bookings and time off at the edge days, the phase
// workflow by kind with its skipped steps on the record, the calendar rule, and how many
// days a report is late.
import type { SessionUser } from "@hemicycle/server/context";
import { PHASE_KINDS, PHASE_STATUSES } from "@hemicycle/shared/enums";
import { canMovePhase, dateOnlyToday } from "@hemicycle/shared/workflows/phase";
import { beforeAll, describe, expect, it } from "vitest";
import {
  assignToPhase,
  createExpert,
  createMission,
  createParliament,
  createProgramme,
  createUser,
  day,
} from "../factories/records.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { appErrorOf } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

let admin: SessionUser;
let coordinator: SessionUser;
let parliamentId: string;

beforeAll(async () => {
  admin = await createUser(db(), { role: "ADMIN" });
  coordinator = await createUser(db(), { role: "COORDINATOR" });
  parliamentId = (await createParliament(db())).id;
});

const DAY_MS = 24 * 60 * 60 * 1000;
/** An ISO day `offset` days from today (phase dates in the past or future of the server's clock). */
const fromToday = (offset: number) => new Date(dateOnlyToday().getTime() + offset * DAY_MS).toISOString().slice(0, 10);

async function lastPhaseEvent(phaseId: string) {
  const events = await as(admin).audit.list({ entityType: "phase", entityId: phaseId });
  return events.items[0]!;
}

describe("editing a mission after creation", () => {
  it("changes title, objectives and programme, audits it, and answers a stale tab with CONFLICT and the current mission", async () => {
    const programme = await createProgramme(db());
    const mission = await createMission(db(), { parliamentId });

    const updated = await as(coordinator).missions.update({
      id: mission.id,
      version: mission.version,
      title: "Digital parliament assessment",
      objectives: "Assess the ICT function.",
      programmeId: programme.id,
    });
    expect(updated).toMatchObject({
      title: "Digital parliament assessment",
      objectives: "Assess the ICT function.",
      programme: { id: programme.id },
      version: 2,
    });
    const events = await as(admin).audit.list({ entityType: "mission", entityId: mission.id });
    expect(events.items[0]).toMatchObject({ action: "mission.update" });

    const stale = await appErrorOf(
      as(coordinator).missions.update({ id: mission.id, version: mission.version, title: "Older title" }),
    );
    expect(stale).toMatchObject({ trpcCode: "CONFLICT", reason: "STALE_VERSION" });
    expect(stale.details?.current).toMatchObject({ title: "Digital parliament assessment", version: 2 });
  });

  it("edits a phase's location, report due date and actual dates, and refuses a stale phase version", async () => {
    const mission = await createMission(db(), {
      parliamentId,
      phases: [{ startDate: "2034-03-06", endDate: "2034-03-10" }],
    });
    const phase = mission.phases[0]!;
    const updated = await as(coordinator).missions.updatePhase({
      id: phase.id,
      version: phase.version,
      location: "Lusaka",
      reportDueDate: "2034-04-07",
      actualStartDate: "2034-03-07",
      actualEndDate: "2034-03-10",
    });
    expect(updated).toMatchObject({
      location: "Lusaka",
      reportDueDate: day("2034-04-07"),
      actualStartDate: day("2034-03-07"),
      actualEndDate: day("2034-03-10"),
      version: 2,
    });
    const stale = await appErrorOf(
      as(coordinator).missions.updatePhase({ id: phase.id, version: phase.version, location: "Ndola" }),
    );
    expect(stale).toMatchObject({ trpcCode: "CONFLICT", reason: "STALE_VERSION" });
    expect(stale.details?.current).toMatchObject({ location: "Lusaka", version: 2 });
  });

  it("adds a phase, and cancels one while keeping its record", async () => {
    const mission = await createMission(db(), { parliamentId });
    const added = await as(coordinator).missions.addPhase({
      missionId: mission.id,
      kind: "WORKSHOP",
      startDate: "2034-05-02",
      endDate: "2034-05-04",
      location: "Livingstone",
    });
    expect(added).toMatchObject({ kind: "WORKSHOP", status: "PLANNED", reportDaysLate: 0 });

    await as(coordinator).missions.updatePhase({ id: added.id, version: added.version, status: "CANCELLED" });
    const after = await as(coordinator).missions.byId({ id: mission.id });
    expect(after.phases.map((p) => [p.kind, p.status])).toEqual([
      ["ASSESSMENT", "PLANNED"],
      ["WORKSHOP", "CANCELLED"],
    ]);
  });
});

describe("rescheduling a phase against its team's other bookings", () => {
  async function bookedTwice() {
    const expert = await createExpert(db(), {
      unavailable: [{ startDate: day("2035-03-20"), endDate: day("2035-03-24"), reason: "Budget session" }],
    });
    const other = await createMission(db(), {
      parliamentId,
      phases: [{ startDate: "2035-03-01", endDate: "2035-03-05" }],
    });
    const mission = await createMission(db(), {
      parliamentId,
      phases: [{ startDate: "2035-03-12", endDate: "2035-03-16" }],
    });
    await assignToPhase(db(), other.phases[0]!.id, expert.id, "LEAD");
    await assignToPhase(db(), mission.phases[0]!.id, expert.id, "LEAD");
    return { expert, otherPhase: other.phases[0]!, phase: mission.phases[0]! };
  }

  it("refuses a phase that would start on the day another of the expert's phases ends, and accepts the day after", async () => {
    const { otherPhase, phase } = await bookedTwice();
    const clash = await appErrorOf(
      as(coordinator).missions.updatePhase({ id: phase.id, version: phase.version, startDate: "2035-03-05" }),
    );
    expect(clash).toMatchObject({ trpcCode: "CONFLICT", reason: "PHASE_OVERLAP" });
    expect(clash.details?.clashes).toEqual([expect.objectContaining({ kind: "phase", phaseId: otherPhase.id })]);
    expect((await prisma().phase.findUniqueOrThrow({ where: { id: phase.id } })).startDate).toEqual(day("2035-03-12"));

    const moved = await as(coordinator).missions.updatePhase({
      id: phase.id,
      version: phase.version,
      startDate: "2035-03-06",
    });
    expect(moved.startDate).toEqual(day("2035-03-06"));
  });

  it("refuses a phase that would end on the first day of the expert's time off, and accepts the day before", async () => {
    const { phase } = await bookedTwice();
    const clash = await appErrorOf(
      as(coordinator).missions.updatePhase({ id: phase.id, version: phase.version, endDate: "2035-03-20" }),
    );
    expect(clash).toMatchObject({ trpcCode: "CONFLICT", reason: "EXPERT_UNAVAILABLE" });
    const moved = await as(coordinator).missions.updatePhase({
      id: phase.id,
      version: phase.version,
      endDate: "2035-03-19",
    });
    expect(moved.endDate).toEqual(day("2035-03-19"));
  });

  it("moves it onto the clash when a coordinator gives a reason, and records the reason", async () => {
    const { expert, phase } = await bookedTwice();
    const moved = await as(coordinator).missions.updatePhase({
      id: phase.id,
      version: phase.version,
      startDate: "2035-03-04",
      overrideReason: "Back-to-back missions agreed with the expert",
    });
    expect(moved.team).toEqual([
      expect.objectContaining({ expertId: expert.id, overrideReason: "Back-to-back missions agreed with the expert" }),
    ]);
    expect((await lastPhaseEvent(phase.id)).after).toMatchObject({
      overrideReason: "Back-to-back missions agreed with the expert",
      overriddenFor: [expert.id],
    });
  });
});

describe("the phase workflow by kind on the server", () => {
  const pairs = PHASE_KINDS.flatMap((kind) =>
    PHASE_STATUSES.flatMap((from) =>
      PHASE_STATUSES.filter((to) => to !== from && !canMovePhase(from, to, kind)).map((to) => ({ kind, from, to })),
    ),
  );

  it(`refuses every forbidden move (${pairs.length}) with INVALID_TRANSITION and leaves the phase as it was`, async () => {
    // One mission with a phase per kind and status; each forbidden move is tried on it.
    const mission = await createMission(db(), {
      parliamentId,
      phases: PHASE_KINDS.flatMap((kind) =>
        PHASE_STATUSES.map((status) => ({ kind, status, startDate: fromToday(-30), endDate: fromToday(-25) })),
      ),
    });
    const phases = await prisma().phase.findMany({
      where: { missionId: mission.id },
      select: { id: true, kind: true, status: true, version: true },
    });
    for (const { kind, from, to } of pairs) {
      const phase = phases.find((p) => p.kind === kind && p.status === from)!;
      const refusal = await appErrorOf(
        as(coordinator).missions.updatePhase({ id: phase.id, version: phase.version, status: to }),
      );
      expect(refusal, `${kind}: ${from} → ${to}`).toMatchObject({
        trpcCode: "BAD_REQUEST",
        reason: "INVALID_TRANSITION",
      });
    }
    const after = await prisma().phase.findMany({ where: { missionId: mission.id }, select: { status: true } });
    expect(after.map((p) => p.status).sort()).toEqual(phases.map((p) => p.status).sort());
  });

  it("takes a workshop from fieldwork straight to finalised", async () => {
    const mission = await createMission(db(), {
      parliamentId,
      phases: [{ kind: "WORKSHOP", status: "FIELDWORK", startDate: fromToday(-10), endDate: fromToday(-8) }],
    });
    const phase = mission.phases[0]!;
    const done = await as(coordinator).missions.updatePhase({
      id: phase.id,
      version: phase.version,
      status: "FINALISED",
    });
    expect(done.status).toBe("FINALISED");
  });

  it("records the steps a move skips in the audit event", async () => {
    const mission = await createMission(db(), {
      parliamentId,
      phases: [{ kind: "VALIDATION", startDate: fromToday(-20), endDate: fromToday(-16) }],
    });
    const phase = mission.phases[0]!;
    await as(coordinator).missions.updatePhase({ id: phase.id, version: phase.version, status: "PARLIAMENT_REVIEW" });
    expect((await lastPhaseEvent(phase.id)).after).toMatchObject({
      status: "PARLIAMENT_REVIEW",
      skippedSteps: ["TEAM_CONFIRMED", "FIELDWORK", "DRAFT_REPORT"],
    });
  });
});

describe("a move the calendar contradicts", () => {
  it("asks for the actual start before fieldwork ahead of the start date, then takes it", async () => {
    const mission = await createMission(db(), {
      parliamentId,
      phases: [{ startDate: fromToday(3), endDate: fromToday(7) }],
    });
    const phase = mission.phases[0]!;
    const refusal = await appErrorOf(
      as(coordinator).missions.updatePhase({ id: phase.id, version: phase.version, status: "FIELDWORK" }),
    );
    expect(refusal).toMatchObject({
      trpcCode: "BAD_REQUEST",
      reason: "VALIDATION",
      fieldErrors: { actualStartDate: ["actualStartRequired"] },
    });
    const moved = await as(coordinator).missions.updatePhase({
      id: phase.id,
      version: phase.version,
      status: "FIELDWORK",
      actualStartDate: fromToday(0),
    });
    expect(moved).toMatchObject({ status: "FIELDWORK", actualStartDate: day(fromToday(0)) });
  });

  it("starts fieldwork on the start date itself without asking", async () => {
    const mission = await createMission(db(), {
      parliamentId,
      phases: [{ startDate: fromToday(0), endDate: fromToday(4) }],
    });
    const phase = mission.phases[0]!;
    const moved = await as(coordinator).missions.updatePhase({
      id: phase.id,
      version: phase.version,
      status: "FIELDWORK",
    });
    expect(moved.status).toBe("FIELDWORK");
  });

  it("asks for the actual end before finalising ahead of the end date", async () => {
    const mission = await createMission(db(), {
      parliamentId,
      phases: [{ kind: "WORKSHOP", status: "FIELDWORK", startDate: fromToday(-1), endDate: fromToday(1) }],
    });
    const phase = mission.phases[0]!;
    const refusal = await appErrorOf(
      as(coordinator).missions.updatePhase({ id: phase.id, version: phase.version, status: "FINALISED" }),
    );
    expect(refusal.fieldErrors).toEqual({ actualEndDate: ["actualEndRequired"] });
    const done = await as(coordinator).missions.updatePhase({
      id: phase.id,
      version: phase.version,
      status: "FINALISED",
      actualEndDate: fromToday(0),
    });
    expect(done.status).toBe("FINALISED");
  });
});

describe("overdue reports", () => {
  it("says how many days a report is late on the phase, and nothing once it is with the parliament", async () => {
    const mission = await createMission(db(), {
      parliamentId,
      phases: [{ status: "DRAFT_REPORT", startDate: fromToday(-40), endDate: fromToday(-36) }],
    });
    const phase = mission.phases[0]!;
    const late = await as(coordinator).missions.updatePhase({
      id: phase.id,
      version: phase.version,
      reportDueDate: fromToday(-16),
    });
    expect(late.reportDaysLate).toBe(16);
    expect((await as(coordinator).missions.byId({ id: mission.id })).phases[0]!.reportDaysLate).toBe(16);
    const delivered = await as(coordinator).missions.updatePhase({
      id: phase.id,
      version: late.version,
      status: "PARLIAMENT_REVIEW",
    });
    expect(delivered.reportDaysLate).toBe(0);
  });
});
