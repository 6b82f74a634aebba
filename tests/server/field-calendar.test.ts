// The field calendar (calendar.range): who is where on a known set, per expert and per
// mission; clashes (a phase ending on the day another starts overlaps; a phase inside an
// unavailable period) and overrides; edge days; the range cap; an expert's scope, a
// denial; and its cost in SQL statements, the same however many missions there are.
import { randomUUID } from "node:crypto";
import type { SessionUser } from "@hemicycle/server/context";
import { calendarRange } from "@hemicycle/server/services/field-calendar";
import { beforeAll, describe, expect, it } from "vitest";
import { createExpert, createParliament, createUser, day } from "../factories/records.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { statementCountingClient } from "../helpers/statement-counter.ts";
import { appErrorOf, issuePaths, rejection } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

let coordinator: SessionUser;
let expertB: SessionUser;
let staff: SessionUser;
let outsider: SessionUser;
let parliamentId: string;
const ids = { a: "", b: "", m1p1: "", m2p: "", m3p: "", m4p: "", m6p: "" };

async function mission(
  code: string,
  phase: { start: string; end: string; status?: "CANCELLED" },
  team: { expertId: string; role?: "LEAD" | "MEMBER"; overrideReason?: string }[],
) {
  const created = await prisma().mission.create({
    data: {
      code,
      title: `Mission ${code}`,
      type: "ASSESSMENT_AND_PLAN",
      parliamentId,
      phases: {
        create: [
          {
            kind: "ASSESSMENT",
            startDate: day(phase.start),
            endDate: day(phase.end),
            status: phase.status ?? "PLANNED",
            location: `${code} city`,
            team: {
              create: team.map((m) => ({
                expertId: m.expertId,
                role: m.role ?? "MEMBER",
                overrideReason: m.overrideReason ?? null,
              })),
            },
          },
        ],
      },
    },
    select: { phases: { select: { id: true } } },
  });
  return created.phases[0]!.id;
}

beforeAll(async () => {
  coordinator = await createUser(db(), { role: "COORDINATOR" });
  const parliament = await createParliament(db(), { name: "Parliament of Calendaria", countryCode: "ZM" });
  parliamentId = parliament.id;
  const a = await createExpert(db(), {
    name: "Ada Calendar",
    unavailable: [{ startDate: day("2027-03-20"), endDate: day("2027-03-25"), reason: "Leave" }],
  });
  const b = await createExpert(db(), { name: "Bo Calendar" });
  ids.a = a.id;
  ids.b = b.id;
  ids.m1p1 = await mission("CAL-M1", { start: "2027-03-01", end: "2027-03-05" }, [
    { expertId: a.id, role: "LEAD" },
    { expertId: b.id },
  ]);
  // Starts the day M1's phase ends: a clash, kept by a coordinator.
  ids.m2p = await mission("CAL-M2", { start: "2027-03-05", end: "2027-03-09" }, [
    { expertId: a.id, overrideReason: "Both teams agreed to share Ada on the 5th" },
  ]);
  // Inside Ada's leave (overridden); Bo is free.
  ids.m3p = await mission("CAL-M3", { start: "2027-03-24", end: "2027-03-28" }, [
    { expertId: a.id, overrideReason: "Leave moved" },
    { expertId: b.id },
  ]);
  // Starts the day after M1's phase ends: no clash for Bo.
  ids.m4p = await mission("CAL-M4", { start: "2027-03-06", end: "2027-03-10" }, [{ expertId: b.id }]);
  // Cancelled: neither shown nor a clash.
  await mission("CAL-M5", { start: "2027-03-02", end: "2027-03-03", status: "CANCELLED" }, [{ expertId: a.id }]);
  // Nobody on it yet: shown per mission only.
  ids.m6p = await mission("CAL-M6", { start: "2027-03-15", end: "2027-03-16" }, []);

  expertB = await createUser(db(), { role: "EXPERT", expertId: b.id });
  const loner = await createExpert(db(), { name: "Lone Calendar" });
  outsider = await createUser(db(), { role: "EXPERT", expertId: loner.id });
  staff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId });
});

const MARCH = { from: day("2027-03-01"), to: day("2027-03-31") };

describe("calendar.range per expert", () => {
  it("lists each expert's bars in the range, their clashes once each and their overrides", async () => {
    const result = await as(coordinator).calendar.range({ ...MARCH, by: "expert" });
    expect(result.rows.map((r) => r.expert?.name)).toEqual(["Ada Calendar", "Bo Calendar"]);
    const [ada, bo] = result.rows;

    expect(ada!.entries.map((e) => [e.mission.code, e.role, e.overridden, e.conflictCount])).toEqual([
      ["CAL-M1", "LEAD", false, 1],
      ["CAL-M2", "MEMBER", true, 1],
      ["CAL-M3", "MEMBER", true, 1],
    ]);
    expect(ada!.entries[0]).toMatchObject({
      parliament: { name: "Parliament of Calendaria", countryCode: "ZM" },
      phaseKind: "ASSESSMENT",
      phaseStatus: "PLANNED",
      location: "CAL-M1 city",
      startDate: day("2027-03-01"),
      endDate: day("2027-03-05"),
    });
    // The M1–M2 clash (the 5th, both ends included) is listed once, then the leave.
    expect(ada!.conflicts).toEqual([
      {
        expert: { id: ids.a, name: "Ada Calendar" },
        phase: expect.objectContaining({ id: ids.m1p1, missionCode: "CAL-M1" }),
        clash: expect.objectContaining({ kind: "phase", phaseId: ids.m2p, missionCode: "CAL-M2" }),
      },
      {
        expert: { id: ids.a, name: "Ada Calendar" },
        phase: expect.objectContaining({ id: ids.m3p, missionCode: "CAL-M3" }),
        clash: {
          kind: "unavailability",
          startDate: day("2027-03-20"),
          endDate: day("2027-03-25"),
          reason: "Leave",
        },
      },
    ]);
    expect(ada!.overrides.map((o) => [o.phase.missionCode, o.reason])).toEqual([
      ["CAL-M2", "Both teams agreed to share Ada on the 5th"],
      ["CAL-M3", "Leave moved"],
    ]);

    // Bo ends M1 on the 5th and starts M4 on the 6th: no clash.
    expect(bo!.entries.map((e) => e.mission.code)).toEqual(["CAL-M1", "CAL-M4", "CAL-M3"]);
    expect(bo!.conflicts).toEqual([]);
    expect(bo!.overrides).toEqual([]);
  });

  it("counts the edge days in: a one-day range on a phase's last day shows it, with clashes beyond the range", async () => {
    const result = await as(coordinator).calendar.range({ from: day("2027-03-09"), to: day("2027-03-09") });
    expect(result.rows.map((r) => [r.expert?.name, r.entries.map((e) => e.mission.code)])).toEqual([
      ["Ada Calendar", ["CAL-M2"]],
      ["Bo Calendar", ["CAL-M4"]],
    ]);
    // M1's phase is outside the range, its clash with M2 is still told.
    expect(result.rows[0]!.conflicts.map((c) => c.clash.kind === "phase" && c.clash.missionCode)).toEqual(["CAL-M1"]);

    const dayBefore = await as(coordinator).calendar.range({ from: day("2027-02-28"), to: day("2027-02-28") });
    expect(dayBefore.rows).toEqual([]);
  });

  it("narrows to one expert, a mission or a programme", async () => {
    const bo = await as(coordinator).calendar.range({ ...MARCH, expertId: ids.b });
    expect(bo.rows.map((r) => r.expert?.name)).toEqual(["Bo Calendar"]);
    const m2 = await as(coordinator).calendar.range({ ...MARCH, by: "mission", missionId: await missionIdOf(ids.m2p) });
    expect(m2.rows.map((r) => r.mission?.code)).toEqual(["CAL-M2"]);
    const none = await as(coordinator).calendar.range({ ...MARCH, programmeId: "no-such-programme" });
    expect(none.rows).toEqual([]);
  });
});

async function missionIdOf(phaseId: string) {
  return (await prisma().phase.findUniqueOrThrow({ where: { id: phaseId }, select: { missionId: true } })).missionId;
}

describe("calendar.range per mission", () => {
  it("gives one row per mission in date order, with a phase nobody is on yet", async () => {
    const result = await as(coordinator).calendar.range({ ...MARCH, by: "mission" });
    expect(result.rows.map((r) => r.mission?.code)).toEqual(["CAL-M1", "CAL-M2", "CAL-M4", "CAL-M6", "CAL-M3"]);
    const m1 = result.rows[0]!;
    expect(m1.entries.map((e) => [e.expert?.name, e.role])).toEqual([
      ["Ada Calendar", "LEAD"],
      ["Bo Calendar", "MEMBER"],
    ]);
    expect(m1.conflicts.map((c) => [c.expert.name, c.clash.kind === "phase" && c.clash.missionCode])).toEqual([
      ["Ada Calendar", "CAL-M2"],
    ]);
    const m6 = result.rows[3]!;
    expect(m6.entries).toEqual([expect.objectContaining({ phaseId: ids.m6p, expert: null, role: null })]);
    const m3 = result.rows[4]!;
    expect(m3.overrides).toEqual([
      expect.objectContaining({ expert: { id: ids.a, name: "Ada Calendar" }, reason: "Leave moved" }),
    ]);
  });
});

describe("calendar.range's reach", () => {
  it("shows an expert the missions they are on, and the clashes they may see", async () => {
    const result = await as(expertB).calendar.range({ ...MARCH, by: "mission" });
    expect(result.rows.map((r) => r.mission?.code)).toEqual(["CAL-M1", "CAL-M4", "CAL-M3"]);
    const perExpert = await as(expertB).calendar.range({ ...MARCH });
    const ada = perExpert.rows.find((r) => r.expert?.id === ids.a)!;
    // M2 is not Bo's mission: Ada's bar there, and its clash with M1, are not shown to Bo.
    expect(ada.entries.map((e) => e.mission.code)).toEqual(["CAL-M1", "CAL-M3"]);
    expect(ada.conflicts.map((c) => c.clash.kind)).toEqual(["unavailability"]);
    expect(ada.overrides.map((o) => [o.phase.missionCode, o.reason])).toEqual([["CAL-M3", "Leave moved"]]);
  });

  it("shows an expert on no mission nothing, and refuses parliament staff", async () => {
    expect((await as(outsider).calendar.range(MARCH)).rows).toEqual([]);
    expect((await appErrorOf(as(staff).calendar.range(MARCH))).reason).toBe("FORBIDDEN");
  });

  it("refuses a range that ends before it starts or spans more than a year", async () => {
    const backwards = await rejection(
      as(coordinator).calendar.range({ from: day("2027-03-02"), to: day("2027-03-01") }),
    );
    expect(issuePaths(backwards)).toContain("to");
    const tooLong = await rejection(as(coordinator).calendar.range({ from: day("2027-01-01"), to: day("2028-01-02") }));
    expect(issuePaths(tooLong)).toContain("to");
    const year = await as(coordinator).calendar.range({ from: day("2027-01-01"), to: day("2027-12-31") });
    expect(year.rows.length).toBe(2);
  });
});

const countingClient = () => statementCountingClient(db());

describe("calendar.range's cost", () => {
  it("is the same fixed number of SQL statements for a handful of phases and for hundreds", async () => {
    const { client, counter } = countingClient();
    try {
      const input = { ...MARCH, by: "expert" as const };
      await calendarRange(client, coordinator, input); // warms the connection up
      counter.statements = 0;
      const small = await calendarRange(client, coordinator, input);
      const few = counter.statements;

      const experts = await Promise.all(
        Array.from({ length: 20 }, (_, i) => createExpert(db(), { name: `Bulk ${i}` })),
      );
      const missions = Array.from({ length: 300 }, (_, i) => ({
        id: randomUUID(),
        code: `CAL-BULK-${i}`,
        title: `Bulk ${i}`,
        type: "WORKSHOP" as const,
        parliamentId,
      }));
      await prisma().mission.createMany({ data: missions });
      const phases = missions.map((m, i) => ({
        id: randomUUID(),
        missionId: m.id,
        kind: "WORKSHOP" as const,
        startDate: day(`2027-03-${String((i % 28) + 1).padStart(2, "0")}`),
        endDate: day(`2027-03-${String((i % 28) + 1).padStart(2, "0")}`),
      }));
      await prisma().phase.createMany({ data: phases });
      await prisma().assignment.createMany({
        data: phases.map((p, i) => ({
          phaseId: p.id,
          expertId: experts[i % experts.length]!.id,
          role: "MEMBER" as const,
        })),
      });

      counter.statements = 0;
      const large = await calendarRange(client, coordinator, input);
      const many = counter.statements;
      // Three queries, each reading its relations in the same statement (relationJoins).
      expect(few).toBe(3);
      expect(many).toBe(few);
      expect(large.rows.length).toBe(small.rows.length + 20);
    } finally {
      await client.$disconnect();
    }
  }, 120_000);
});
