// Missions, phases and teams through the real router on a real database: creation and
// its validation, search, filters and pagination, scoping per role, optimistic
// concurrency, the mission status that follows its phases, double booking and the
// audit trail of it all.
import type { SessionUser } from "@hemicycle/server/context";
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
import { appErrorOf, formatted, formattedRejection, issuePaths, rejection } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

let admin: SessionUser;
let coordinator: SessionUser;

beforeAll(async () => {
  admin = await createUser(db(), { role: "ADMIN" });
  coordinator = await createUser(db(), { role: "COORDINATOR" });
});

async function rowCounts() {
  return {
    missions: await prisma().mission.count(),
    phases: await prisma().phase.count(),
    assignments: await prisma().assignment.count(),
    audit: await prisma().auditEvent.count(),
  };
}

/** Every mission id an admin reaches by walking the list `limit` at a time. */
async function walkAllPages(user: SessionUser, limit: number) {
  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const page: { items: { id: string }[]; nextCursor: string | null } = await as(user).missions.list({
      limit,
      cursor,
    });
    pages.push(page.items.map((m) => m.id));
    cursor = page.nextCursor;
    if (pages.length > 1000) throw new Error("pagination does not end");
  } while (cursor);
  return pages;
}

describe("missions.create", () => {
  it("creates a planned mission with its phases, coordinated by its creator, and audits it", async () => {
    const parliament = await createParliament(db());
    const programme = await createProgramme(db());

    const mission = await as(coordinator).missions.create({
      code: "zmb-2031",
      title: "ICT assessment and strategic plan",
      type: "ASSESSMENT_AND_PLAN",
      parliamentId: parliament.id,
      programmeId: programme.id,
      objectives: "Assess the state of ICT and agree a five-year plan.",
      phases: [
        { kind: "STRATEGIC_PLAN", startDate: "2031-06-02", endDate: "2031-06-06", location: "Lusaka" },
        { kind: "ASSESSMENT", startDate: "2031-02-03", endDate: "2031-02-07", location: "Lusaka" },
      ],
    });

    expect(mission).toMatchObject({
      code: "ZMB-2031",
      status: "PLANNED",
      version: 1,
      parliamentId: parliament.id,
      programmeId: programme.id,
      coordinator: { id: coordinator.id },
    });
    // Phases come back in date order, at UTC midnight, with empty teams.
    expect(
      mission.phases.map((p) => ({
        kind: p.kind,
        status: p.status,
        startDate: p.startDate,
        endDate: p.endDate,
        team: p.team,
      })),
    ).toEqual([
      { kind: "ASSESSMENT", status: "PLANNED", startDate: day("2031-02-03"), endDate: day("2031-02-07"), team: [] },
      { kind: "STRATEGIC_PLAN", status: "PLANNED", startDate: day("2031-06-02"), endDate: day("2031-06-06"), team: [] },
    ]);
    expect(await prisma().phase.count({ where: { missionId: mission.id } })).toBe(2);

    const events = await prisma().auditEvent.findMany({ where: { entityType: "mission", entityId: mission.id } });
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event).toMatchObject({
      action: "mission.create",
      actorId: coordinator.id,
      actorRole: "COORDINATOR",
      before: null,
    });
    expect(event.after).toMatchObject({ code: "ZMB-2031", status: "PLANNED", parliamentId: parliament.id });
    const auditedPhases = (event.after as { phases: unknown[] }).phases;
    expect(auditedPhases).toHaveLength(2);
    expect(auditedPhases).toEqual(
      expect.arrayContaining([
        {
          kind: "ASSESSMENT",
          startDate: "2031-02-03T00:00:00.000Z",
          endDate: "2031-02-07T00:00:00.000Z",
          location: "Lusaka",
        },
        {
          kind: "STRATEGIC_PLAN",
          startDate: "2031-06-02T00:00:00.000Z",
          endDate: "2031-06-06T00:00:00.000Z",
          location: "Lusaka",
        },
      ]),
    );
  });

  it("refuses a phase that ends before it starts, with the field error on phases.0.endDate, and writes nothing", async () => {
    const parliament = await createParliament(db());
    const before = await rowCounts();

    const error = await rejection(
      as(coordinator).missions.create({
        code: "BACKWARDS-1",
        title: "Backwards",
        type: "ASSESSMENT_AND_PLAN",
        parliamentId: parliament.id,
        phases: [{ kind: "ASSESSMENT", startDate: "2031-03-10", endDate: "2031-03-06" }],
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(issuePaths(error)).toEqual(["phases.0.endDate"]);
    const shape = formatted(error);
    expect(shape.data).toMatchObject({ code: "BAD_REQUEST", httpStatus: 400, problem: { reason: "VALIDATION" } });
    expect(shape.message).toBe("phases.0.endDate: endBeforeStart");
    expect(shape.data.fieldErrors?.["phases.0.endDate"]).toEqual([{ code: "endBeforeStart" }]);

    expect(await rowCounts()).toEqual(before);
    expect(await prisma().mission.findUnique({ where: { code: "BACKWARDS-1" } })).toBeNull();
  });

  it("refuses a day the month does not have instead of moving it to the next month", async () => {
    const parliament = await createParliament(db());
    const before = await rowCounts();
    const error = await rejection(
      as(coordinator).missions.create({
        code: "FEB-30",
        title: "Thirtieth of February",
        type: "WORKSHOP",
        parliamentId: parliament.id,
        phases: [{ kind: "WORKSHOP", startDate: "2031-02-30", endDate: "2031-03-04" }],
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(issuePaths(error)).toEqual(["phases.0.startDate"]);
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses text the database cannot store (a NUL byte) as bad input, not a server fault", async () => {
    const parliament = await createParliament(db());
    const before = await rowCounts();
    // The shared text schema refuses it next to its field, before the database is asked.
    const error = await rejection(
      as(coordinator).missions.create({
        code: "NUL-1",
        title: "Pasted\u0000title",
        type: "WORKSHOP",
        parliamentId: parliament.id,
        phases: [{ kind: "WORKSHOP", startDate: "2031-03-02", endDate: "2031-03-04" }],
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(issuePaths(error)).toEqual(["title"]);
    expect(JSON.stringify(error.cause)).toContain("unstorableCharacter");
    expect(await rowCounts()).toEqual(before);
    await expect(as(coordinator).missions.list({ search: "\u0000" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("refuses a code already in use (whatever its case) with CONFLICT and writes nothing", async () => {
    const parliament = await createParliament(db());
    const existing = await createMission(db(), { parliamentId: parliament.id, code: "DUP-2030" });
    const before = await rowCounts();

    const error = await appErrorOf(
      as(admin).missions.create({
        code: "dup-2030",
        title: "Same code",
        type: "WORKSHOP",
        parliamentId: parliament.id,
        phases: [{ kind: "WORKSHOP", startDate: "2030-05-04", endDate: "2030-05-06" }],
      }),
    );
    expect(error).toMatchObject({ trpcCode: "CONFLICT", reason: "DUPLICATE" });
    expect(error.fieldErrors).toEqual({ code: ["missionCodeInUse"] });

    expect(await rowCounts()).toEqual(before);
    expect(await prisma().mission.findMany({ where: { code: "DUP-2030" }, select: { id: true } })).toEqual([
      { id: existing.id },
    ]);
  });

  it("refuses an unknown parliament with a field error rather than a server fault", async () => {
    const before = await rowCounts();
    const shape = await formattedRejection(
      as(coordinator).missions.create({
        code: "NOWHERE-1",
        title: "Nowhere",
        type: "WORKSHOP",
        parliamentId: "no-such-parliament",
        phases: [{ kind: "WORKSHOP", startDate: "2030-05-04", endDate: "2030-05-06" }],
      }),
    );
    expect(shape.data).toMatchObject({
      code: "BAD_REQUEST",
      problem: { reason: "VALIDATION" },
      fieldErrors: { parliamentId: [{ code: "unknownParliament" }] },
    });
    expect(await rowCounts()).toEqual(before);
  });
});

describe("missions.list", () => {
  let ruritania: { id: string };
  let fenwick: { id: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ruritania = await createParliament(db(), { name: "Parliament of Ruritania" });
    fenwick = await createParliament(db(), { name: "Grand Duchy of Fenwick Assembly" });
    const specs = [
      { code: "RUR-ASSESS-2027", title: "ICT assessment", parliamentId: ruritania.id },
      { code: "RUR-PLAN-2027", title: "ICT strategic plan", parliamentId: ruritania.id },
      {
        code: "RUR-TOR-2028",
        title: "Terms of reference for a legislative information system",
        parliamentId: ruritania.id,
      },
      { code: "FEN-WS-2027", title: "Regional workshop on open data", parliamentId: fenwick.id },
      { code: "FEN-IMPL-2028", title: "Implementation support for e-voting", parliamentId: fenwick.id },
    ];
    for (const spec of specs) {
      const mission = await as(coordinator).missions.create({
        ...spec,
        type: "ASSESSMENT_AND_PLAN",
        phases: [{ kind: "ASSESSMENT", startDate: "2028-01-10", endDate: "2028-01-14" }],
      });
      ids[spec.code] = mission.id;
    }
    // Fieldwork under way on one mission: it becomes IN_PROGRESS.
    const impl = await as(coordinator).missions.byId({ id: ids["FEN-IMPL-2028"]! });
    const phase = impl.phases[0]!;
    await as(coordinator).missions.updatePhase({
      id: phase.id,
      version: phase.version,
      status: "FIELDWORK",
      actualStartDate: "2028-01-10",
    });
  });

  const codesOf = (page: { items: { code: string }[] }) => page.items.map((m) => m.code).sort();

  it("searches by code, title and parliament name, case-insensitively", async () => {
    expect(codesOf(await as(admin).missions.list({ search: "tor-2028" }))).toEqual(["RUR-TOR-2028"]);
    expect(codesOf(await as(admin).missions.list({ search: "OPEN DATA" }))).toEqual(["FEN-WS-2027"]);
    expect(codesOf(await as(admin).missions.list({ search: "fenwick" }))).toEqual(["FEN-IMPL-2028", "FEN-WS-2027"]);
    expect(codesOf(await as(admin).missions.list({ search: "Ruritania" }))).toEqual([
      "RUR-ASSESS-2027",
      "RUR-PLAN-2027",
      "RUR-TOR-2028",
    ]);
    expect(codesOf(await as(admin).missions.list({ search: "no mission has this text" }))).toEqual([]);
  });

  it("filters by parliament and by status", async () => {
    expect(codesOf(await as(admin).missions.list({ parliamentId: ruritania.id }))).toEqual([
      "RUR-ASSESS-2027",
      "RUR-PLAN-2027",
      "RUR-TOR-2028",
    ]);
    expect(codesOf(await as(admin).missions.list({ parliamentId: fenwick.id, status: "IN_PROGRESS" }))).toEqual([
      "FEN-IMPL-2028",
    ]);
    expect(codesOf(await as(admin).missions.list({ parliamentId: fenwick.id, status: "PLANNED" }))).toEqual([
      "FEN-WS-2027",
    ]);
    const inProgress = await as(admin).missions.list({ status: "IN_PROGRESS", limit: 100 });
    expect(inProgress.items.length).toBeGreaterThan(0);
    expect(inProgress.items.every((m) => m.status === "IN_PROGRESS")).toBe(true);
  });

  it("summarises each mission with its parliament and its first and last day", async () => {
    const page = await as(admin).missions.list({ search: "RUR-PLAN-2027" });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      id: ids["RUR-PLAN-2027"],
      parliament: { id: ruritania.id, name: "Parliament of Ruritania" },
      phaseCount: 1,
      startDate: day("2028-01-10"),
      endDate: day("2028-01-14"),
      version: 1,
    });
  });

  it("walks every mission two at a time, each exactly once", async () => {
    const all = await prisma().mission.findMany({ select: { id: true } });
    expect(all.length).toBeGreaterThanOrEqual(5);
    const pages = await walkAllPages(admin, 2);
    expect(pages.every((page) => page.length === 2 || page === pages.at(-1))).toBe(true);
    expect(pages.at(-1)!.length).toBeGreaterThan(0);
    expect(pages).toHaveLength(Math.ceil(all.length / 2));
    const seen = pages.flat();
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(all.map((m) => m.id).sort());
  });

  it("caps the page size at 100", async () => {
    const error = await rejection(as(admin).missions.list({ limit: 101 }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(issuePaths(error)).toEqual(["limit"]);
    await expect(as(admin).missions.list({ limit: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const page = await as(admin).missions.list({ limit: 100 });
    expect(page.items.length).toBeGreaterThan(0);
  });

  describe("scoping", () => {
    it("shows a parliament's staff their own missions only, whatever parliament they filter on", async () => {
      const staff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId: ruritania.id });
      expect(codesOf(await as(staff).missions.list({ limit: 100 }))).toEqual([
        "RUR-ASSESS-2027",
        "RUR-PLAN-2027",
        "RUR-TOR-2028",
      ]);
      expect((await as(staff).missions.list({ parliamentId: fenwick.id })).items).toEqual([]);
      expect((await as(staff).missions.list({ search: "fenwick" })).items).toEqual([]);

      await expect(as(staff).missions.byId({ id: ids["FEN-WS-2027"]! })).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await as(staff).missions.byId({ id: ids["RUR-PLAN-2027"]! })).toMatchObject({
        id: ids["RUR-PLAN-2027"],
        parliamentId: ruritania.id,
      });
    });

    it("shows an expert only the missions they are assigned to, and an unassigned expert none", async () => {
      const expert = await createExpert(db());
      const expertUser = await createUser(db(), { role: "EXPERT", expertId: expert.id });
      const plan = await as(admin).missions.byId({ id: ids["RUR-PLAN-2027"]! });
      await assignToPhase(db(), plan.phases[0]!.id, expert.id);

      expect(codesOf(await as(expertUser).missions.list({ limit: 100 }))).toEqual(["RUR-PLAN-2027"]);
      expect((await as(expertUser).missions.list({ parliamentId: fenwick.id })).items).toEqual([]);
      await expect(as(expertUser).missions.byId({ id: ids["RUR-ASSESS-2027"]! })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await as(expertUser).missions.byId({ id: plan.id })).toMatchObject({ id: plan.id });

      const outsider = await createUser(db(), { role: "EXPERT", expertId: (await createExpert(db())).id });
      expect((await as(outsider).missions.list({ limit: 100 })).items).toEqual([]);
    });
  });
});

describe("missions.update", () => {
  it("updates with the current version, bumps it, keeps the fields not sent, and refuses the stale version", async () => {
    const parliament = await createParliament(db());
    const created = await as(coordinator).missions.create({
      code: "UPD-2029",
      title: "Before",
      type: "VALIDATION",
      parliamentId: parliament.id,
      objectives: "Re-check the 2024 assessment.",
      phases: [{ kind: "VALIDATION", startDate: "2029-02-05", endDate: "2029-02-09" }],
    });

    const updated = await as(coordinator).missions.update({ id: created.id, version: created.version, title: "After" });
    expect(updated).toMatchObject({
      id: created.id,
      title: "After",
      version: 2,
      objectives: "Re-check the 2024 assessment.",
      code: "UPD-2029",
    });

    const auditBefore = await prisma().auditEvent.count();
    const error = await appErrorOf(
      as(admin).missions.update({ id: created.id, version: created.version, title: "Overwrite" }),
    );
    expect(error).toMatchObject({ trpcCode: "CONFLICT", reason: "STALE_VERSION" });
    expect(error.details?.current).toMatchObject({
      id: created.id,
      title: "After",
      version: 2,
      phases: [{ kind: "VALIDATION" }],
    });

    const row = await prisma().mission.findUniqueOrThrow({
      where: { id: created.id },
      select: { title: true, version: true, objectives: true },
    });
    expect(row).toEqual({ title: "After", version: 2, objectives: "Re-check the 2024 assessment." });
    expect(await prisma().auditEvent.count()).toBe(auditBefore);
  });

  it("answers NOT_FOUND for a mission that does not exist", async () => {
    await expect(
      as(coordinator).missions.update({ id: "no-such-mission", version: 1, title: "x" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("missions.updatePhase", () => {
  it("derives the mission status from its phases: fieldwork → IN_PROGRESS, all finalised → COMPLETED", async () => {
    const parliament = await createParliament(db());
    const mission = await createMission(db(), {
      parliamentId: parliament.id,
      phases: [
        { kind: "ASSESSMENT", startDate: "2029-04-02", endDate: "2029-04-06" },
        { kind: "STRATEGIC_PLAN", startDate: "2029-09-03", endDate: "2029-09-07" },
      ],
    });
    const [assessment, plan] = mission.phases;
    const statusOf = async () => (await as(coordinator).missions.byId({ id: mission.id })).status;
    expect(await statusOf()).toBe("PLANNED");

    const inField = await as(coordinator).missions.updatePhase({
      id: assessment!.id,
      version: assessment!.version,
      status: "FIELDWORK",
      actualStartDate: "2029-04-03",
      startDate: "2029-04-03",
      endDate: "2029-04-08",
    });
    expect(inField).toMatchObject({
      status: "FIELDWORK",
      version: 2,
      startDate: day("2029-04-03"),
      endDate: day("2029-04-08"),
      actualStartDate: day("2029-04-03"),
    });
    expect(await statusOf()).toBe("IN_PROGRESS");

    // A report is finalised once the parliament has reviewed it (the calendar is in the future: actual dates).
    await as(coordinator).missions.updatePhase({ id: assessment!.id, version: 2, status: "PARLIAMENT_REVIEW" });
    await as(coordinator).missions.updatePhase({
      id: assessment!.id,
      version: 3,
      status: "FINALISED",
      actualEndDate: "2029-04-08",
    });
    expect(await statusOf()).toBe("IN_PROGRESS"); // the plan phase is still to come
    const reviewed = await as(coordinator).missions.updatePhase({
      id: plan!.id,
      version: plan!.version,
      status: "PARLIAMENT_REVIEW",
    });
    await as(coordinator).missions.updatePhase({
      id: plan!.id,
      version: reviewed.version,
      status: "FINALISED",
      actualStartDate: "2029-09-03",
      actualEndDate: "2029-09-07",
    });
    expect(await statusOf()).toBe("COMPLETED");
    expect((await prisma().mission.findUniqueOrThrow({ where: { id: mission.id } })).status).toBe("COMPLETED");
  });

  it("refuses an end date before the stored start date with a field error, and a stale version", async () => {
    const parliament = await createParliament(db());
    const mission = await createMission(db(), {
      parliamentId: parliament.id,
      phases: [{ startDate: "2029-10-08", endDate: "2029-10-12" }],
    });
    const phase = mission.phases[0]!;

    const shape = await formattedRejection(
      as(coordinator).missions.updatePhase({ id: phase.id, version: phase.version, endDate: "2029-10-01" }),
    );
    expect(shape.data).toMatchObject({
      code: "BAD_REQUEST",
      problem: { reason: "VALIDATION" },
      fieldErrors: { endDate: [{ code: "endBeforeStart" }] },
    });

    await as(coordinator).missions.updatePhase({ id: phase.id, version: phase.version, location: "Windhoek" });
    const stale = await appErrorOf(
      as(coordinator).missions.updatePhase({ id: phase.id, version: phase.version, location: "Gaborone" }),
    );
    expect(stale).toMatchObject({ trpcCode: "CONFLICT", reason: "STALE_VERSION" });
    expect(stale.details?.current).toMatchObject({ id: phase.id, location: "Windhoek", version: 2 });

    expect(
      await prisma().phase.findUniqueOrThrow({
        where: { id: phase.id },
        select: { endDate: true, location: true, version: true },
      }),
    ).toEqual({
      endDate: day("2029-10-12"),
      location: "Windhoek",
      version: 2,
    });
  });

  it("refuses to move a phase onto another booking of someone on its team", async () => {
    const parliament = await createParliament(db());
    const expert = await createExpert(db());
    const first = await createMission(db(), {
      parliamentId: parliament.id,
      phases: [{ startDate: "2029-11-05", endDate: "2029-11-09" }],
    });
    const second = await createMission(db(), {
      parliamentId: parliament.id,
      phases: [{ startDate: "2029-11-19", endDate: "2029-11-23" }],
    });
    await assignToPhase(db(), first.phases[0]!.id, expert.id, "LEAD");
    await assignToPhase(db(), second.phases[0]!.id, expert.id, "LEAD");
    const phase = second.phases[0]!;

    const error = await appErrorOf(
      as(coordinator).missions.updatePhase({
        id: phase.id,
        version: phase.version,
        startDate: "2029-11-08",
        endDate: "2029-11-12",
      }),
    );
    expect(error).toMatchObject({ trpcCode: "CONFLICT", reason: "PHASE_OVERLAP" });
    expect(error.details?.clashes).toEqual([
      expect.objectContaining({ kind: "phase", phaseId: first.phases[0]!.id, missionCode: first.code }),
    ]);
    expect(
      await prisma().phase.findUniqueOrThrow({
        where: { id: phase.id },
        select: { startDate: true, endDate: true, version: true },
      }),
    ).toEqual({
      startDate: day("2029-11-19"),
      endDate: day("2029-11-23"),
      version: 1,
    });
  });
});

describe("team assignments", () => {
  let missionCode: string;
  let phaseId: string; // 2027-05-03 .. 2027-05-07
  let lead: { id: string };
  let busy: { id: string };

  beforeAll(async () => {
    const parliament = await createParliament(db());
    const mission = await createMission(db(), {
      parliamentId: parliament.id,
      phases: [{ startDate: "2027-05-03", endDate: "2027-05-07" }],
    });
    missionCode = mission.code;
    phaseId = mission.phases[0]!.id;
    lead = await createExpert(db());
    busy = await createExpert(db(), {
      unavailable: [{ startDate: day("2027-05-01"), endDate: day("2027-05-04"), reason: "Budget session" }],
    });
  });

  const teamOf = async (id: string) =>
    await prisma().assignment.findMany({
      where: { phaseId: id },
      select: { expertId: true, role: true, overrideReason: true },
    });

  it("assigns an available expert", async () => {
    const phase = await as(coordinator).missions.assignExpert({ phaseId, expertId: lead.id, role: "LEAD" });
    expect(phase.id).toBe(phaseId);
    expect(phase.team).toEqual([expect.objectContaining({ expertId: lead.id, role: "LEAD", overrideReason: null })]);
    expect(await teamOf(phaseId)).toEqual([{ expertId: lead.id, role: "LEAD", overrideReason: null }]);
    const assignment = await prisma().assignment.findFirstOrThrow({ where: { phaseId, expertId: lead.id } });
    expect(assignment.assignedById).toBe(coordinator.id);
  });

  it("refuses a double booking on an overlapping phase of another mission, naming the clash", async () => {
    const parliament = await createParliament(db());
    const other = await createMission(db(), {
      parliamentId: parliament.id,
      phases: [{ startDate: "2027-05-06", endDate: "2027-05-12" }],
    });
    const before = await rowCounts();

    const error = await appErrorOf(
      as(coordinator).missions.assignExpert({ phaseId: other.phases[0]!.id, expertId: lead.id, role: "MEMBER" }),
    );
    expect(error).toMatchObject({ trpcCode: "CONFLICT", reason: "PHASE_OVERLAP" });
    expect(error.details?.clashes).toEqual([
      {
        kind: "phase",
        phaseId,
        missionCode,
        phaseKind: "ASSESSMENT",
        startDate: day("2027-05-03"),
        endDate: day("2027-05-07"),
      },
    ]);
    expect(error.message.params?.mission).toBe(missionCode);
    expect(await rowCounts()).toEqual(before);
  });

  it("accepts phases that start the day after or end the day before", async () => {
    const parliament = await createParliament(db());
    const after = await createMission(db(), {
      parliamentId: parliament.id,
      phases: [{ startDate: "2027-05-08", endDate: "2027-05-12" }],
    });
    const before = await createMission(db(), {
      parliamentId: parliament.id,
      phases: [{ startDate: "2027-04-26", endDate: "2027-05-02" }],
    });
    await as(coordinator).missions.assignExpert({ phaseId: after.phases[0]!.id, expertId: lead.id, role: "MEMBER" });
    await as(coordinator).missions.assignExpert({ phaseId: before.phases[0]!.id, expertId: lead.id, role: "MEMBER" });
    expect(await prisma().assignment.count({ where: { expertId: lead.id, overrideReason: null } })).toBe(3);
  });

  it("ignores a cancelled phase when looking for clashes", async () => {
    const parliament = await createParliament(db());
    const expert = await createExpert(db());
    const cancelled = await createMission(db(), {
      parliamentId: parliament.id,
      phases: [{ startDate: "2027-05-04", endDate: "2027-05-05", status: "CANCELLED" }],
    });
    await assignToPhase(db(), cancelled.phases[0]!.id, expert.id);
    const phase = await as(coordinator).missions.assignExpert({ phaseId, expertId: expert.id, role: "MEMBER" });
    expect(phase.team.map((t) => t.expertId)).toContain(expert.id);
    await as(coordinator).missions.unassignExpert({ phaseId, expertId: expert.id });
  });

  it("refuses an expert inside one of their unavailable periods", async () => {
    const before = await rowCounts();
    const error = await appErrorOf(
      as(coordinator).missions.assignExpert({ phaseId, expertId: busy.id, role: "MEMBER" }),
    );
    expect(error).toMatchObject({ trpcCode: "CONFLICT", reason: "EXPERT_UNAVAILABLE" });
    expect(error.details?.clashes).toEqual([
      { kind: "unavailability", startDate: day("2027-05-01"), endDate: day("2027-05-04"), reason: "Budget session" },
    ]);
    expect(
      formatted(await rejection(as(coordinator).missions.assignExpert({ phaseId, expertId: busy.id, role: "MEMBER" })))
        .data,
    ).toMatchObject({
      code: "CONFLICT",
      problem: {
        reason: "EXPERT_UNAVAILABLE",
        details: { clashes: [expect.objectContaining({ kind: "unavailability" })] },
      },
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("assigns despite the clash when a coordinator gives a reason, and keeps the reason", async () => {
    const reason = "Agreed with the Clerk: joins remotely for the first two days";
    const phase = await as(coordinator).missions.assignExpert({
      phaseId,
      expertId: busy.id,
      role: "MEMBER",
      overrideReason: reason,
    });
    expect(phase.team).toContainEqual(
      expect.objectContaining({ expertId: busy.id, role: "MEMBER", overrideReason: reason }),
    );
    expect(await teamOf(phaseId)).toContainEqual({ expertId: busy.id, role: "MEMBER", overrideReason: reason });
  });

  it("refuses a second lead and a second assignment of the same expert", async () => {
    const free = await createExpert(db());
    const before = await rowCounts();
    const secondLead = await appErrorOf(
      as(coordinator).missions.assignExpert({ phaseId, expertId: free.id, role: "LEAD" }),
    );
    expect(secondLead).toMatchObject({ trpcCode: "CONFLICT", reason: "DUPLICATE" });
    expect(secondLead.fieldErrors).toEqual({ role: ["phaseHasLead"] });
    await expect(
      as(coordinator).missions.assignExpert({ phaseId, expertId: lead.id, role: "MEMBER" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await rowCounts()).toEqual(before);
  });

  it("unassigns an expert, and answers a stale view (CONFLICT) for someone no longer on the team", async () => {
    const phase = await as(coordinator).missions.unassignExpert({ phaseId, expertId: busy.id });
    expect(phase.team.map((t) => t.expertId)).toEqual([lead.id]);
    expect(await teamOf(phaseId)).toEqual([{ expertId: lead.id, role: "LEAD", overrideReason: null }]);
    await expect(as(coordinator).missions.unassignExpert({ phaseId, expertId: busy.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("shows the admin every change in the audit log, newest first, with only the changed fields", async () => {
    const { items } = await as(admin).audit.list({ limit: 100 });
    expect(items.length).toBeGreaterThan(10);
    const times = items.map((e) => e.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const assignments = await as(admin).audit.list({ entityType: "assignment", limit: 100 });
    expect(assignments.items.every((e) => e.entityType === "assignment")).toBe(true);
    const forBusy = assignments.items.filter((e) => JSON.stringify(e.before ?? e.after).includes(busy.id));
    expect(forBusy.map((e) => e.action)).toEqual(["phase.unassignExpert", "phase.assignExpert"]);
    const [unassigned, assigned] = forBusy;
    expect(assigned).toMatchObject({
      actorRole: "COORDINATOR",
      actor: { id: coordinator.id, email: coordinator.email },
      before: null,
      after: {
        phaseId,
        expertId: busy.id,
        role: "MEMBER",
        overrideReason: "Agreed with the Clerk: joins remotely for the first two days",
      },
    });
    expect(unassigned).toMatchObject({ before: { phaseId, expertId: busy.id, role: "MEMBER" }, after: null });

    const missionEvents = await as(admin).audit.list({ entityType: "mission", limit: 100 });
    const missionUpdate = missionEvents.items.find((e) => e.action === "mission.update");
    expect(missionUpdate?.before).toEqual({ title: "Before", version: 1 });
    expect(missionUpdate?.after).toEqual({ title: "After", version: 2 });
    // One successful update, one event: the refused stale update left no trace.
    expect(missionEvents.items.filter((e) => e.action === "mission.update")).toHaveLength(1);

    const phaseEvents = await as(admin).audit.list({ entityType: "phase", limit: 100 });
    const locationChange = phaseEvents.items.find(
      (e) => (e.after as Record<string, unknown> | null)?.location === "Windhoek",
    );
    expect(locationChange?.before).toEqual({ location: null, version: 1 });
    expect(locationChange?.after).toEqual({ location: "Windhoek", version: 2 });
  });
});

describe("concurrent requests", () => {
  const outcomes = (results: PromiseSettledResult<unknown>[]) =>
    results.map((r) => (r.status === "fulfilled" ? "ok" : (r.reason as { code?: string }).code)).sort();

  it("two updates from the same version: one wins, the other gets CONFLICT", async () => {
    const parliament = await createParliament(db());
    const mission = await createMission(db(), { parliamentId: parliament.id });
    const results = await Promise.allSettled([
      as(coordinator).missions.update({ id: mission.id, version: 1, title: "First" }),
      as(admin).missions.update({ id: mission.id, version: 1, title: "Second" }),
    ]);
    expect(outcomes(results)).toEqual(["CONFLICT", "ok"]);
    const winner = (results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ title: string }>).value
      .title;
    expect(
      await prisma().mission.findUniqueOrThrow({ where: { id: mission.id }, select: { title: true, version: true } }),
    ).toEqual({ title: winner, version: 2 });
  });

  it("one expert booked on two overlapping phases at once: one booking only", async () => {
    const parliament = await createParliament(db());
    const expert = await createExpert(db());
    const a = await createMission(db(), {
      parliamentId: parliament.id,
      phases: [{ startDate: "2033-01-10", endDate: "2033-01-14" }],
    });
    const b = await createMission(db(), {
      parliamentId: parliament.id,
      phases: [{ startDate: "2033-01-12", endDate: "2033-01-16" }],
    });
    const results = await Promise.allSettled([
      as(coordinator).missions.assignExpert({ phaseId: a.phases[0]!.id, expertId: expert.id, role: "MEMBER" }),
      as(coordinator).missions.assignExpert({ phaseId: b.phases[0]!.id, expertId: expert.id, role: "MEMBER" }),
    ]);
    expect(outcomes(results)).toEqual(["CONFLICT", "ok"]);
    expect(await prisma().assignment.count({ where: { expertId: expert.id } })).toBe(1);
  });

  it("two leads assigned to one phase at once: one lead only", async () => {
    // Several phases at once, so that a missing lock shows up reliably on PostgreSQL.
    const parliament = await createParliament(db());
    const rounds = await Promise.all(
      [1, 2, 3, 4, 5].map(async (n) => {
        const mission = await createMission(db(), {
          parliamentId: parliament.id,
          phases: [{ startDate: `2033-02-0${n}`, endDate: "2033-02-11" }],
        });
        return {
          phaseId: mission.phases[0]!.id,
          experts: [await createExpert(db()), await createExpert(db())] as const,
        };
      }),
    );
    const results = await Promise.all(
      rounds.map(({ phaseId, experts: [first, second] }) =>
        Promise.allSettled([
          as(coordinator).missions.assignExpert({ phaseId, expertId: first.id, role: "LEAD" }),
          as(admin).missions.assignExpert({ phaseId, expertId: second.id, role: "LEAD" }),
        ]),
      ),
    );
    for (const [index, { phaseId }] of rounds.entries()) {
      expect(outcomes(results[index]!)).toEqual(["CONFLICT", "ok"]);
      expect(await prisma().assignment.count({ where: { phaseId, role: "LEAD" } })).toBe(1);
    }
  });
});

describe("phase workflow", () => {
  it("moves forward, one step back, to cancelled and back to planned, and refuses the rest", async () => {
    const parliament = await createParliament(db());
    const mission = await createMission(db(), {
      parliamentId: parliament.id,
      phases: [{ startDate: "2033-01-10", endDate: "2033-01-14" }],
    });
    const phase = mission.phases[0]!;
    let version = phase.version;
    const move = async (
      status: "PLANNED" | "FIELDWORK" | "TEAM_CONFIRMED" | "PARLIAMENT_REVIEW" | "FINALISED" | "CANCELLED",
    ) => {
      // The phase is in the future: fieldwork and finalising now need the actual dates.
      const actual = { actualStartDate: "2033-01-10", actualEndDate: "2033-01-14" };
      const updated = await as(coordinator).missions.updatePhase({ id: phase.id, version, status, ...actual });
      version = updated.version;
      return updated.status;
    };
    expect(await move("FIELDWORK")).toBe("FIELDWORK");
    expect(await move("TEAM_CONFIRMED")).toBe("TEAM_CONFIRMED");
    expect(await move("PARLIAMENT_REVIEW")).toBe("PARLIAMENT_REVIEW");
    expect(await move("FINALISED")).toBe("FINALISED");
    const reopen = await appErrorOf(as(coordinator).missions.updatePhase({ id: phase.id, version, status: "PLANNED" }));
    expect(reopen).toMatchObject({ trpcCode: "BAD_REQUEST", reason: "INVALID_TRANSITION" });
    const cancelFinalised = await appErrorOf(
      as(coordinator).missions.updatePhase({ id: phase.id, version, status: "CANCELLED" }),
    );
    expect(cancelFinalised).toMatchObject({ trpcCode: "BAD_REQUEST", reason: "INVALID_TRANSITION" });
    expect((await prisma().phase.findUniqueOrThrow({ where: { id: phase.id } })).status).toBe("FINALISED");
  });

  it("refuses to reinstate a cancelled phase whose expert was booked elsewhere meanwhile", async () => {
    const parliament = await createParliament(db());
    const expert = await createExpert(db());
    const first = await createMission(db(), {
      parliamentId: parliament.id,
      phases: [{ startDate: "2033-06-01", endDate: "2033-06-05" }],
    });
    const firstPhase = first.phases[0]!;
    await as(coordinator).missions.assignExpert({ phaseId: firstPhase.id, expertId: expert.id, role: "LEAD" });
    const cancelled = await as(coordinator).missions.updatePhase({
      id: firstPhase.id,
      version: firstPhase.version,
      status: "CANCELLED",
    });
    const second = await createMission(db(), {
      parliamentId: parliament.id,
      phases: [{ startDate: "2033-06-03", endDate: "2033-06-07" }],
    });
    await as(coordinator).missions.assignExpert({ phaseId: second.phases[0]!.id, expertId: expert.id, role: "LEAD" });

    const reinstated = await appErrorOf(
      as(coordinator).missions.updatePhase({ id: firstPhase.id, version: cancelled.version, status: "PLANNED" }),
    );
    expect(reinstated).toMatchObject({ trpcCode: "CONFLICT", reason: "PHASE_OVERLAP" });
    expect((await prisma().phase.findUniqueOrThrow({ where: { id: firstPhase.id } })).status).toBe("CANCELLED");
  });

  it("records a change of the derived mission status in the audit log", async () => {
    const parliament = await createParliament(db());
    const mission = await createMission(db(), {
      parliamentId: parliament.id,
      phases: [{ startDate: "2033-09-01", endDate: "2033-09-05" }],
    });
    const phase = mission.phases[0]!;
    await as(coordinator).missions.updatePhase({
      id: phase.id,
      version: phase.version,
      status: "FIELDWORK",
      actualStartDate: "2033-09-01",
    });
    const events = await as(admin).audit.list({ entityType: "mission", entityId: mission.id });
    expect(events.items.map((e) => e.action)).toContain("mission.status");
    const statusEvent = events.items.find((e) => e.action === "mission.status")!;
    expect(statusEvent.before).toEqual({ status: "PLANNED" });
    expect(statusEvent.after).toEqual({ status: "IN_PROGRESS" });
  });

  it("hides a coordinator's override reason from the parliament's staff", async () => {
    const parliament = await createParliament(db());
    const staff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId: parliament.id });
    const expert = await createExpert(db(), {
      unavailable: [
        { startDate: day("2034-02-01"), endDate: day("2034-02-10"), reason: "Mission to another parliament" },
      ],
    });
    const mission = await createMission(db(), {
      parliamentId: parliament.id,
      phases: [{ startDate: "2034-02-05", endDate: "2034-02-08" }],
    });
    await as(coordinator).missions.assignExpert({
      phaseId: mission.phases[0]!.id,
      expertId: expert.id,
      role: "MEMBER",
      overrideReason: "Agreed with the other parliament to shorten that mission",
    });
    const forCoordinator = await as(coordinator).missions.byId({ id: mission.id });
    expect(forCoordinator.phases[0]!.team[0]!.overrideReason).toMatch(/other parliament/);
    const forStaff = await as(staff).missions.byId({ id: mission.id });
    expect(forStaff.phases[0]!.team[0]!.expertId).toBe(expert.id);
    expect(forStaff.phases[0]!.team[0]!.overrideReason).toBeNull();

    // Nor do staff get the expert's e-mail, unavailable periods, or an availability search.
    const expertForStaff = await as(staff).experts.byId({ id: expert.id });
    expect(expertForStaff.unavailability).toEqual([]);
    expect(expertForStaff.email).toBeNull();
    expect(
      await appErrorOf(as(staff).experts.list({ availableFrom: day("2034-02-01"), availableTo: day("2034-02-02") })),
    ).toMatchObject({ trpcCode: "FORBIDDEN" });
    expect((await as(coordinator).experts.byId({ id: expert.id })).unavailability).toHaveLength(1);
  });
});

describe("moving a phase whose team was assigned with an override", () => {
  it("re-checks the overridden member against the new dates and needs a new reason for a new clash", async () => {
    const parliament = await createParliament(db());
    const expert = await createExpert(db(), {
      unavailable: [{ startDate: day("2036-04-01"), endDate: day("2036-04-03"), reason: "Budget session" }],
    });
    const other = await createMission(db(), {
      parliamentId: parliament.id,
      phases: [{ startDate: "2036-04-20", endDate: "2036-04-24" }],
    });
    await assignToPhase(db(), other.phases[0]!.id, expert.id, "LEAD");
    const mission = await createMission(db(), {
      parliamentId: parliament.id,
      phases: [{ startDate: "2036-04-02", endDate: "2036-04-06" }],
    });
    const phase = mission.phases[0]!;
    await as(coordinator).missions.assignExpert({
      phaseId: phase.id,
      expertId: expert.id,
      role: "MEMBER",
      overrideReason: "Joins after the budget session",
    });

    // New dates that clash with the expert's other mission: the old reason does not cover it.
    const moved = { id: phase.id, version: phase.version, startDate: day("2036-04-21"), endDate: day("2036-04-23") };
    expect(await appErrorOf(as(coordinator).missions.updatePhase(moved))).toMatchObject({
      trpcCode: "CONFLICT",
      reason: "PHASE_OVERLAP",
    });
    expect((await prisma().phase.findUniqueOrThrow({ where: { id: phase.id } })).startDate).toEqual(day("2036-04-02"));

    const updated = await as(coordinator).missions.updatePhase({
      ...moved,
      overrideReason: "Both missions share the expert's morning sessions",
    });
    expect(updated.startDate).toEqual(day("2036-04-21"));
    expect(updated.team[0]!.overrideReason).toBe("Both missions share the expert's morning sessions");
  });
});

describe("missions.list search", () => {
  it("matches every word against code, title, parliament and programme, and takes % and _ literally", async () => {
    const parliament = await createParliament(db(), { name: "Assembleia da República de Moçambique" });
    const programme = await createProgramme(db());
    const mission = await createMission(db(), { parliamentId: parliament.id, programmeId: programme.id });
    await prisma().mission.update({
      where: { id: mission.id },
      data: { title: "Legislative drafting 100% paperless" },
    });
    const codes = async (search: string) =>
      (await as(coordinator).missions.list({ search, limit: 100 })).items.map((m) => m.code);

    expect(await codes("paperless moçambique")).toEqual([mission.code]);
    expect(await codes("paperless atlantis")).toEqual([]);
    expect(await codes(programme.name)).toEqual([mission.code]);
    expect(await codes("100%")).toEqual([mission.code]);
    // A lone wildcard matches only what contains it, not everything.
    const all = (await as(coordinator).missions.list({ limit: 100 })).items.length;
    expect(all).toBeGreaterThan(1);
    expect(await codes("%")).toEqual([mission.code]);
    expect(await codes("_")).toEqual([]);
  });
});
