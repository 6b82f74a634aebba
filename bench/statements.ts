// `pnpm bench:statements [--scale <fraction>] [--calls <n>] [--database-url <url>]`: SQL
// statements per request and median latency, before and after the round-trip fixes of
// issue 10 (docs/performance.md, "Statements per request"), side by side in one run.
// "before" is today's code run as it was: the session check through better-auth's
// getSession then the user read again, each relation in a statement of its own (Prisma's
// "query" strategy) and the parliament overview's extra visibility read; "after" is the
// app as it is. Calls alternate before/after so that both see the same load. A throwaway
// database: PGlite in memory, or the PostgreSQL database named by --database-url (emptied).
import { parseArgs } from "node:util";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { findVisibleParliament } from "../server/src/access/visible.ts";
import { type Auth, createAuth } from "../server/src/auth/better-auth.ts";
import type { Context } from "../server/src/context.ts";
import { type Database, openAndMigrate } from "../server/src/db/database.ts";
import { PrismaClient } from "../server/src/db/generated/client.ts";
import type { Db } from "../server/src/db/types.ts";
import { createFileStore } from "../server/src/files/store.ts";
import { createInProcessRoadmapEvents } from "../server/src/live/roadmap-events.ts";
import { createCaller } from "../server/src/router.ts";
import { login, resolveSessionUser, type SessionUser } from "../server/src/services/auth.ts";
import { BENCH_PASSWORD, emptyDatabase, seedBench, tablesWithRows } from "./seed/seed.ts";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "0.01" },
    calls: { type: "string", default: "200" },
    "database-url": { type: "string" },
  },
});
const CALLS = Number(values.calls);
const SECRET = "bench-secret-bench-secret-bench-secret-01";

type Variant = "before" | "after";
type Ids = { missionId: string; parliamentId: string; roadmapId: string; missingId: string };
type Call = (caller: ReturnType<typeof createCaller>, ids: Ids) => Promise<unknown>;

/** The procedures the issue names, and the session check alone (auth.me answers from it). */
const PROCEDURES: Record<string, Call> = {
  "auth.me (session check)": (c) => c.auth.me(),
  "missions.byId": (c, ids) => c.missions.byId({ id: ids.missionId }),
  "missions.byId, not found": (c, ids) => c.missions.byId({ id: ids.missingId }).catch(() => null),
  "missions.list (50)": (c) => c.missions.list({ limit: 50 }),
  "findings.list (50)": (c) => c.findings.list({ limit: 50 }),
  "roadmaps.byId": (c, ids) => c.roadmaps.byId({ id: ids.roadmapId }),
  "parliaments.overview": (c, ids) => c.parliaments.overview({ parliamentId: ids.parliamentId }),
  "dashboard.summary": (c) => c.dashboard.summary({}),
};

/** Prisma reads that take relationLoadStrategy. */
const RELATION_READS = new Set(["findMany", "findFirst", "findFirstOrThrow", "findUnique", "findUniqueOrThrow"]);

/** A client over `db`'s driver that counts statements; `before` also loads relations as Prisma did before (one statement each). */
function clientFor(db: Database, variant: Variant) {
  const counter = { statements: 0 };
  const factory = new Proxy(db.adapterFactory, {
    get(target, key, receiver) {
      if (key !== "connect") return Reflect.get(target, key, receiver) as unknown;
      return async () => {
        const adapter = await target.connect();
        return new Proxy(adapter, {
          get(inner, name, r) {
            const value = Reflect.get(inner, name, r) as unknown;
            if (typeof value !== "function") return value;
            if (name === "queryRaw" || name === "executeRaw") {
              return (...args: unknown[]) => {
                counter.statements++;
                return (value as (...a: unknown[]) => unknown).apply(inner, args);
              };
            }
            return (value as (...a: unknown[]) => unknown).bind(inner);
          },
        });
      };
    },
  });
  const base = new PrismaClient({ adapter: factory });
  const client =
    variant === "after"
      ? base
      : base.$extends({
          query: {
            $allModels: {
              $allOperations({ operation, args, query }) {
                const a = args as Record<string, unknown>;
                return query(RELATION_READS.has(operation) ? { ...a, relationLoadStrategy: "query" } : a);
              },
            },
          },
        });
  return { client: client as unknown as Db, base, counter };
}

/** The session check as it was: better-auth's getSession (session, then user), then the user once more. */
async function sessionBefore(db: Db, auth: Auth, headers: Headers): Promise<SessionUser | null> {
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const user = await db.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, email: true, name: true, role: true, parliamentId: true, expertId: true, active: true },
  });
  if (!user?.active) return null;
  const { active: _active, ...rest } = user;
  return rest;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main() {
  const url = values["database-url"];
  const dataDir = url ? null : mkdtempSync(join(tmpdir(), "hc-bench-statements-"));
  const { db } = await openAndMigrate(
    url ? { kind: "postgresql", url, poolSize: 4 } : { kind: "pglite", dataDir: dataDir! },
  );
  try {
    if ((await tablesWithRows(db)).length) await emptyDatabase(db);
    const seeded = await seedBench(db, { scale: Number(values.scale), report: () => {} });
    const ids = await idsOf(db);
    const adminEmail = seeded.benchAccounts.find((a) => a.role === "ADMIN")!.email;
    const cookie = await signIn(db, adminEmail);
    const variants = { before: clientFor(db, "before"), after: clientFor(db, "after") };
    const auths = {
      before: createAuth({ prisma: variants.before.base, secret: SECRET, baseURL: "http://localhost:3000" }),
      after: createAuth({ prisma: variants.after.base, secret: SECRET, baseURL: "http://localhost:3000" }),
    };
    const headers = new Headers({ cookie });
    const request = async (variant: Variant, call: Call, path: string) => {
      const { client, counter } = variants[variant];
      const auth = auths[variant];
      counter.statements = 0;
      const started = performance.now();
      const user =
        variant === "before"
          ? await sessionBefore(client, auth, headers)
          : await resolveSessionUser(client, auth, headers);
      if (!user) throw new Error("the bench session resolves to no one");
      // parliamentProcedure read the parliament before the overview read it again.
      if (variant === "before" && path === "parliaments.overview")
        await findVisibleParliament(client, user, ids.parliamentId);
      await call(createCaller(contextOf(client, auth, user, headers)), ids);
      return { millis: performance.now() - started, statements: counter.statements };
    };
    const load = loadavg()[0]!.toFixed(2);
    console.log(
      `Statements per request and median latency over ${CALLS} calls each, before | after, on ${db.kind} at scale ${values.scale} (load ${load})`,
    );
    console.log(`${"procedure".padEnd(28)} ${"statements".padStart(12)} ${"median ms".padStart(16)}`);
    const results: Record<string, Record<Variant, { statements: number; medianMs: number }>> = {};
    for (const [path, call] of Object.entries(PROCEDURES)) {
      const times: Record<Variant, number[]> = { before: [], after: [] };
      const statements: Record<Variant, number> = { before: 0, after: 0 };
      for (let i = 0; i < 10; i++) for (const v of ["before", "after"] as const) await request(v, call, path); // warm-up
      for (let i = 0; i < CALLS; i++) {
        for (const v of (i % 2 ? ["before", "after"] : ["after", "before"]) as Variant[]) {
          const r = await request(v, call, path);
          times[v].push(r.millis);
          statements[v] = r.statements;
        }
      }
      results[path] = {
        before: { statements: statements.before, medianMs: median(times.before) },
        after: { statements: statements.after, medianMs: median(times.after) },
      };
      const s = `${statements.before} | ${statements.after}`;
      const t = `${median(times.before).toFixed(2)} | ${median(times.after).toFixed(2)}`;
      console.log(`${path.padEnd(28)} ${s.padStart(12)} ${t.padStart(16)}`);
    }
    console.log(`\n(load average after: ${loadavg()[0]!.toFixed(2)})`);
    for (const v of Object.values(variants)) await v.base.$disconnect();
  } finally {
    await db.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

async function idsOf(db: Database): Promise<Ids> {
  const [row] = await db.prisma.$queryRawUnsafe<{ id: string; parliamentId: string; roadmapId: string }[]>(
    `SELECT m.id, m."parliamentId", r.id AS "roadmapId" FROM missions m JOIN roadmaps r ON r."missionId" = m.id
      WHERE EXISTS (SELECT 1 FROM roadmap_revisions v WHERE v."roadmapId" = r.id) ORDER BY m.code LIMIT 1`,
  );
  if (!row) throw new Error("no mission with a revised roadmap in the data set");
  return { missionId: row.id, parliamentId: row.parliamentId, roadmapId: row.roadmapId, missingId: "no-such-mission" };
}

const noop = () => {};
const silent = {
  info: noop,
  warn: noop,
  error: noop,
  debug: noop,
  trace: noop,
  fatal: noop,
  child: () => silent,
} as unknown as Context["log"];
const events = createInProcessRoadmapEvents();
const files = createFileStore("/tmp/hc-bench-statements-files");

function contextOf(db: Db, auth: Auth, user: SessionUser | null, headers: Headers): Context {
  return { db, auth, log: silent, user, headers, ip: "127.0.0.1", events, files, setCookie: () => {} };
}

async function signIn(db: Database, email: string): Promise<string> {
  const cookies: string[] = [];
  const auth = createAuth({ prisma: db.prisma, secret: SECRET, baseURL: "http://localhost:3000" });
  await login(
    { db: db.prisma, auth, headers: new Headers(), ip: "127.0.0.1", setCookie: (c) => cookies.push(c) },
    { email, password: BENCH_PASSWORD },
  );
  const session = cookies.find((c) => c.startsWith("hemicycle.session_token="));
  if (!session) throw new Error("no session cookie");
  return session.split(";")[0]!;
}

await main();
