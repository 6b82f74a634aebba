// Property-based fuzzing of every procedure of the router (issue 9, "Hostile input";
// docs/security.md): each procedure gets HC_FUZZ_RUNS (default 200) inputs its schema
// accepts and as many garbage ones, called through the real router as a signed-in user on
// the seeded demo database. No call may end in INTERNAL_SERVER_ERROR (or throw anything
// but a TRPCError), no error-level line may reach the log, and afterwards the database's
// invariants hold (`checkInvariants`).
//
// The procedures are split by namespace over a few test files (FUZZ_FILES), each with its
// own database, so that they run in parallel; a guard (hostile-input-http.test.ts) fails
// when a namespace of the router belongs to no file, so a new procedure is fuzzed as soon
// as it exists: nothing here lists procedures one by one.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import fc from "fast-check";
import pino from "pino";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@hemicycle/server/context";
import { createFileStore } from "@hemicycle/server/files/store";
import { appRouter, createCaller } from "@hemicycle/server/router";
import { DEMO_PASSWORD, seedDemoData } from "@hemicycle/server/seed/seed-demo";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import { contextFor, sessionUserByEmail } from "./context.ts";
import { useTestDatabase, type Database } from "./database.ts";
import { garbageArbitrary, validArbitrary, type IdPools } from "./fuzz-arbitraries.ts";

/** Which test file fuzzes which namespaces of the router (tests/server/hostile-input-<file>.test.ts). */
export const FUZZ_FILES = {
  accounts: ["auth", "users", "audit", "search", "dashboard", "calendar", "notifications"],
  directory: ["parliaments", "programmes", "experts"],
  missions: ["missions", "reportReview"],
  documents: ["assessmentReport", "termsOfReference"],
  findings: ["findings"],
  roadmaps: ["roadmaps"],
  exports: ["exportJobs"],
} as const satisfies Record<string, readonly string[]>;
export type FuzzFile = keyof typeof FUZZ_FILES;

/** Inputs of each kind per procedure: at least 200 in CI; `pnpm test:fuzz` runs more. */
export const FUZZ_RUNS = Math.max(1, Number(process.env.HC_FUZZ_RUNS ?? 200));
/** Per test: generous, since a test runs 2 × FUZZ_RUNS calls on a busy machine. */
const FUZZ_TIMEOUT_MS = 300_000 + FUZZ_RUNS * 1_000;
/** A fixed seed reproduces a run (fast-check prints the seed and path of a failure). */
const FUZZ_SEED = process.env.HC_FUZZ_SEED ? Number(process.env.HC_FUZZ_SEED) : undefined;

type Procedure = { _def: { type: string; inputs?: Schema[] } };
type Schema = { _zod: { def: { type: string } }; safeParse(value: unknown): { success: boolean } };

export function procedurePaths(): string[] {
  return Object.keys(appRouter._def.procedures).sort();
}

function procedure(path: string): Procedure {
  return (appRouter._def.procedures as unknown as Record<string, Procedure>)[path]!;
}

/** The personas the fuzz calls as: the admin reaches every procedure; the lead expert goes through the scoped paths. */
const PERSONAS = {
  admin: "admin@hemicycle.test",
  leadExpert: "lead.expert@hemicycle.test",
} as const;
type Persona = keyof typeof PERSONAS;

/**
 * Namespaces also fuzzed as the lead expert (a quarter of the runs): their scope checks
 * are the deep code there, and the expert's home is for experts only.
 */
const LESSER_PERSONA_NAMESPACES = new Set([
  "findings",
  "roadmaps",
  "missions",
  "termsOfReference",
  "dashboard",
  "search",
  "calendar",
]);

/** Tables whose rows carry a version, for "versions only ever grow". */
const VERSIONED_TABLES = [
  "users",
  "parliaments",
  "programmes",
  "experts",
  "missions",
  "phases",
  "findings",
  "roadmaps",
  "roadmap_items",
  "comments",
] as const;

/** Record kinds whose ids the inputs draw from (see fuzz-arbitraries.ts `poolFor`). */
const POOLS = {
  parliament: "parliaments",
  programme: "programmes",
  expert: "experts",
  mission: "missions",
  phase: "phases",
  finding: "findings",
  attachment: "attachments",
  roadmap: "roadmaps",
  roadmapItem: "roadmap_items",
  comment: "comments",
  termsOfReference: "terms_of_reference",
  user: "users",
  session: "sessions",
} as const;

type Outcome = { code: string; error?: unknown };

/** Error-level (and worse) log lines written while the file runs. */
function captureLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) lines.push(line);
      done();
    },
  });
  return { logger: pino({ level: "error" }, stream), lines };
}

/** What an `id` key names in each namespace (mostly: the rest of the ids are drawn too). */
const ID_KINDS: Record<string, (keyof typeof POOLS)[]> = {
  auth: ["session"],
  users: ["user"],
  parliaments: ["parliament"],
  programmes: ["programme"],
  experts: ["expert"],
  missions: ["mission", "phase"],
  reportReview: ["phase"],
  assessmentReport: ["mission", "phase"],
  termsOfReference: ["termsOfReference", "mission"],
  findings: ["finding", "attachment"],
  roadmaps: ["roadmap", "roadmapItem", "comment"],
};

async function loadPools(db: Database, namespace: string): Promise<{ pools: IdPools; tableOf: Map<string, string> }> {
  const pools = { any: [] as string[] } as IdPools;
  const tableOf = new Map<string, string>();
  for (const [kind, table] of Object.entries(POOLS)) {
    const rows = await db.prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "${table}" ORDER BY id LIMIT 400`);
    pools[kind] = rows.map((r) => r.id);
    pools.any.push(...pools[kind]!);
    for (const { id } of rows) tableOf.set(id, table);
  }
  const users = await db.prisma.user.findMany({ select: { email: true } });
  pools.email = users.map((u) => u.email);
  pools.password = [DEMO_PASSWORD];
  // Each of the namespace's kinds as likely as the others (a few roadmaps, many items),
  // together three times as likely as an id of any other kind.
  const kinds = (ID_KINDS[namespace] ?? []).map((kind) => pools[kind] ?? []).filter((ids) => ids.length > 0);
  const perKind = kinds.length ? Math.ceil((3 * pools.any.length) / kinds.length) : 0;
  const own = kinds.flatMap((ids) => Array.from({ length: perKind }, (_, i) => ids[i % ids.length]!));
  pools.id = [...own, ...pools.any];
  return { pools, tableOf };
}

/** Versions by table and id, for "versions only ever grow". */
async function versions(db: Database): Promise<Map<string, number>> {
  const all = new Map<string, number>();
  for (const table of VERSIONED_TABLES) {
    const rows = await db.prisma.$queryRawUnsafe<{ id: string; version: number }[]>(
      `SELECT id, version FROM "${table}"`,
    );
    for (const row of rows) all.set(`${table}:${row.id}`, Number(row.version));
  }
  return all;
}

/**
 * The database's invariants after a fuzz run, as a list of violations (empty when all
 * hold). `before`: the versions before it, which must not have gone down.
 */
export async function checkInvariants(db: Database, before?: Map<string, number>): Promise<string[]> {
  const violations: string[] = [];
  const q = <T>(sql: string) => db.prisma.$queryRawUnsafe<T[]>(sql);

  // One expert on two overlapping live phases, neither booking confirmed with an override.
  const overlaps = await q<{ a: string; b: string }>(`
    SELECT a1.id AS a, a2.id AS b
    FROM assignments a1
    JOIN assignments a2 ON a2."expertId" = a1."expertId" AND a1.id < a2.id
    JOIN phases p1 ON p1.id = a1."phaseId"
    JOIN phases p2 ON p2.id = a2."phaseId"
    WHERE p1.status <> 'CANCELLED' AND p2.status <> 'CANCELLED'
      AND p1."startDate" <= p2."endDate" AND p2."startDate" <= p1."endDate"
      AND a1."overrideReason" IS NULL AND a2."overrideReason" IS NULL`);
  for (const o of overlaps) violations.push(`overlapping assignments without an override: ${o.a}, ${o.b}`);

  // Roadmap item dependencies: within one roadmap, and no cycle.
  const edges = await q<{ item: string; on: string; same: boolean }>(`
    SELECT d."itemId" AS item, d."dependsOnId" AS on, i."roadmapId" = j."roadmapId" AS same
    FROM roadmap_item_dependencies d
    JOIN roadmap_items i ON i.id = d."itemId"
    JOIN roadmap_items j ON j.id = d."dependsOnId"`);
  const next = new Map<string, string[]>();
  for (const e of edges) {
    if (!e.same) violations.push(`dependency across roadmaps: ${e.item} → ${e.on}`);
    next.set(e.item, [...(next.get(e.item) ?? []), e.on]);
  }
  const state = new Map<string, "open" | "done">();
  const visit = (node: string, trail: string[]): void => {
    if (state.get(node) === "done") return;
    if (state.get(node) === "open") {
      violations.push(`dependency cycle: ${[...trail.slice(trail.indexOf(node)), node].join(" → ")}`);
      return;
    }
    state.set(node, "open");
    for (const to of next.get(node) ?? []) visit(to, [...trail, node]);
    state.set(node, "done");
  };
  for (const node of next.keys()) visit(node, []);

  // References the foreign keys do not cover: they must point inside the same record.
  const strays = await q<{ what: string; id: string }>(`
    SELECT 'comment on an item of another roadmap' AS what, c.id FROM comments c
      JOIN roadmap_items i ON i.id = c."itemId" WHERE i."roadmapId" <> c."roadmapId"
    UNION ALL
    SELECT 'reply under a comment of another roadmap', c.id FROM comments c
      JOIN comments p ON p.id = c."parentId" WHERE p."roadmapId" <> c."roadmapId"
    UNION ALL
    SELECT 'review decision on a revision of another roadmap', d.id FROM review_decisions d
      JOIN roadmap_revisions r ON r.id = d."revisionId" WHERE r."roadmapId" <> d."roadmapId"
    UNION ALL
    SELECT 'finding revisiting itself', f.id FROM findings f WHERE f."revisitsId" = f.id
    UNION ALL
    SELECT 'phase ending before it starts', p.id FROM phases p WHERE p."endDate" < p."startDate"`);
  for (const s of strays) violations.push(`${s.what}: ${s.id}`);

  // Every column that names another row is a foreign key, or one of the few that by
  // design are not (an audit event outlives what it records): a new one without a key
  // would let orphans in.
  const unkeyed = await q<{ column: string }>(`
    SELECT c.table_name || '.' || c.column_name AS column
    FROM information_schema.columns c
    WHERE c.table_schema = current_schema() AND c.column_name LIKE '%Id'
      AND NOT EXISTS (
        SELECT 1 FROM information_schema.key_column_usage k
        JOIN information_schema.table_constraints t ON t.constraint_name = k.constraint_name
          AND t.table_schema = k.table_schema AND t.constraint_type = 'FOREIGN KEY'
        WHERE k.table_schema = c.table_schema AND k.table_name = c.table_name AND k.column_name = c.column_name)
    ORDER BY 1`);
  const designedWithoutKey = new Set([
    "accounts.accountId",
    "accounts.providerId",
    "audit_events.entityId",
    "findings.clientId",
    // The dashboard's counters (decision 0020): derived rows their triggers write during
    // a deletion's cascade, when a key to the parent would refuse them.
    "mission_phase_status_tallies.missionId",
    "programme_finding_tallies.parliamentId",
    "programme_finding_tallies.programmeId",
    "roadmap_item_tallies.parliamentId",
    "validated_finding_tallies.parliamentId",
  ]);
  for (const { column } of unkeyed)
    if (!designedWithoutKey.has(column)) violations.push(`a reference without a foreign key: ${column}`);

  if (before) {
    const after = await versions(db);
    for (const [key, version] of before) {
      const now = after.get(key);
      if (now !== undefined && now < version) violations.push(`version went down: ${key} ${version} → ${now}`);
    }
  }
  return violations;
}

/** Puts the record's current version into `{ id, version }` objects of the input, so that updates get past the version check. */
async function withCurrentVersions(
  db: Database,
  tableOf: Map<string, string>,
  input: unknown,
  depth = 0,
): Promise<void> {
  if (depth > 3 || input === null || typeof input !== "object") return;
  if (Array.isArray(input)) {
    for (const element of input.slice(0, 10)) await withCurrentVersions(db, tableOf, element, depth + 1);
    return;
  }
  const record = input as Record<string, unknown>;
  const id = typeof record.id === "string" ? record.id : typeof record.itemId === "string" ? record.itemId : undefined;
  const table = id ? tableOf.get(id) : undefined;
  if (id && table && typeof record.version === "number" && (VERSIONED_TABLES as readonly string[]).includes(table)) {
    const [row] = await db.prisma.$queryRawUnsafe<{ version: number }[]>(
      `SELECT version FROM "${table}" WHERE id = $1`,
      id,
    );
    if (row) record.version = Number(row.version);
  }
  for (const value of Object.values(record)) await withCurrentVersions(db, tableOf, value, depth + 1);
}

/** Calls one procedure through the real router; a subscription is opened and closed at once. */
async function call(caller: unknown, path: string, input: unknown): Promise<Outcome> {
  const [namespace, name] = path.split(".") as [string, string];
  const fn = (caller as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[namespace]![name]!;
  try {
    const result = await fn(input);
    if (result && typeof result === "object" && Symbol.asyncIterator in result) {
      await (result as AsyncIterable<unknown>)[Symbol.asyncIterator]().return?.();
    }
    return { code: "OK" };
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, error };
    return { code: "NOT_A_TRPC_ERROR", error };
  }
}

const describeFault = (outcome: Outcome) => {
  const error = outcome.error as (Error & { cause?: unknown }) | undefined;
  const cause = error?.cause instanceof Error ? error.cause : error;
  return `${outcome.code}: ${cause instanceof Error ? `${cause.message}\n${cause.stack}` : String(cause)}`;
};

/** What Object.prototype holds before any fuzzing: the same names must be all it holds after. */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

/**
 * Registers, for the file's namespaces, one test per procedure and persona; each checks
 * the invariants and the prototypes after its calls.
 */
export function fuzzProcedures(file: FuzzFile): void {
  const db = useTestDatabase();
  const namespaces = FUZZ_FILES[file] as readonly string[];
  const paths = procedurePaths().filter((path) => namespaces.includes(path.split(".")[0]!));
  const { logger, lines } = captureLog();
  const users = {} as Record<Persona, SessionUser>;
  const tally = new Map<string, Map<string, number>>();
  let filesDir: string;
  let calls = 0;
  const started = performance.now();

  beforeAll(async () => {
    await seedDemoData(db().prisma);
    for (const [persona, email] of Object.entries(PERSONAS))
      users[persona as Persona] = await sessionUserByEmail(db(), email);
    filesDir = await mkdtemp(join(tmpdir(), `hc-fuzz-${file}-`));
    expect(await checkInvariants(db()), "the seeded database already breaks an invariant").toEqual([]);
  }, 120_000);

  afterAll(async () => {
    if (filesDir) await rm(filesDir, { recursive: true, force: true });
    if (process.env.HC_FUZZ_REPORT) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`[fuzz ${file}] ${paths.length} procedures, ${calls} calls, ${seconds} s`);
      for (const [path, codes] of tally)
        console.log(`  ${path}: ${[...codes].map(([c, n]) => `${c} ${n}`).join(", ")}`);
    }
  });

  const run = async (path: string, persona: Persona, runs: number) => {
    const { pools, tableOf } = await loadPools(db(), path.split(".")[0]!);
    const before = await versions(db());
    const context = { ...contextFor(db(), users[persona], { files: createFileStore(filesDir) }), log: logger };
    const caller = createCaller(context as unknown as Parameters<typeof createCaller>[0]);
    const schemas = procedure(path)._def.inputs ?? [];
    const accepts = (value: unknown) => schemas.every((schema) => schema.safeParse(value).success);
    const validInput: fc.Arbitrary<unknown> =
      schemas.length === 0
        ? fc.constant(undefined)
        : fc
            .tuple(...schemas.map((schema) => validArbitrary(schema, pools)))
            .map((parts) => (parts.length === 1 ? parts[0] : Object.assign({}, ...parts)));
    // The walker does not model refinements across fields: keep what the schema takes,
    // after checking that enough of it does for the filter to be cheap.
    const sample = fc.sample(validInput, { numRuns: 100, seed: 1 });
    const rate = sample.filter(accepts).length / sample.length;
    expect(rate, `${path}: only ${Math.round(rate * 100)}% of generated inputs pass its schema`).toBeGreaterThan(0.05);
    const codes = tally.get(`${path} as ${persona}`) ?? new Map<string, number>();
    tally.set(`${path} as ${persona}`, codes);

    const property = (arbitrary: fc.Arbitrary<[unknown, boolean]>) =>
      fc.asyncProperty(arbitrary, async ([input, currentVersions]) => {
        if (currentVersions) await withCurrentVersions(db(), tableOf, input);
        if (path.startsWith("auth.")) resetSignInThrottle();
        const logged = lines.length;
        const outcome = await call(caller, path, input);
        calls++;
        codes.set(outcome.code, (codes.get(outcome.code) ?? 0) + 1);
        if (outcome.code === "INTERNAL_SERVER_ERROR" || outcome.code === "NOT_A_TRPC_ERROR")
          throw new Error(`${path} as ${persona}: ${describeFault(outcome)}`);
        if (lines.length > logged)
          throw new Error(`${path} as ${persona} logged an error: ${lines.slice(logged).join("\n")}`);
      });
    const options = { numRuns: runs, seed: FUZZ_SEED };
    await fc.assert(property(fc.tuple(validInput.filter(accepts), fc.boolean())), options);
    await fc.assert(property(fc.tuple(garbageArbitrary(validInput), fc.constant(false))), options);

    expect(Object.getOwnPropertyNames(Object.prototype).sort(), "Object.prototype changed").toEqual(PROTOTYPE_NAMES);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(await checkInvariants(db(), before)).toEqual([]);
  };

  describe(`hostile input: ${namespaces.join(", ")}`, () => {
    it("has procedures to fuzz", () => {
      expect(paths.length).toBeGreaterThan(0);
    });
    for (const path of paths) {
      it(
        `${path}: ${FUZZ_RUNS} valid and ${FUZZ_RUNS} garbage inputs as the admin, no fault`,
        () => run(path, "admin", FUZZ_RUNS),
        FUZZ_TIMEOUT_MS,
      );
      if (LESSER_PERSONA_NAMESPACES.has(path.split(".")[0]!)) {
        const runs = Math.max(1, Math.round(FUZZ_RUNS / 4));
        it(
          `${path}: ${runs} valid and ${runs} garbage inputs as a lead expert, no fault`,
          () => run(path, "leadExpert", runs),
          FUZZ_TIMEOUT_MS,
        );
      }
    }
  });
}
