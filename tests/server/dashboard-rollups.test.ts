// The dashboard's rollups (migration dashboard_rollups, docs/decisions/0020-dashboard-rollups.md):
// the counters the database keeps in the transaction of every write must equal what the
// data says, whoever writes and however many at once. Checked three ways: the summary read
// from them equals the summary recomputed from the tables (the statements the dashboard ran
// before the rollups) on the demo data and on a small bench seed; every counter table
// equals its recount after each kind of write the database allows; and after many
// concurrent writes that move counts (on PostgreSQL they really run at once; PGlite runs
// one transaction at a time, so there the same writes run in turn).
import { randomUUID } from "node:crypto";
import type { SessionUser } from "@hemicycle/server/context";
import { getDashboardSummary } from "@hemicycle/server/services/dashboard";
import {
  HEATMAP_CELLS,
  heatmapCount,
  progressCount,
  type DashboardCounts,
  type TDashboardSummaryInput,
} from "@hemicycle/shared/schemas/dashboard";
import { seedDemoData } from "@hemicycle/server/seed/seed-demo";
import {
  FINDING_STATUSES,
  ICT_AREA_CODES as AREAS,
  PHASE_STATUSES,
  PROGRESS_STATUSES,
  SEVERITIES,
} from "@hemicycle/shared/enums";
import { describe, expect, it } from "vitest";
import { REFERENCE_DAY, seedBench } from "../../bench/seed/seed.ts";
import { createUser } from "../factories/records.ts";
import { type Database, useTestDatabase } from "../helpers/database.ts";

const demo = useTestDatabase();
const bench = useTestDatabase();

type Row = Record<string, unknown>;
const sorted = (rows: Row[]) =>
  rows.map((row) => JSON.stringify(row, Object.keys(row).sort())).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** The dashboard's counts computed from the tables, as its statements did before the rollups. */
async function recomputed(db: Database, filters: { regionFilter?: string; programmeId?: string } = {}) {
  const prisma = db.prisma;
  const phaseStatus = await prisma.$queryRawUnsafe<Row[]>(
    `SELECT status::text, count(*)::int AS phases, count(DISTINCT "missionId")::int AS missions
       FROM phases GROUP BY status`,
  );
  const heat = await prisma.$queryRawUnsafe<Row[]>(
    `SELECT pa.id AS "parliamentId", pa.name AS "parliamentName", f.area::text, f.severity::text, count(*)::int AS count
       FROM findings f JOIN phases p ON p.id = f."phaseId" JOIN missions m ON m.id = p."missionId"
       JOIN parliaments pa ON pa.id = m."parliamentId"
      WHERE f.status = 'VALIDATED' AND ($1::text IS NULL OR pa.region::text = $1) AND ($2::text IS NULL OR m."programmeId" = $2)
      GROUP BY pa.id, pa.name, f.area, f.severity`,
    filters.regionFilter ?? null,
    filters.programmeId ?? null,
  );
  const progress = await prisma.$queryRawUnsafe<Row[]>(
    `SELECT pa.id AS "parliamentId", pa.name AS "parliamentName", ri.progress::text, count(*)::int AS count
       FROM roadmap_items ri JOIN roadmaps r ON r.id = ri."roadmapId" JOIN missions m ON m.id = r."missionId"
       JOIN parliaments pa ON pa.id = m."parliamentId"
      GROUP BY pa.id, pa.name, ri.progress`,
  );
  return { phaseStatus, heat, progress };
}

/** Every counter table next to its recount from the tables (rows at 0 left out of both). */
async function tallies(db: Database) {
  const read = (sql: string) => db.prisma.$queryRawUnsafe<Row[]>(sql).then(sorted);
  return {
    phaseStatus: await read(
      `SELECT status::text, phases, missions FROM phase_status_tallies WHERE phases <> 0 OR missions <> 0`,
    ),
    missionPhases: await read(
      `SELECT "missionId", status::text, phases FROM mission_phase_status_tallies WHERE phases <> 0`,
    ),
    findings: await read(
      `SELECT "parliamentId", area::text, severity::text, count FROM validated_finding_tallies WHERE count <> 0`,
    ),
    programmeFindings: await read(
      `SELECT "programmeId", "parliamentId", area::text, severity::text, count FROM programme_finding_tallies WHERE count <> 0`,
    ),
    items: await read(`SELECT "parliamentId", progress::text, count FROM roadmap_item_tallies WHERE count <> 0`),
  };
}

async function recounts(db: Database) {
  const read = (sql: string) => db.prisma.$queryRawUnsafe<Row[]>(sql).then(sorted);
  const validated = `FROM findings f JOIN phases p ON p.id = f."phaseId" JOIN missions m ON m.id = p."missionId"
                     WHERE f.status = 'VALIDATED'`;
  return {
    phaseStatus: await read(
      `SELECT status::text, count(*)::int AS phases, count(DISTINCT "missionId")::int AS missions FROM phases GROUP BY status`,
    ),
    missionPhases: await read(
      `SELECT "missionId", status::text, count(*)::int AS phases FROM phases GROUP BY "missionId", status`,
    ),
    findings: await read(
      `SELECT m."parliamentId", f.area::text, f.severity::text, count(*)::int AS count ${validated}
        GROUP BY m."parliamentId", f.area, f.severity`,
    ),
    programmeFindings: await read(
      `SELECT m."programmeId", m."parliamentId", f.area::text, f.severity::text, count(*)::int AS count ${validated}
          AND m."programmeId" IS NOT NULL GROUP BY m."programmeId", m."parliamentId", f.area, f.severity`,
    ),
    items: await read(
      `SELECT m."parliamentId", ri.progress::text, count(*)::int AS count
         FROM roadmap_items ri JOIN roadmaps r ON r.id = ri."roadmapId" JOIN missions m ON m.id = r."missionId"
        GROUP BY m."parliamentId", ri.progress`,
    ),
  };
}

async function expectExact(db: Database) {
  expect(await tallies(db)).toEqual(await recounts(db));
}

/**
 * The summary's compact heat map and progress (one row per parliament, counts in the shared
 * order) spelled out as the recomputation's rows: one per non-zero cell. Every row has all
 * its cells and at least one count (a parliament with none is left out, as the recount has
 * no row for it).
 */
function heatCells(rows: DashboardCounts[]): Row[] {
  return rows.flatMap(({ id, name, counts }) => {
    expect(counts).toHaveLength(HEATMAP_CELLS);
    expect(counts.some((n) => n > 0)).toBe(true);
    return AREAS.flatMap((area) =>
      SEVERITIES.filter((severity) => heatmapCount(counts, area, severity) !== 0).map((severity) => ({
        parliamentId: id,
        parliamentName: name,
        area,
        severity,
        count: heatmapCount(counts, area, severity),
      })),
    );
  });
}

function progressCells(rows: DashboardCounts[]): Row[] {
  return rows.flatMap(({ id, name, counts }) => {
    expect(counts).toHaveLength(PROGRESS_STATUSES.length);
    expect(counts.some((n) => n > 0)).toBe(true);
    return PROGRESS_STATUSES.filter((progress) => progressCount(counts, progress) !== 0).map((progress) => ({
      parliamentId: id,
      parliamentName: name,
      progress,
      count: progressCount(counts, progress),
    }));
  });
}

async function expectSummaryAsRecomputed(db: Database, manager: SessionUser, now: Date) {
  const programmes = await db.prisma.programme.findMany({ select: { id: true }, take: 2, orderBy: { name: "asc" } });
  const cases: TDashboardSummaryInput[] = [
    {},
    { regionFilter: "SADC" },
    { regionFilter: "EUROPE" },
    ...programmes.map((p) => ({ programmeId: p.id })),
    { regionFilter: "SADC", programmeId: programmes[0]?.id },
  ];
  for (const filters of cases) {
    const summary = await getDashboardSummary(db.prisma, manager, filters, now);
    const direct = await recomputed(db, filters);
    expect(sorted(summary.phaseStatus), JSON.stringify(filters)).toEqual(sorted(direct.phaseStatus));
    expect(sorted(heatCells(summary.heatmap)), JSON.stringify(filters)).toEqual(sorted(direct.heat));
    expect(sorted(progressCells(summary.roadmapProgress))).toEqual(sorted(direct.progress));
    // One row per parliament, by name (the order the client shows them in).
    for (const rows of [summary.heatmap, summary.roadmapProgress]) {
      const names = rows.map((row) => row.name);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    }
  }
}

describe("the dashboard read from its rollups", () => {
  it("equals the summary recomputed from the tables, on the demo data", async () => {
    await seedDemoData(demo().prisma);
    const manager = await createUser(demo(), { role: "COORDINATOR" });
    expect(await demo().prisma.finding.count({ where: { status: "VALIDATED" } })).toBeGreaterThan(0);
    await expectExact(demo());
    await expectSummaryAsRecomputed(demo(), manager, new Date());
  }, 120_000);

  it("equals the summary recomputed from the tables, on a small bench seed", async () => {
    await seedBench(bench(), { scale: 0.002 });
    const manager = await createUser(bench(), { role: "ADMIN" });
    expect(await bench().prisma.finding.count({ where: { status: "VALIDATED" } })).toBeGreaterThan(100);
    await expectExact(bench());
    await expectSummaryAsRecomputed(bench(), manager, new Date(`${REFERENCE_DAY}T12:00:00Z`));
  }, 180_000);
});

/** A deterministic draw, so that a failure can be replayed. */
function draw(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
}

type Ids = {
  findings: string[];
  phases: string[];
  missions: string[];
  items: string[];
  roadmaps: string[];
  parliaments: string[];
  programmes: (string | null)[];
};

async function ids(db: Database): Promise<Ids> {
  const pick = (sql: string) => db.prisma.$queryRawUnsafe<{ id: string }[]>(sql).then((rows) => rows.map((r) => r.id));
  return {
    findings: await pick(`SELECT id FROM findings ORDER BY id`),
    phases: await pick(`SELECT id FROM phases ORDER BY id`),
    missions: await pick(`SELECT id FROM missions ORDER BY id`),
    items: await pick(`SELECT id FROM roadmap_items ORDER BY id`),
    roadmaps: await pick(`SELECT id FROM roadmaps ORDER BY id`),
    parliaments: await pick(`SELECT id FROM parliaments ORDER BY id`),
    programmes: [...(await pick(`SELECT id FROM programmes ORDER BY id`)), null],
  };
}

/** One write that may move counts, as one transaction; `heavy` ones delete or move whole records. */
function write(db: Database, pick: ReturnType<typeof draw>, all: Ids, heavy: boolean): () => Promise<unknown> {
  const prisma = db.prisma;
  const light = [
    () => prisma.finding.updateMany({ where: { id: pick(all.findings) }, data: { status: pick(FINDING_STATUSES) } }),
    () =>
      prisma.finding.updateMany({
        where: { id: pick(all.findings) },
        data: { status: "VALIDATED", severity: pick(SEVERITIES) },
      }),
    () => prisma.finding.updateMany({ where: { id: pick(all.findings) }, data: { area: pick(AREAS) } }),
    () =>
      prisma.finding.updateMany({
        where: { id: { in: [pick(all.findings), pick(all.findings), pick(all.findings)] } },
        data: { status: "VALIDATED" },
      }),
    () =>
      prisma.$transaction(async (tx) => {
        const source = await tx.finding.findFirst({
          where: { id: pick(all.findings) },
          select: { phaseId: true, authorId: true },
        });
        if (!source) return;
        await tx.finding.create({
          data: {
            phaseId: source.phaseId,
            authorId: source.authorId,
            area: pick(AREAS),
            kind: "GAP",
            severity: pick(SEVERITIES),
            title: `Race ${randomUUID()}`,
            description: "Written by the rollup race test.",
            status: pick(FINDING_STATUSES),
          },
        });
      }),
    () => prisma.finding.deleteMany({ where: { id: pick(all.findings) } }),
    () => prisma.phase.updateMany({ where: { id: pick(all.phases) }, data: { status: pick(PHASE_STATUSES) } }),
    () =>
      prisma.phase.updateMany({
        where: { missionId: pick(all.missions) },
        data: { status: pick(PHASE_STATUSES) },
      }),
    () =>
      prisma.roadmapItem.updateMany({ where: { id: pick(all.items) }, data: { progress: pick(PROGRESS_STATUSES) } }),
    () => prisma.roadmapItem.deleteMany({ where: { id: pick(all.items) } }),
    () =>
      prisma.$transaction(async (tx) => {
        // Two writes in one transaction: a validation and an item's progress.
        await tx.finding.updateMany({ where: { id: pick(all.findings) }, data: { status: "VALIDATED" } });
        await tx.roadmapItem.updateMany({
          where: { id: pick(all.items) },
          data: { progress: pick(PROGRESS_STATUSES) },
        });
      }),
  ];
  const moves = [
    () =>
      prisma.mission.updateMany({ where: { id: pick(all.missions) }, data: { parliamentId: pick(all.parliaments) } }),
    () => prisma.mission.updateMany({ where: { id: pick(all.missions) }, data: { programmeId: pick(all.programmes) } }),
    () => prisma.phase.deleteMany({ where: { id: pick(all.phases) } }),
    () => prisma.roadmap.deleteMany({ where: { id: pick(all.roadmaps) } }),
    () => prisma.mission.deleteMany({ where: { id: pick(all.missions) } }),
  ];
  return pick(heavy ? moves : light);
}

function refusedByTheDatabase(reason: unknown): boolean {
  const text = String(reason);
  return /deadlock/i.test(text) || (reason as { code?: string } | null)?.code === "P2003" || /foreign key/i.test(text);
}

describe("the rollups stay exact", () => {
  it("after each kind of write, one at a time", async () => {
    const all = await ids(bench());
    const pick = draw(7);
    for (let i = 0; i < 60; i++) {
      await write(bench(), pick, all, i % 6 === 5)();
      await expectExact(bench());
    }
  }, 180_000);

  it("after many concurrent writes that move counts (really concurrent on PostgreSQL)", async () => {
    const all = await ids(bench());
    const pick = draw(11);
    const failures: string[] = [];
    for (let round = 0; round < 8; round++) {
      const writes = Array.from({ length: 40 }, (_, i) => write(bench(), pick, all, i % 10 === 9));
      const results = await Promise.allSettled(writes.map((run) => run()));
      for (const result of results)
        // A deadlock between rival counter updates is PostgreSQL's to detect and refuse
        // (40P01), and so is a finding written into a phase that a rival transaction is
        // deleting (its foreign key, P2003, once the deletion commits): either refused
        // transaction leaves no count behind. Nothing else may fail.
        if (result.status === "rejected" && !refusedByTheDatabase(result.reason)) failures.push(String(result.reason));
      await expectExact(bench());
    }
    expect(failures).toEqual([]);
    // A restored backup recounts them (server/src/db/backup.ts): the recount is the same.
    await bench().prisma.$executeRawUnsafe(`UPDATE validated_finding_tallies SET count = count + 7`);
    await bench().prisma.$queryRawUnsafe(`SELECT "dashboard_tallies_rebuild"()::text`);
    await expectExact(bench());
    const manager = await createUser(bench(), { role: "COORDINATOR" });
    await expectSummaryAsRecomputed(bench(), manager, new Date(`${REFERENCE_DAY}T12:00:00Z`));
  }, 240_000);
});
