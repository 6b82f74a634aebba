// Benchmark #4 (docs/performance.md, "Lists at depth"): every paged list, unfiltered and
// with its usual filters and orders, as the bench admin and as a scoped persona (parliament
// staff, an expert), called through the real router (createCaller) on a database filled
// by `pnpm bench:seed`: its first page, and the page that starts `depth` rows in (or as
// deep as the list goes), reached by following the list's own cursors once and then
// jumping there with the cursor it handed out. Both pages are timed in turns after a
// warm-up. Goal: every page ≤ 1.2× the first page's cost, p95 ≤ 50 ms. Used by
// `pnpm bench:lists` (bench/lists.ts, every option) and by `pnpm bench lists` (fewer runs).
import { loadavg } from "node:os";
import { createAuth } from "../../server/src/auth/better-auth.ts";
import type { Context as AppContext, SessionUser } from "../../server/src/context.ts";
import { openAndMigrate } from "../../server/src/db/database.ts";
import { createFileStore } from "../../server/src/files/store.ts";
import { createInProcessRoadmapEvents } from "../../server/src/live/roadmap-events.ts";
import { createCaller } from "../../server/src/router.ts";
import { fmt, type Context } from "../lib/context.ts";
import { percentile } from "../lib/stats.ts";

export const GOAL_RATIO = 1.2;
export const GOAL_P95 = 50;

export type ListOptions = { depth: number; runs: number; limit: number; only?: string | undefined };

/** One list's figures: p50 and p95 of its first and its deep page, in ms. */
export type ListFigure = {
  name: string;
  who: string;
  depth: number;
  first: { p50: number; p95: number };
  deep: { p50: number; p95: number };
  ratio: number;
  met: boolean;
};

/**
 * Each list's figures before keyset cursors (Prisma's cursor, main at 270dfe5), p50 first →
 * deep in ms and their ratio, at load 12–22 (docs/performance.md, "Lists at depth").
 */
const BEFORE: Record<string, string> = {
  "missions.list admin": "21 → 51 ms, 2.37×",
  "missions.list sort=code admin": "18 → 32 ms, 1.74×",
  "missions.list sort=title admin": "42 → 29 ms, 0.69×",
  "missions.list sort=status admin": "33 → 62 ms, 1.88×",
  "missions.list sort=start admin": "1,551 → 1,654 ms, 1.07×",
  "missions.list status=COMPLETED admin": "28 → 72 ms, 2.59×",
  "findings.list admin": "1,065 → 1,000 ms, 0.94×",
  "findings.list sort=updatedAt admin": "900 → 894 ms, 0.99×",
  "findings.list sort=severity admin": "780 → 789 ms, 1.01×",
  "findings.list severity=HIGH admin": "585 → 635 ms, 1.09×",
  "findings.list staff": "77 → 72 ms, 0.93×",
  "findings.list expert": "131 → 99 ms, 0.75×",
  "findings.reviewQueue admin": "138 → 129 ms, 0.93×",
  "experts.list admin": "38 → 72 ms, 1.89×",
  "parliaments.list sort=region admin": "14 → 49 ms, 3.59×",
  "roadmaps.list admin": "105 → 93 ms, 0.88×",
  "users.list admin": "20 → 47 ms, 2.38×",
};

type Page = { items: unknown[]; nextCursor: string | null };
type Caller = ReturnType<typeof createCaller>;
type List = (caller: Caller, input: Record<string, unknown>) => Promise<Page>;
type Case = { name: string; who: "admin" | "staff" | "expert"; list: List; input: Record<string, unknown> };

const missions: List = (c, i) => c.missions.list(i as never);
const findings: List = (c, i) => c.findings.list(i as never);
const queue: List = (c, i) => c.findings.reviewQueue(i as never);
const experts: List = (c, i) => c.experts.list(i as never);
const parliaments: List = (c, i) => c.parliaments.list(i as never);
const programmes: List = (c, i) => c.programmes.list(i as never);
const roadmaps: List = (c, i) => c.roadmaps.list(i as never);
const users: List = (c, i) => c.users.list(i as never);
const audit: List = (c, i) => c.audit.list(i as never);

function casesFor(bigParliament: string): Case[] {
  return [
    { name: "missions.list", who: "admin", list: missions, input: {} },
    { name: "missions.list sort=code", who: "admin", list: missions, input: { sort: "code" } },
    { name: "missions.list sort=title", who: "admin", list: missions, input: { sort: "title" } },
    { name: "missions.list sort=status", who: "admin", list: missions, input: { sort: "status" } },
    { name: "missions.list sort=start", who: "admin", list: missions, input: { sort: "start" } },
    {
      name: "missions.list sort=start desc",
      who: "admin",
      list: missions,
      input: { sort: "start", sortDirection: "desc" },
    },
    { name: "missions.list status=COMPLETED", who: "admin", list: missions, input: { status: "COMPLETED" } },
    { name: "missions.list parliament", who: "admin", list: missions, input: { parliamentId: bigParliament } },
    { name: "missions.list", who: "staff", list: missions, input: {} },
    { name: "missions.list", who: "expert", list: missions, input: {} },
    { name: "findings.list", who: "admin", list: findings, input: {} },
    { name: "findings.list sort=updatedAt", who: "admin", list: findings, input: { sort: "updatedAt" } },
    { name: "findings.list sort=severity", who: "admin", list: findings, input: { sort: "severity" } },
    { name: "findings.list sort=grade", who: "admin", list: findings, input: { sort: "grade" } },
    {
      name: "findings.list sort=grade asc",
      who: "admin",
      list: findings,
      input: { sort: "grade", sortDirection: "asc" },
    },
    { name: "findings.list sort=area", who: "admin", list: findings, input: { sort: "area" } },
    { name: "findings.list sort=title", who: "admin", list: findings, input: { sort: "title" } },
    { name: "findings.list severity=HIGH", who: "admin", list: findings, input: { severity: "HIGH" } },
    { name: "findings.list status=VALIDATED", who: "admin", list: findings, input: { status: "VALIDATED" } },
    { name: "findings.list area=LEG", who: "admin", list: findings, input: { area: "LEG" } },
    { name: "findings.list parliament", who: "admin", list: findings, input: { parliamentId: bigParliament } },
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
  ];
}

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
} as unknown as AppContext["log"];

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Measures every list (or those `only` matches, by "name who"), calling `report` after each. */
export async function measureLists(
  url: string,
  options: ListOptions,
  report: (figure: ListFigure) => void = () => {},
): Promise<ListFigure[]> {
  const { db } = await openAndMigrate({ kind: "postgresql", url, poolSize: 4 });
  try {
    const events = createInProcessRoadmapEvents();
    const files = createFileStore("/tmp/hc-bench-lists-files");
    const auth = createAuth({
      prisma: db.prisma,
      secret: "bench-secret-bench-secret-bench-0123",
      baseURL: "http://localhost",
    });
    const callerAs = (user: SessionUser) =>
      createCaller({
        db: db.prisma,
        auth,
        log: silent,
        user,
        headers: new Headers(),
        ip: "127.0.0.1",
        events,
        files,
        setCookie: () => {},
      });
    const persona = (email: string): Promise<SessionUser> =>
      db.prisma.user.findUniqueOrThrow({
        where: { email },
        select: { id: true, email: true, name: true, role: true, parliamentId: true, expertId: true },
      });
    const personas = {
      admin: await persona("bench.admin1@bench.hemicycle.test"),
      staff: await persona("bench.staff1@bench.hemicycle.test"),
      expert: await persona("bench.expert1@bench.hemicycle.test"),
    };
    // Filters taken from the data: the parliament with the most missions.
    const [bigParliament] = await db.prisma.$queryRawUnsafe<{ id: string }[]>(
      `SELECT "parliamentId" AS id FROM missions GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    const cases = casesFor(bigParliament!.id).filter(
      (c) => !options.only || new RegExp(options.only).test(`${c.name} ${c.who}`),
    );

    /** The cursor of the page `depth` rows in, or of the last page when the list is shorter. */
    async function cursorAtDepth(caller: Caller, c: Case): Promise<{ cursor: string | null; depth: number }> {
      let cursor: string | null = null;
      let depth = 0;
      while (depth < options.depth) {
        const take = Math.min(100, options.depth - depth);
        const page: Page = await c.list(caller, { ...c.input, limit: take, ...(cursor ? { cursor } : {}) });
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
        depth += page.items.length;
      }
      return { cursor, depth };
    }

    const figures: ListFigure[] = [];
    for (const c of cases) {
      const caller = callerAs(personas[c.who]);
      const { cursor, depth } = await cursorAtDepth(caller, c);
      const first = () => c.list(caller, { ...c.input, limit: options.limit });
      const deep = () => c.list(caller, { ...c.input, limit: options.limit, ...(cursor ? { cursor } : {}) });
      await first();
      await deep();
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < options.runs; i++) {
        a.push(await time(first));
        b.push(await time(deep));
      }
      const firstPage = { p50: percentile(a, 50), p95: percentile(a, 95) };
      const deepPage = { p50: percentile(b, 50), p95: percentile(b, 95) };
      const ratio = deepPage.p50 / firstPage.p50;
      const met = ratio <= GOAL_RATIO && firstPage.p95 <= GOAL_P95 && deepPage.p95 <= GOAL_P95;
      const figure = { name: c.name, who: c.who, depth, first: firstPage, deep: deepPage, ratio, met };
      figures.push(figure);
      report(figure);
    }
    return figures;
  } finally {
    await db.close();
  }
}

const pad = (s: string | number, n: number) => String(s).padStart(n);

export const listsHeader = () =>
  `${"list".padEnd(36)} ${"who".padEnd(6)} ${pad("depth", 6)} ${pad("first p50", 10)} ${pad("p95", 7)} ${pad("deep p50", 9)} ${pad("p95", 7)} ${pad("ratio", 6)}  goal (≤${GOAL_RATIO}×, p95 ≤ ${GOAL_P95} ms); load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`;

export const listsLine = (f: ListFigure) =>
  `${f.name.padEnd(36)} ${f.who.padEnd(6)} ${pad(f.depth, 6)} ${pad(f.first.p50.toFixed(1), 10)} ${pad(f.first.p95.toFixed(1), 7)} ${pad(f.deep.p50.toFixed(1), 9)} ${pad(f.deep.p95.toFixed(1), 7)} ${pad(f.ratio.toFixed(2), 6)}  ${f.met ? "met" : "MISSED"}`;

/**
 * `pnpm bench lists`: every list at the run's scale (20,000 rows deep at full scale, as
 * deep as the list goes at smaller ones), 7 runs of each page (3 with --quick) instead of
 * bench:lists' 15; one line of the table per list.
 */
export async function lists(context: Context) {
  const { options } = context;
  const url = await context.postgresUrl();
  const runs = options.quick ? 3 : 7;
  console.error(`  #4 ${listsHeader()}`);
  const figures = await measureLists(url, { depth: 20_000, runs, limit: 50 }, (f) =>
    console.error(`  #4 ${listsLine(f)}`),
  );
  const ms = (p: { p50: number; p95: number }) => `${fmt(p.p50, 1)} / ${fmt(p.p95, 1)}`;
  for (const f of figures) {
    context.figures.push({
      bench: "4",
      what: `${f.name} (${f.who}), first page vs ${fmt(f.depth)} rows deep, p50 / p95, scale ${options.scale}`,
      value: `${ms(f.first)} → ${ms(f.deep)} ms, ${f.ratio.toFixed(2)}×`,
      goal: `≤ ${GOAL_RATIO}×, p95 ≤ ${GOAL_P95} ms`,
      baseline: BEFORE[`${f.name} ${f.who}`] ?? "—",
      met: f.met,
    });
  }
  const missed = figures.filter((f) => !f.met).length;
  context.notes.push(
    `#4 lists at depth: ${figures.length - missed} of ${figures.length} lists meet the goal, ${runs} runs of each page; baselines are Prisma's cursor before keyset cursors (p50 first → deep, at load 12–22).`,
  );
}
