// SQL statements per request (issue 10, benchmark 2): every query procedure of the API,
// called as the HTTP layer calls it (the session check of resolveSessionUser, then the
// procedure), costs a fixed number of statements whatever the page size (10 or 100) and
// whatever the amount of data (the scale data set at its smallest and at a larger scale):
// no N+1. The session check is one statement, and byId procedures and lists cost at most
// three in all (docs/performance.md, "Statements per request"). A procedure that does not
// reach its goal yet is pinned at its current count: a ceiling that must not grow.
import { writeFileSync } from "node:fs";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import type { SessionUser } from "@hemicycle/server/context";
import { createCaller } from "@hemicycle/server/router";
import { resolveSessionUser } from "@hemicycle/server/services/auth";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BENCH_PASSWORD, seedBench } from "../../bench/seed/seed.ts";
import { contextFor } from "../helpers/context.ts";
import { createTestDatabase, type Database } from "../helpers/database.ts";
import { statementCountingClient } from "../helpers/statement-counter.ts";
import { procedureKinds } from "./scope-leakage-calls.ts";

/** The smallest scale data set (its minimums: 12 missions, 60 findings) and one with many more rows. */
const SCALES = { small: 0.0001, large: 0.004 } as const;
type Size = keyof typeof SCALES;
const PAGE_SIZES = [10, 100] as const;
const SECRET = "test-secret-test-secret-test-secret-0123";
const SESSION_COOKIE = "hemicycle.session_token";

/** The statements the session check may cost (the goal: one SELECT joining session and user). */
const SESSION_CHECK = 1;
/** The goal for byId procedures and lists, the session check included. */
const GOAL = 3;

/** The ids a data set's calls name: a mission with phases, findings and a revised roadmap. */
type Ids = {
  missionId: string;
  parliamentId: string;
  programmeId: string;
  expertId: string;
  phaseId: string;
  validationPhaseId: string;
  findingId: string;
  roadmapId: string;
  termsOfReferenceId: string;
};

type Persona = "admin" | "expert";
type Case = {
  /** Who calls: the admin sees everything; the expert home is an expert's. */
  as?: Persona;
  input: (ids: Ids) => unknown;
  /** Takes `limit`: measured at each page size. */
  paged?: boolean;
  /**
   * Statements per request, the session check included: GOAL for byId procedures and
   * lists; otherwise (or while a byId or list misses its goal) its count today, a ceiling
   * that must not grow. `goal` marks the procedures the goal applies to.
   */
  ceiling: number;
  goal?: boolean;
  /** Why a byId or list still misses GOAL (its ceiling is then its count today). */
  pinned?: string;
};

const DAY = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Every query procedure of the API (a guard below keeps the list complete). */
const CASES: Record<string, Case> = {
  "auth.me": { input: () => undefined, ceiling: 1 },
  "auth.session": { input: () => undefined, ceiling: 1 },
  "auth.sessions": { input: () => undefined, ceiling: 4 },
  "parliaments.list": { input: () => ({}), paged: true, ceiling: 3, goal: true },
  "parliaments.byId": { input: (ids) => ({ id: ids.parliamentId }), ceiling: 2, goal: true },
  "parliaments.overview": { input: (ids) => ({ parliamentId: ids.parliamentId }), ceiling: 4 },
  "programmes.list": { input: () => ({}), paged: true, ceiling: 3, goal: true },
  "programmes.funders": { input: () => undefined, ceiling: 2 },
  "programmes.byId": { input: (ids) => ({ id: ids.programmeId }), ceiling: 2, goal: true },
  // The programme with its missions, parliaments, phases and roadmap items, in one read.
  "programmes.iatiSummary": { input: (ids) => ({ id: ids.programmeId }), ceiling: 2 },
  "experts.list": { input: () => ({}), paged: true, ceiling: 3, goal: true },
  "experts.byId": { input: (ids) => ({ id: ids.expertId }), ceiling: 2, goal: true },
  "experts.suggest": { input: (ids) => ({ phaseId: ids.phaseId }), ceiling: 7 },
  "missions.list": { input: () => ({}), paged: true, ceiling: 3, goal: true },
  "missions.byId": { input: (ids) => ({ id: ids.missionId }), ceiling: 2, goal: true },
  "missions.activity": {
    input: (ids) => ({ missionId: ids.missionId }),
    paged: true,
    ceiling: 6,
    goal: true,
    pinned:
      "the mission's check, then its phases', findings' and roadmap's ids one query each, then the feed: one query with subqueries could do it",
  },
  "findings.list": { input: () => ({}), paged: true, ceiling: 3, goal: true },
  "findings.summary": { input: () => ({}), ceiling: 2 },
  "findings.byId": { input: (ids) => ({ id: ids.findingId }), ceiling: 3, goal: true },
  "findings.reviewQueue": { input: () => ({}), paged: true, ceiling: 2, goal: true },
  "findings.benchmark": { input: () => ({}), ceiling: 3 },
  "findings.compareAssessments": { input: (ids) => ({ missionId: ids.missionId }), ceiling: 5 },
  "findings.revisitCandidates": { input: (ids) => ({ phaseId: ids.validationPhaseId }), ceiling: 4 },
  "roadmaps.byMission": {
    input: (ids) => ({ missionId: ids.missionId }),
    ceiling: 4,
    goal: true,
    pinned:
      "missionProcedure's visibility check before the roadmap (roadmaps.byId is 3: the roadmap, then its baseline's snapshot)",
  },
  "roadmaps.byId": { input: (ids) => ({ id: ids.roadmapId }), ceiling: 3, goal: true },
  "roadmaps.coverage": { input: (ids) => ({ id: ids.roadmapId }), ceiling: 4 },
  "roadmaps.proposeItems": { input: (ids) => ({ id: ids.roadmapId }), ceiling: 3 },
  "roadmaps.list": { input: () => ({}), paged: true, ceiling: 2, goal: true },
  "roadmaps.revisions": { input: (ids) => ({ id: ids.roadmapId }), ceiling: 3, goal: true },
  "roadmaps.compare": { input: (ids) => ({ id: ids.roadmapId, from: 1, to: "current" }), ceiling: 5 },
  "roadmaps.comments": { input: (ids) => ({ id: ids.roadmapId }), ceiling: 3, goal: true },
  // The phase within reach (its status decides who reads), then its comments.
  "reportReview.comments": { input: (ids) => ({ phaseId: ids.phaseId }), ceiling: 3, goal: true },
  "reportReview.inReview": { input: () => undefined, ceiling: 2 },
  // Within the mission's reach (its check first), then the rows: the terms of reference with
  // their latest version, the sources, one version or two; byId also reads the versions.
  "termsOfReference.list": { input: (ids) => ({ missionId: ids.missionId }), ceiling: 3 },
  "termsOfReference.sources": { input: (ids) => ({ missionId: ids.missionId }), ceiling: 4 },
  "termsOfReference.byId": { input: (ids) => ({ id: ids.termsOfReferenceId }), ceiling: 5 },
  "termsOfReference.version": { input: (ids) => ({ id: ids.termsOfReferenceId, number: 1 }), ceiling: 3 },
  "termsOfReference.compare": { input: (ids) => ({ id: ids.termsOfReferenceId, from: 1, to: 1 }), ceiling: 5 },
  // The caller's own recent jobs: one statement after the session check.
  "exportJobs.list": { input: () => undefined, ceiling: 2, goal: true },
  // The caller's own notices: one statement after the session check; the count and the preferences too.
  "notifications.list": { input: () => ({}), paged: true, ceiling: 2, goal: true },
  "notifications.unreadCount": { input: () => undefined, ceiling: 2 },
  "notifications.emailPreferences": { input: () => undefined, ceiling: 2 },
  "audit.list": { input: () => ({}), paged: true, ceiling: 3, goal: true },
  "audit.actors": { input: () => undefined, ceiling: 2 },
  "users.list": { input: () => ({}), paged: true, ceiling: 2, goal: true },
  // Eight aggregates over the whole programme (phases by status, this week, overdue reports,
  // roadmaps in review, findings and roadmap progress per parliament, workload, programmes).
  "dashboard.summary": { input: () => ({}), ceiling: 9 },
  "dashboard.expertHome": { as: "expert", input: () => undefined, ceiling: 3 },
  "calendar.range": { input: () => ({ from: DAY("2026-11-01"), to: DAY("2026-12-31") }), ceiling: 4 },
  "search.global": { input: () => ({ q: "parliament" }), ceiling: 4 },
};

/** Query procedures measured elsewhere or not at all, each with its reason. */
const EXCLUDED: Record<string, string> = {
  "exportJobs.byId":
    "the caller's own job by id, one findFirst after the session check (as exportJobs.list); the scale data set has no jobs to name",
  "assessmentReport.content":
    "a document, not a list: it reads its findings 200 at a time, so its statements grow with a mission's findings by design (docs/documents.md, 'Large missions'); its time is measured in tests/server/documents/assessment-report.test.ts",
};

type World = { db: Database; ids: Ids; cookies: Record<Persona, string> };
const worlds = {} as Record<Size, World>;

async function one<T>(db: Database, sql: string): Promise<T> {
  const rows = await db.prisma.$queryRawUnsafe<T[]>(sql);
  if (!rows[0]) throw new Error(`no row for ${sql}`);
  return rows[0];
}

async function idsOf(db: Database): Promise<Ids> {
  // A mission whose roadmap has a revision and whose phases hold findings, the fullest kind.
  const mission = await one<{ id: string; parliamentId: string; roadmapId: string }>(
    db,
    `SELECT m.id, m."parliamentId", r.id AS "roadmapId" FROM missions m JOIN roadmaps r ON r."missionId" = m.id
      WHERE EXISTS (SELECT 1 FROM roadmap_revisions v WHERE v."roadmapId" = r.id)
        AND EXISTS (SELECT 1 FROM findings f JOIN phases p ON p.id = f."phaseId" WHERE p."missionId" = m.id)
      ORDER BY m.code LIMIT 1`,
  );
  const finding = await one<{ id: string; phaseId: string }>(
    db,
    `SELECT f.id, f."phaseId" FROM findings f JOIN phases p ON p.id = f."phaseId" WHERE p."missionId" = '${mission.id}'
      ORDER BY f."createdAt", f.id LIMIT 1`,
  );
  const validation = await one<{ id: string }>(
    db,
    `SELECT id FROM phases WHERE kind = 'VALIDATION' ORDER BY "startDate", id LIMIT 1`,
  );
  const programme = await one<{ id: string }>(db, `SELECT id FROM programmes ORDER BY name, id LIMIT 1`);
  const expert = await one<{ id: string }>(db, `SELECT id FROM experts ORDER BY id LIMIT 1`);
  // Terms of reference of the mission, one version (the scale data set has none).
  const author = await one<{ id: string }>(db, `SELECT id FROM users ORDER BY id LIMIT 1`);
  const text = "Measured";
  const termsOfReference = await db.prisma.termsOfReference.create({
    data: {
      missionId: mission.id,
      title: "Terms of reference",
      version: 1,
      versions: {
        create: {
          number: 1,
          language: "en",
          background: text,
          objectives: text,
          scope: text,
          functionalRequirements: text,
          technicalRequirements: text,
          deliverables: text,
          timeline: text,
          qualifications: text,
          findingIds: [finding.id],
          roadmapItemIds: [],
          authorId: author.id,
        },
      },
    },
    select: { id: true },
  });
  return {
    missionId: mission.id,
    parliamentId: mission.parliamentId,
    roadmapId: mission.roadmapId,
    findingId: finding.id,
    phaseId: finding.phaseId,
    validationPhaseId: validation.id,
    programmeId: programme.id,
    expertId: expert.id,
    termsOfReferenceId: termsOfReference.id,
  };
}

/** Signs in as a browser would; returns the session cookie (`name=value`). */
async function signIn(db: Database, email: string): Promise<string> {
  resetSignInThrottle();
  const ctx = contextFor(db, null);
  await createCaller(ctx).auth.login({ email, password: BENCH_PASSWORD });
  const header = ctx.cookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!header) throw new Error("no session cookie");
  return header.split(";")[0]!;
}

async function createWorld(size: Size): Promise<World> {
  const db = await createTestDatabase();
  const seeded = await seedBench(db, { scale: SCALES[size] });
  const email = (role: string) => seeded.benchAccounts.find((a) => a.role === role)!.email;
  // The admin's session is the one every call but the expert home runs under.
  return {
    db,
    ids: await idsOf(db),
    cookies: { admin: await signIn(db, email("ADMIN")), expert: await signIn(db, email("EXPERT")) },
  };
}

beforeAll(async () => {
  worlds.small = await createWorld("small");
  worlds.large = await createWorld("large");
}, 600_000);

afterAll(async () => {
  for (const world of Object.values(worlds)) await world.db.close();
});

type Count = { session: number; total: number };
type AnyCaller = Record<string, Record<string, (input: unknown) => Promise<unknown>>>;

/** The statements of one request: the session check behind the cookie, then the procedure. */
async function measure(world: World, path: string, input: unknown, as: Persona): Promise<Count> {
  const { client, counter } = statementCountingClient(world.db);
  try {
    const auth = createAuth({ prisma: client, secret: SECRET, baseURL: "http://localhost:3000" });
    const headers = new Headers({ cookie: world.cookies[as] });
    const run = async () => {
      counter.statements = 0;
      if (process.env.HC_STATEMENT_SQL) counter.sql = [];
      const user: SessionUser | null = await resolveSessionUser(client, auth, headers);
      const session = counter.statements;
      if (!user) throw new Error(`the ${as}'s cookie resolves to no one`);
      const caller = createCaller({ ...contextFor(world.db, user, { cookie: world.cookies[as] }), db: client, auth });
      const [namespace, name] = path.split(".") as [string, string];
      await (caller as unknown as AnyCaller)[namespace]![name]!(input);
      if (counter.sql) console.log(`${path}\n  ${counter.sql.join("\n  ")}`);
      return { session, total: counter.statements };
    };
    await run(); // warms the connection and any first-call work up
    return await run();
  } finally {
    await client.$disconnect();
  }
}

describe("statements per request", () => {
  it("measures every query procedure of the API, or says why not", () => {
    const queries = Object.entries(procedureKinds())
      .filter(([, kind]) => kind === "query")
      .map(([path]) => path)
      .sort();
    expect([...Object.keys(CASES), ...Object.keys(EXCLUDED)].sort()).toEqual(queries);
  });

  const counts: Record<string, Record<string, number>> = {};

  it.each(Object.keys(CASES))(
    "%s costs the same statements at any page size and data size, within its ceiling",
    async (path) => {
      const c = CASES[path]!;
      const seen: Record<string, number> = {};
      for (const size of Object.keys(SCALES) as Size[]) {
        const world = worlds[size];
        const base = c.input(world.ids);
        const variants = c.paged
          ? PAGE_SIZES.map((limit) => [`${size}, limit ${limit}`, { ...(base as object), limit }] as const)
          : ([[size, base]] as const);
        for (const [label, input] of variants) {
          const count = await measure(world, path, input, c.as ?? "admin");
          expect(count.session, `${path} (${label}): the session check`).toBe(SESSION_CHECK);
          seen[label] = count.total;
        }
      }
      counts[path] = seen;
      const values = Object.values(seen);
      expect(new Set(values).size, `${path}: ${JSON.stringify(seen)}`).toBe(1);
      expect(values[0]!, `${path}: ${JSON.stringify(seen)}`).toBeLessThanOrEqual(c.ceiling);
      if (c.goal && c.ceiling > GOAL) expect(c.pinned, `${path}: above the goal without a reason`).toBeTruthy();
    },
    120_000,
  );

  afterAll(() => {
    // HC_STATEMENT_COUNTS=<file> keeps the counts (bench/statements.ts prints them side by side).
    const file = process.env.HC_STATEMENT_COUNTS;
    if (file) writeFileSync(file, JSON.stringify(counts, null, 1));
  });
});
