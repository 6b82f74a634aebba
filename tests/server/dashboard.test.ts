// The coordinator dashboard and the expert's home (docs/design.md, "Dashboard"): each block
// on a known small set, seen on a fixed day; who may read which; and the dashboard's cost
// in SQL statements, the same for 10 missions as for 1,000.
import { randomUUID } from "node:crypto";
import type { SessionUser } from "@hemicycle/server/context";
import { getDashboardSummary } from "@hemicycle/server/services/dashboard";
import { getExpertHome } from "@hemicycle/server/services/expert-home";
import { ICT_AREA_CODES, PROGRESS_STATUSES, SEVERITIES } from "@hemicycle/shared/enums";
import { HEATMAP_CELLS, heatmapCount, progressCount } from "@hemicycle/shared/schemas/dashboard";
import { beforeAll, describe, expect, it } from "vitest";
import { createExpert, createParliament, createProgramme, createUser, day } from "../factories/records.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { statementCountingClient } from "../helpers/statement-counter.ts";
import { appErrorOf } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const TODAY = day("2027-03-10");

let coordinator: SessionUser;
let lead: SessionUser;
let staff: SessionUser;
let alphaId: string;
let betaId: string;
let programmeId: string;
let e1: string;
let e2: string;

type PhaseRow = {
  kind: "ASSESSMENT" | "STRATEGIC_PLAN" | "VALIDATION" | "WORKSHOP";
  status: "PLANNED" | "FIELDWORK" | "DRAFT_REPORT" | "PARLIAMENT_REVIEW" | "FINALISED";
  start: string;
  end: string;
  due?: string;
};

async function mission(code: string, parliamentId: string, phases: PhaseRow[], programme?: string) {
  return prisma().mission.create({
    data: {
      code,
      title: `Mission ${code}`,
      type: "ASSESSMENT_AND_PLAN",
      parliamentId,
      programmeId: programme ?? null,
      phases: {
        create: phases.map((p) => ({
          kind: p.kind,
          status: p.status,
          startDate: day(p.start),
          endDate: day(p.end),
          reportDueDate: p.due ? day(p.due) : null,
        })),
      },
    },
    select: { id: true, phases: { select: { id: true }, orderBy: { startDate: "asc" } } },
  });
}

beforeAll(async () => {
  alphaId = (await createParliament(db(), { name: "Alpha Assembly" })).id;
  betaId = (await createParliament(db(), { name: "Beta Parliament" })).id;
  await prisma().parliament.update({ where: { id: betaId }, data: { region: "EUROPE" } });
  programmeId = (await createProgramme(db())).id;
  e1 = (await createExpert(db(), { name: "Ada Expert" })).id;
  e2 = (await createExpert(db(), { name: "Bo Expert" })).id;
  coordinator = await createUser(db(), { role: "COORDINATOR" });
  lead = await createUser(db(), { role: "EXPERT", expertId: e1 });
  staff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId: alphaId });

  const a1 = await mission(
    "A1",
    alphaId,
    [
      { kind: "ASSESSMENT", status: "FIELDWORK", start: "2027-03-08", end: "2027-03-12", due: "2027-04-15" },
      { kind: "STRATEGIC_PLAN", status: "PLANNED", start: "2027-03-25", end: "2027-03-29" },
    ],
    programmeId,
  );
  const b1 = await mission("B1", betaId, [
    { kind: "ASSESSMENT", status: "DRAFT_REPORT", start: "2027-01-10", end: "2027-01-14", due: "2027-02-22" },
    { kind: "VALIDATION", status: "PLANNED", start: "2027-05-01", end: "2027-05-05" },
  ]);
  // Delivered (in parliament review) long after its due date: not overdue.
  await mission("C1", betaId, [
    { kind: "ASSESSMENT", status: "PARLIAMENT_REVIEW", start: "2026-10-01", end: "2026-10-05", due: "2026-11-01" },
  ]);
  const [a1Assessment, a1Plan] = a1.phases.map((p) => p.id) as [string, string];
  const [b1Assessment, b1Validation] = b1.phases.map((p) => p.id) as [string, string];
  await prisma().assignment.createMany({
    data: [
      { phaseId: a1Assessment, expertId: e1, role: "LEAD" },
      { phaseId: a1Plan, expertId: e1, role: "LEAD" },
      { phaseId: a1Assessment, expertId: e2, role: "MEMBER" },
      { phaseId: b1Validation, expertId: e2, role: "LEAD" },
    ],
  });
  const finding = (
    phaseId: string,
    area: "LEG" | "SEC" | "WEB",
    severity: "LOW" | "HIGH" | "CRITICAL",
    status: string,
  ) => ({
    phaseId,
    area,
    severity,
    status: status as "VALIDATED",
    kind: "GAP" as const,
    authorId: lead.id,
    title: `${area} ${severity} ${status}`,
    description: "Seen in the field.",
  });
  await prisma().finding.createMany({
    data: [
      finding(a1Assessment, "LEG", "HIGH", "VALIDATED"),
      finding(a1Assessment, "LEG", "HIGH", "VALIDATED"),
      finding(a1Assessment, "SEC", "CRITICAL", "VALIDATED"),
      finding(a1Assessment, "WEB", "LOW", "DRAFT"),
      finding(a1Assessment, "WEB", "HIGH", "REJECTED"),
      finding(b1Assessment, "WEB", "LOW", "VALIDATED"),
    ],
  });
  const inReview = await prisma().roadmap.create({
    data: {
      missionId: a1.id,
      title: "Alpha ICT plan",
      horizonStart: 2027,
      horizonEnd: 2030,
      status: "IN_REVIEW",
      items: {
        create: [
          { title: "DMS", area: "LEG", position: 0 },
          { title: "Backups", area: "SEC", position: 1 },
          { title: "Website", area: "WEB", position: 2, progress: "DONE" },
        ],
      },
    },
    select: { id: true },
  });
  await prisma().roadmapRevision.create({
    data: {
      roadmapId: inReview.id,
      number: 1,
      kind: "SUBMISSION",
      snapshot: {},
      createdAt: new Date("2027-03-03T15:00:00Z"),
    },
  });
  await prisma().roadmap.create({
    data: {
      missionId: b1.id,
      title: "Beta ICT plan",
      horizonStart: 2027,
      horizonEnd: 2029,
      items: { create: [{ title: "Network", area: "INF", position: 0, progress: "BLOCKED" }] },
    },
  });
});

describe("dashboard.summary on a known set", () => {
  const summary = (input = {}) => getDashboardSummary(prisma(), coordinator, input, TODAY);

  it("counts phases and missions by phase status", async () => {
    const s = await summary();
    const by = Object.fromEntries(s.phaseStatus.map((r) => [r.status, r]));
    expect(by.PLANNED).toEqual({ status: "PLANNED", phases: 2, missions: 2 });
    expect(by.FIELDWORK).toEqual({ status: "FIELDWORK", phases: 1, missions: 1 });
    expect(by.DRAFT_REPORT?.phases).toBe(1);
    expect(by.PARLIAMENT_REVIEW?.phases).toBe(1);
  });

  it("lists the phases in the field now and starting within 30 days, with their team size", async () => {
    const s = await summary();
    expect(s.fieldwork.map((p) => [p.missionCode, p.kind, p.when, p.teamSize, p.parliamentName])).toEqual([
      ["A1", "ASSESSMENT", "NOW", 2, "Alpha Assembly"],
      ["A1", "STRATEGIC_PLAN", "SOON", 1, "Alpha Assembly"],
    ]);
  });

  it("lists overdue reports with the days late by the shared rule, not delivered ones", async () => {
    const s = await summary();
    expect(s.overdueReports.map((r) => [r.missionCode, r.kind, r.daysLate])).toEqual([["B1", "ASSESSMENT", 16]]);
  });

  it("lists roadmaps awaiting review with the days since their latest submission", async () => {
    const s = await summary();
    expect(s.awaitingReview.map((r) => [r.missionCode, r.title, r.daysWaiting])).toEqual([["A1", "Alpha ICT plan", 7]]);
  });

  it("counts validated findings by parliament, area and severity, filtered by region and programme", async () => {
    // One row per parliament with findings, every area × severity counted (zeros included).
    const cells = (rows: Awaited<ReturnType<typeof summary>>["heatmap"]) =>
      rows
        .flatMap((r) => {
          expect(r.counts).toHaveLength(HEATMAP_CELLS);
          return ICT_AREA_CODES.flatMap((a) =>
            SEVERITIES.filter((s) => heatmapCount(r.counts, a, s) > 0).map(
              (s) => `${r.name}:${a}:${s}=${heatmapCount(r.counts, a, s)}`,
            ),
          );
        })
        .sort();
    expect(cells((await summary()).heatmap)).toEqual([
      "Alpha Assembly:LEG:HIGH=2",
      "Alpha Assembly:SEC:CRITICAL=1",
      "Beta Parliament:WEB:LOW=1",
    ]);
    expect(cells((await summary({ regionFilter: "EUROPE" })).heatmap)).toEqual(["Beta Parliament:WEB:LOW=1"]);
    expect(cells((await summary({ programmeId })).heatmap)).toEqual([
      "Alpha Assembly:LEG:HIGH=2",
      "Alpha Assembly:SEC:CRITICAL=1",
    ]);
  });

  it("counts roadmap items by progress per parliament", async () => {
    const s = await summary();
    expect(s.roadmapProgress.map((r) => r.name)).toEqual(["Alpha Assembly", "Beta Parliament"]);
    const cells = s.roadmapProgress.flatMap((r) =>
      PROGRESS_STATUSES.filter((p) => progressCount(r.counts, p) > 0).map(
        (p) => `${r.name}:${p}=${progressCount(r.counts, p)}`,
      ),
    );
    expect(cells.sort()).toEqual([
      "Alpha Assembly:DONE=1",
      "Alpha Assembly:NOT_STARTED=2",
      "Beta Parliament:BLOCKED=1",
    ]);
  });

  it("sums each expert's assigned days in the next quarter, clipped to it, busiest first", async () => {
    const s = await summary();
    // Ada: 10–12 March (3 days, the phase began on the 8th) + 25–29 March (5). Bo: 3 + 5.
    expect(s.workload.map((w) => [w.expertName, w.days, w.phases])).toEqual([
      ["Ada Expert", 8, 2],
      ["Bo Expert", 8, 2],
    ]);
  });

  it("is the managers': experts and staff are refused", async () => {
    await expect(callerFor(db(), coordinator).dashboard.summary({})).resolves.toHaveProperty("phaseStatus");
    expect((await appErrorOf(callerFor(db(), lead).dashboard.summary({}))).reason).toBe("FORBIDDEN");
    expect((await appErrorOf(callerFor(db(), staff).dashboard.summary({}))).reason).toBe("FORBIDDEN");
  });
});

describe("dashboard.expertHome", () => {
  it("shows the expert's phases with role, their drafts and rejected findings, and deadlines", async () => {
    const home = await getExpertHome(prisma(), lead, TODAY);
    expect(home.phases.map((p) => [p.mission.code, p.kind, p.role, p.when])).toEqual([
      ["A1", "ASSESSMENT", "LEAD", "CURRENT"],
      ["A1", "STRATEGIC_PLAN", "LEAD", "UPCOMING"],
    ]);
    expect(home.findings.map((f) => f.status).sort()).toEqual(["DRAFT", "REJECTED"]);
    expect(home.deadlines.map((d) => [d.mission.code, d.reportDueDate, d.daysLate])).toEqual([
      ["A1", day("2027-04-15"), 0],
    ]);
  });

  it("is the experts' own: another expert sees nothing of it", async () => {
    const other = await createUser(db(), { role: "EXPERT", expertId: (await createExpert(db())).id });
    const home = await callerFor(db(), other).dashboard.expertHome();
    expect(home.phases).toEqual([]);
    expect(home.findings).toEqual([]);
    expect((await appErrorOf(callerFor(db(), coordinator).dashboard.expertHome())).reason).toBe("FORBIDDEN");
  });
});

const countingClient = () => statementCountingClient(db());

/** `n` more missions, each with two phases, a team, findings and a roadmap with items. */
async function addMissions(n: number, parliamentIds: string[], expertIds: string[]) {
  const missions = Array.from({ length: n }, (_, i) => ({
    id: randomUUID(),
    code: `BULK-${randomUUID().slice(0, 8)}`,
    title: `Bulk mission ${i}`,
    type: "ASSESSMENT_AND_PLAN" as const,
    parliamentId: parliamentIds[i % parliamentIds.length]!,
  }));
  const phases = missions.flatMap((m, i) => [
    {
      id: randomUUID(),
      missionId: m.id,
      kind: "ASSESSMENT" as const,
      status: (i % 3 === 0 ? "DRAFT_REPORT" : "FIELDWORK") as "FIELDWORK",
      startDate: day("2027-03-01"),
      endDate: day("2027-03-05"),
      reportDueDate: day("2027-03-01"),
    },
    {
      id: randomUUID(),
      missionId: m.id,
      kind: "STRATEGIC_PLAN" as const,
      status: "PLANNED" as const,
      startDate: day("2027-03-20"),
      endDate: day("2027-03-24"),
    },
  ]);
  const roadmaps = missions.map((m, i) => ({
    id: randomUUID(),
    missionId: m.id,
    title: `Plan ${i}`,
    horizonStart: 2027,
    horizonEnd: 2030,
    status: (i % 2 ? "IN_REVIEW" : "DRAFT") as "DRAFT",
  }));
  await prisma().mission.createMany({ data: missions });
  await prisma().phase.createMany({ data: phases });
  await prisma().assignment.createMany({
    data: phases.map((p, i) => ({ phaseId: p.id, expertId: expertIds[i % expertIds.length]!, role: "LEAD" as const })),
  });
  await prisma().finding.createMany({
    data: phases
      .filter((p) => p.kind === "ASSESSMENT")
      .map((p) => ({
        phaseId: p.id,
        area: "LEG" as const,
        kind: "GAP" as const,
        severity: "HIGH" as const,
        status: "VALIDATED" as const,
        title: "Bulk finding",
        description: "Seen in the field.",
        authorId: lead.id,
      })),
  });
  await prisma().roadmap.createMany({ data: roadmaps });
  await prisma().roadmapItem.createMany({
    data: roadmaps.map((r) => ({ roadmapId: r.id, title: "Item", area: "LEG" as const, position: 0 })),
  });
  await prisma().roadmapRevision.createMany({
    data: roadmaps.map((r) => ({ roadmapId: r.id, number: 1, kind: "SUBMISSION" as const, snapshot: {} })),
  });
}

describe("dashboard.summary's cost", () => {
  it("is the same fixed number of SQL statements for 10 missions and for 1,000", async () => {
    const parliaments = [alphaId, betaId];
    const experts = [e1, e2];
    const { client, counter } = countingClient();
    try {
      // 3 missions so far: up to 10, then up to 1,000.
      await addMissions(7, parliaments, experts);
      expect(await prisma().mission.count()).toBe(10);
      await getDashboardSummary(client, coordinator, {}, TODAY); // warms the connection up
      counter.statements = 0;
      const small = await getDashboardSummary(client, coordinator, { regionFilter: "SADC", programmeId }, TODAY);
      const atTen = counter.statements;

      await addMissions(990, parliaments, experts);
      expect(await prisma().mission.count()).toBe(1000);
      counter.statements = 0;
      const large = await getDashboardSummary(client, coordinator, { regionFilter: "SADC", programmeId }, TODAY);
      const atThousand = counter.statements;

      expect(atTen).toBe(8);
      expect(atThousand).toBe(atTen);
      // The data did grow: the same statements now aggregate many more rows.
      expect(large.awaitingReview.length).toBeGreaterThan(small.awaitingReview.length);
      expect(large.overdueReports.length).toBe(50);
    } finally {
      await client.$disconnect();
    }
  }, 120_000);
});
