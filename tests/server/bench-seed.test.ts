// The scale data set (bench/seed/README.md) at a small scale: the rows it plans, every rule
// the app enforces (no booking clash without an override, no dependency cycle, statuses,
// four eyes, snapshots in takeSnapshot's shape), and the app's procedures answering on it.
import type { SessionUser } from "@hemicycle/server/context";
import { verifyPassword } from "@hemicycle/server/auth/password";
import { missionStatusFromPhases } from "@hemicycle/server/services/mission-status";
import { readSnapshot, takeSnapshot } from "@hemicycle/server/services/roadmap-snapshot";
import { isSubAreaOf } from "@hemicycle/shared/ict-areas";
import { phaseAcceptsFindings } from "@hemicycle/shared/workflows/phase";
import type { IctArea, PhaseStatus } from "@hemicycle/shared/enums";
import { beforeAll, describe, expect, it } from "vitest";
import { BENCH_PASSWORD, plannedSizes, seedBench, type SeedResult, tablesWithRows } from "../../bench/seed/seed.ts";
import { callerFor, sessionUserByEmail } from "../helpers/context.ts";
import { createTestDatabase, type Database, useTestDatabase } from "../helpers/database.ts";

const SCALE = 0.002;
const db = useTestDatabase();
const count = async (sql: string) => Number((await db().prisma.$queryRawUnsafe<{ n: bigint }[]>(sql))[0]!.n);
let result: SeedResult;
let admin: SessionUser;

beforeAll(async () => {
  expect(await tablesWithRows(db())).toEqual([]);
  result = await seedBench(db(), { scale: SCALE });
  admin = await sessionUserByEmail(db(), result.benchAccounts.find((a) => a.role === "ADMIN")!.email);
}, 240_000);

describe("bench:seed at a small scale", () => {
  it("writes the planned rows, and what it reports is what the tables hold", async () => {
    const sizes = plannedSizes(SCALE);
    expect(result.rows.parliaments).toBe(sizes.parliaments);
    expect(result.rows.experts).toBe(sizes.experts);
    expect(result.rows.missions).toBe(sizes.missions);
    expect(result.rows.findings).toBe(sizes.findings);
    expect(result.rows.roadmap_items).toBe(sizes.roadmapItems);
    expect(result.rows.users).toBe(sizes.admins + sizes.coordinators + sizes.expertUsers + sizes.staff);
    // About three phases a mission, as at the full scale (60,000 for 20,000).
    expect(result.rows.phases! / result.rows.missions!).toBeGreaterThan(2.5);
    expect(result.rows.phases! / result.rows.missions!).toBeLessThan(3.5);
    for (const [table, rows] of Object.entries(result.rows)) {
      expect(await count(`SELECT count(*) AS n FROM "${table}"`), table).toBe(rows);
    }
    expect(await tablesWithRows(db())).toContain("findings");
  });

  it("never books an expert on two overlapping phases, nor in their time off, without an override reason", async () => {
    expect(await count(`SELECT count(*) AS n FROM assignments WHERE "overrideReason" IS NULL`)).toBeGreaterThan(0);
    const clashes = await count(`
      SELECT count(*) AS n FROM assignments a JOIN phases p ON p.id = a."phaseId"
        JOIN assignments b ON b."expertId" = a."expertId" AND b.id < a.id JOIN phases q ON q.id = b."phaseId"
       WHERE p.status <> 'CANCELLED' AND q.status <> 'CANCELLED'
         AND p."startDate" <= q."endDate" AND q."startDate" <= p."endDate"
         AND a."overrideReason" IS NULL AND b."overrideReason" IS NULL`);
    expect(clashes).toBe(0);
    const timeOff = await count(`
      SELECT count(*) AS n FROM assignments a JOIN phases p ON p.id = a."phaseId"
        JOIN expert_unavailability u ON u."expertId" = a."expertId"
       WHERE p.status <> 'CANCELLED' AND p."startDate" <= u."endDate" AND u."startDate" <= p."endDate"
         AND a."overrideReason" IS NULL`);
    expect(timeOff).toBe(0);
    // One lead per staffed phase, an expert with an account.
    expect(
      await count(
        `SELECT count(*) AS n FROM (SELECT "phaseId" FROM assignments WHERE role = 'LEAD' GROUP BY 1 HAVING count(*) > 1) x`,
      ),
    ).toBe(0);
  });

  it("has no cycle among roadmap dependencies, and each stays within its roadmap", async () => {
    expect(await count(`SELECT count(*) AS n FROM roadmap_item_dependencies`)).toBeGreaterThan(0);
    const cycles = await count(`
      WITH RECURSIVE reach(origin, node) AS (
        SELECT "itemId", "dependsOnId" FROM roadmap_item_dependencies
        UNION SELECT r.origin, d."dependsOnId" FROM reach r JOIN roadmap_item_dependencies d ON d."itemId" = r.node)
      SELECT count(*) AS n FROM reach WHERE origin = node`);
    expect(cycles).toBe(0);
    const across = await count(`
      SELECT count(*) AS n FROM roadmap_item_dependencies d JOIN roadmap_items a ON a.id = d."itemId"
        JOIN roadmap_items b ON b.id = d."dependsOnId" WHERE a."roadmapId" <> b."roadmapId"`);
    expect(across).toBe(0);
  });

  it("keeps the workflows: mission statuses from their phases, findings on their team's phases, four eyes", async () => {
    const phases = await db().prisma.phase.findMany({
      select: { missionId: true, status: true, startDate: true, endDate: true },
    });
    const missions = await db().prisma.mission.findMany({ select: { id: true, status: true } });
    for (const m of missions) {
      expect(m.status).toBe(missionStatusFromPhases(phases.filter((p) => p.missionId === m.id)));
    }
    for (const p of phases) expect(p.endDate >= p.startDate).toBe(true);

    const findings = await db().prisma.finding.findMany({
      select: {
        area: true,
        subArea: true,
        status: true,
        authorId: true,
        validatedById: true,
        validatedAt: true,
        revisits: { select: { phase: { select: { mission: { select: { parliamentId: true } } } } } },
        phase: {
          select: {
            status: true,
            kind: true,
            team: { select: { expertId: true } },
            mission: { select: { parliamentId: true } },
          },
        },
        author: { select: { expertId: true, role: true } },
      },
    });
    expect(findings.some((f) => f.status === "VALIDATED")).toBe(true);
    for (const f of findings) {
      expect(f.author.role).toBe("EXPERT");
      expect(f.phase.team.map((t) => t.expertId)).toContain(f.author.expertId);
      expect(f.phase.status === "FINALISED" || phaseAcceptsFindings(f.phase.status as PhaseStatus)).toBe(true);
      if (f.subArea) expect(isSubAreaOf(f.area as IctArea, f.subArea)).toBe(true);
      expect(f.validatedById !== null).toBe(f.status === "VALIDATED");
      expect(f.validatedAt !== null).toBe(f.status === "VALIDATED");
      if (f.validatedById) expect(f.validatedById).not.toBe(f.authorId);
      if (f.revisits) expect(f.revisits.phase.mission.parliamentId).toBe(f.phase.mission.parliamentId);
    }
    const rejectedWithoutReason = await count(`
      SELECT count(*) AS n FROM findings f WHERE f.status = 'REJECTED'
         AND NOT EXISTS (SELECT 1 FROM finding_review_notes r WHERE r."findingId" = f.id AND r."toStatus" = 'REJECTED')`);
    expect(rejectedWithoutReason).toBe(0);
  });

  it("gives each reviewed roadmap its revisions in takeSnapshot's shape, decided by its own parliament's staff", async () => {
    const roadmaps = await db().prisma.roadmap.findMany({
      where: { status: { not: "DRAFT" } },
      select: {
        id: true,
        status: true,
        baselineRevision: true,
        mission: { select: { parliamentId: true } },
        revisions: { select: { number: true, kind: true }, orderBy: { number: "asc" } },
        decisions: { select: { decision: true, decidedBy: { select: { parliamentId: true, role: true } } } },
      },
    });
    expect(roadmaps.length).toBeGreaterThan(0);
    for (const r of roadmaps) {
      const expected = {
        IN_REVIEW: ["SUBMISSION"],
        CHANGES_REQUESTED: ["SUBMISSION"],
        ENDORSED: ["SUBMISSION", "ENDORSEMENT"],
      };
      expect(r.revisions.map((v) => v.kind)).toEqual(expected[r.status as keyof typeof expected]);
      expect(r.baselineRevision).toBe(r.status === "ENDORSED" ? 2 : null);
      for (const d of r.decisions) {
        expect(d.decidedBy).toEqual({ parliamentId: r.mission.parliamentId, role: "PARLIAMENT_STAFF" });
      }
      const stored = await readSnapshot(db().prisma, r.id, 1);
      const now = await takeSnapshot(db().prisma, r.id);
      // Progress moves after endorsement; everything else is as submitted.
      const still = (s: typeof now) => ({
        ...s,
        items: s.items.map((i) => ({ ...i, progress: "", progressNote: null })),
      });
      expect(still(stored!)).toEqual(still(now));
      if (r.status !== "ENDORSED") expect(stored).toEqual(now);
    }
  });

  it("answers the app's procedures as the bench administrator, and its accounts sign in with the printed password", async () => {
    const caller = callerFor(db(), admin);
    const missions = await caller.missions.list({ limit: 50 });
    expect(missions.total).toBe(result.rows.missions);
    expect(missions.items).toHaveLength(Math.min(50, result.rows.missions!));
    const findings = await caller.findings.list({ limit: 50 });
    expect(findings.total).toBe(result.rows.findings);
    const summary = await caller.dashboard.summary({});
    expect(summary).toHaveProperty("phaseStatus");
    const account = await db().prisma.account.findFirstOrThrow({
      where: { userId: admin.id },
      select: { password: true },
    });
    expect(await verifyPassword({ hash: account.password!, password: BENCH_PASSWORD })).toBe(true);
  });

  it("is deterministic: the same seed gives the same rows, ids included", async () => {
    const other = await createTestDatabase();
    try {
      await seedBench(other, { scale: SCALE });
      const digest = async (of: Database, table: string) =>
        (
          await of.prisma.$queryRawUnsafe<{ d: string }[]>(
            `SELECT md5(string_agg(row_to_json(t)::text, ',' ORDER BY row_to_json(t)::text)) AS d FROM "${table}" t`,
          )
        )[0]!.d;
      for (const table of ["missions", "phases", "assignments", "findings", "roadmap_items", "roadmap_revisions"]) {
        expect(await digest(other, table), table).toBe(await digest(db(), table));
      }
    } finally {
      await other.close();
    }
  }, 240_000);
});
