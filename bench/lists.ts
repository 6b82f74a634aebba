// `pnpm bench:lists [--database-url <url>] [--depth 20000] [--runs 15] [--limit 50] [--only <regexp>]`:
// issue 10, benchmark #4 (docs/performance.md, "Lists at depth"). On a database filled by
// `pnpm bench:seed`, each paged list is called through the real router (createCaller), as
// the bench admin and as a scoped persona (parliament staff, an expert), unfiltered and
// with its usual filters and orders: its first page, and the page that starts `--depth`
// rows in (or as deep as the list goes), reached by following the list's own cursors once
// and then jumping there with the cursor it handed out. Both pages are timed in turns,
// after a warm-up, and printed side by side with the ratio deep/first and the goal:
// every page ≤ 1.2× the first page's cost, p95 ≤ 50 ms.
import { parseArgs } from "node:util";
import { createAuth } from "../server/src/auth/better-auth.ts";
import type { Context, SessionUser } from "../server/src/context.ts";
import { openAndMigrate } from "../server/src/db/database.ts";
import { createFileStore } from "../server/src/files/store.ts";
import { createInProcessRoadmapEvents } from "../server/src/live/roadmap-events.ts";
import { createCaller } from "../server/src/router.ts";

const { values } = parseArgs({
  options: {
    "database-url": { type: "string" },
    depth: { type: "string", default: "20000" },
    runs: { type: "string", default: "15" },
    limit: { type: "string", default: "50" },
    only: { type: "string" },
  },
});
const url = values["database-url"] ?? process.env.DATABASE_URL;
if (!url) throw new Error("bench:lists measures PostgreSQL: give --database-url or DATABASE_URL");
const DEPTH = Number(values.depth);
const RUNS = Number(values.runs);
const LIMIT = Number(values.limit);
const GOAL_RATIO = 1.2;
const GOAL_P95 = 50;

const { db } = await openAndMigrate({ kind: "postgresql", url, poolSize: 4 });
// No logger package from here (bench/ is outside the workspace's packages): one that drops everything.
const drop = () => {};
const silent = {
  level: "silent",
  fatal: drop,
  error: drop,
  warn: drop,
  info: drop,
  debug: drop,
  trace: drop,
  silent: drop,
  child: () => silent,
} as unknown as Context["log"];
const events = createInProcessRoadmapEvents();
const files = createFileStore("/tmp/hc-bench-lists-files");

function callerAs(user: SessionUser) {
  const context: Context = {
    db: db.prisma,
    auth: createAuth({
      prisma: db.prisma,
      secret: "bench-secret-bench-secret-bench-0123",
      baseURL: "http://localhost",
    }),
    log: silent,
    user,
    headers: new Headers(),
    ip: "127.0.0.1",
    events,
    files,
    setCookie: () => {},
  };
  return createCaller(context);
}
type Caller = ReturnType<typeof callerAs>;

async function persona(email: string): Promise<SessionUser> {
  return db.prisma.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, email: true, name: true, role: true, parliamentId: true, expertId: true },
  });
}
const personas = {
  admin: await persona("bench.admin1@bench.hemicycle.test"),
  staff: await persona("bench.staff1@bench.hemicycle.test"),
  expert: await persona("bench.expert1@bench.hemicycle.test"),
};

// Filters taken from the data: the parliament with the most missions, and so on.
const [bigParliament] = await db.prisma.$queryRawUnsafe<{ id: string }[]>(
  `SELECT "parliamentId" AS id FROM missions GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
);

type Page = { items: unknown[]; nextCursor: string | null };
type List = (caller: Caller, input: Record<string, unknown>) => Promise<Page>;
type Case = { name: string; who: keyof typeof personas; list: List; input: Record<string, unknown> };

const missions: List = (c, i) => c.missions.list(i as never);
const findings: List = (c, i) => c.findings.list(i as never);
const queue: List = (c, i) => c.findings.reviewQueue(i as never);
const experts: List = (c, i) => c.experts.list(i as never);
const parliaments: List = (c, i) => c.parliaments.list(i as never);
const programmes: List = (c, i) => c.programmes.list(i as never);
const roadmaps: List = (c, i) => c.roadmaps.list(i as never);
const users: List = (c, i) => c.users.list(i as never);
const audit: List = (c, i) => c.audit.list(i as never);

const cases: Case[] = [
  { name: "missions.list", who: "admin", list: missions, input: {} },
  { name: "missions.list sort=code", who: "admin", list: missions, input: { sort: "code" } },
  { name: "missions.list sort=title", who: "admin", list: missions, input: { sort: "title" } },
  { name: "missions.list sort=status", who: "admin", list: missions, input: { sort: "status" } },
  { name: "missions.list sort=start", who: "admin", list: missions, input: { sort: "start" } },
  { name: "missions.list status=COMPLETED", who: "admin", list: missions, input: { status: "COMPLETED" } },
  { name: "missions.list parliament", who: "admin", list: missions, input: { parliamentId: bigParliament!.id } },
  { name: "missions.list", who: "staff", list: missions, input: {} },
  { name: "missions.list", who: "expert", list: missions, input: {} },
  { name: "findings.list", who: "admin", list: findings, input: {} },
  { name: "findings.list sort=updatedAt", who: "admin", list: findings, input: { sort: "updatedAt" } },
  { name: "findings.list sort=severity", who: "admin", list: findings, input: { sort: "severity" } },
  { name: "findings.list sort=grade", who: "admin", list: findings, input: { sort: "grade" } },
  { name: "findings.list sort=area", who: "admin", list: findings, input: { sort: "area" } },
  { name: "findings.list sort=title", who: "admin", list: findings, input: { sort: "title" } },
  { name: "findings.list severity=HIGH", who: "admin", list: findings, input: { severity: "HIGH" } },
  { name: "findings.list status=VALIDATED", who: "admin", list: findings, input: { status: "VALIDATED" } },
  { name: "findings.list area=LEG", who: "admin", list: findings, input: { area: "LEG" } },
  { name: "findings.list parliament", who: "admin", list: findings, input: { parliamentId: bigParliament!.id } },
  { name: "findings.list", who: "staff", list: findings, input: {} },
  { name: "findings.list", who: "expert", list: findings, input: {} },
  { name: "findings.reviewQueue", who: "admin", list: queue, input: {} },
  { name: "findings.reviewQueue", who: "expert", list: queue, input: {} },
  { name: "experts.list", who: "admin", list: experts, input: {} },
  { name: "experts.list sort=country", who: "admin", list: experts, input: { sort: "country" } },
  { name: "parliaments.list", who: "admin", list: parliaments, input: {} },
  { name: "parliaments.list sort=region", who: "admin", list: parliaments, input: { sort: "region" } },
  { name: "programmes.list", who: "admin", list: programmes, input: {} },
  { name: "roadmaps.list", who: "admin", list: roadmaps, input: {} },
  { name: "roadmaps.list", who: "staff", list: roadmaps, input: {} },
  { name: "users.list", who: "admin", list: users, input: {} },
  { name: "audit.list", who: "admin", list: audit, input: {} },
].filter((c) => !values.only || new RegExp(values.only).test(`${c.name} ${c.who}`));

/** The cursor of the page `depth` rows in, or of the last page when the list is shorter. */
async function cursorAtDepth(caller: Caller, c: Case): Promise<{ cursor: string | null; depth: number }> {
  let cursor: string | null = null;
  let depth = 0;
  while (depth < DEPTH) {
    const take = Math.min(100, DEPTH - depth);
    const page: Page = await c.list(caller, { ...c.input, limit: take, ...(cursor ? { cursor } : {}) });
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
    depth += page.items.length;
  }
  return { cursor, depth };
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(
  `Lists at depth: page of ${LIMIT}, ${RUNS} runs each after a warm-up, first page and deep page in turns; load ${(
    await import("node:os")
  )
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
console.log(
  `${"list".padEnd(34)} ${"who".padEnd(6)} ${pad("depth", 6)} ${pad("first p50", 10)} ${pad("p95", 7)} ${pad("deep p50", 9)} ${pad("p95", 7)} ${pad("ratio", 6)}  goal (≤${GOAL_RATIO}×, p95 ≤ ${GOAL_P95} ms)`,
);
let missed = 0;
for (const c of cases) {
  const caller = callerAs(personas[c.who]);
  const { cursor, depth } = await cursorAtDepth(caller, c);
  const first = () => c.list(caller, { ...c.input, limit: LIMIT });
  const deep = () => c.list(caller, { ...c.input, limit: LIMIT, ...(cursor ? { cursor } : {}) });
  await first();
  await deep();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    a.push(await time(first));
    b.push(await time(deep));
  }
  a.sort((x, y) => x - y);
  b.sort((x, y) => x - y);
  const ratio = quantile(b, 0.5) / quantile(a, 0.5);
  const ok = ratio <= GOAL_RATIO && quantile(a, 0.95) <= GOAL_P95 && quantile(b, 0.95) <= GOAL_P95;
  if (!ok) missed++;
  console.log(
    `${c.name.padEnd(34)} ${c.who.padEnd(6)} ${pad(depth, 6)} ${pad(quantile(a, 0.5).toFixed(1), 10)} ${pad(quantile(a, 0.95).toFixed(1), 7)} ${pad(quantile(b, 0.5).toFixed(1), 9)} ${pad(quantile(b, 0.95).toFixed(1), 7)} ${pad(ratio.toFixed(2), 6)}  ${ok ? "met" : "MISSED"}`,
  );
}
console.log(`${cases.length - missed} of ${cases.length} lists meet the goal.`);
await db.close();
