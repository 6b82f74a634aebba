// Benchmark #3: dashboard.summary under 10 concurrent users (10 connections, signed in)
// on PostgreSQL: its p95 through the app, and the p95 of its own SQL (the statements the
// app ran for it, raw/capture.ts) run directly by 10 concurrent workers on a pool of 10,
// with no HTTP. Rounds alternate the two; figures are medians over the rounds.
import { startApp, fmt, type Context } from "../lib/context.ts";
import { query, signInAdmins, trpcPath } from "../lib/endpoints.ts";
import { databaseDrain } from "../lib/drain.ts";
import { load } from "../lib/load.ts";
import { median, percentile } from "../lib/stats.ts";
import { captureSql, openPool, runPlan, type Plan, type PgPool } from "../raw/capture.ts";

const P95_GOAL_MS = 50;
const RATIO_GOAL = 1.5;
/** The first run, before the rollups (bench/results.md, 30 November 2026, load average 8–10). */
const BASELINE_P95 = "6,486 ms";
const BASELINE_RATIO = "1.07× (SQL 6,041 ms)";

async function direct(pool: PgPool, plan: Plan, seconds: number, workers = 10): Promise<number> {
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (performance.now() < end) {
        const began = performance.now();
        await runPlan(pool, plan);
        latencies.push(performance.now() - began);
      }
    }),
  );
  return percentile(latencies, 95);
}

export async function dashboard(context: Context) {
  const { options } = context;
  const url = await context.postgresUrl();
  const { plans } = await captureSql(url);
  const plan = plans["dashboard.summary"]!;
  const pool = await openPool(url, 10);
  const app = await startApp(context.bundles.benchApp, { databaseUrl: url });
  const drain = await databaseDrain(url);
  try {
    const cookies = await signInAdmins(app.url);
    await query(app.url, cookies[0]!, "dashboard.summary", {});
    const path = trpcPath("dashboard.summary", {});
    await load({ url: app.url, path, cookies, seconds: options.warmupSeconds, drain });
    await direct(pool, plan, options.warmupSeconds);
    const appP95: number[] = [];
    const sqlP95: number[] = [];
    for (let round = 0; round < options.rounds; round++) {
      const sqlFirst = round % 2 === 0;
      if (sqlFirst) sqlP95.push(await direct(pool, plan, options.seconds));
      appP95.push((await load({ url: app.url, path, cookies, seconds: options.seconds, drain })).p95);
      if (!sqlFirst) sqlP95.push(await direct(pool, plan, options.seconds));
    }
    const p95 = median(appP95);
    const ratio = p95 / median(sqlP95);
    console.error(`  #3 dashboard.summary p95: app ${fmt(p95, 1)} ms, its SQL directly ${fmt(median(sqlP95), 1)} ms`);
    const scale = `scale ${options.scale}`;
    context.figures.push(
      {
        bench: "3",
        what: `dashboard.summary p95 at 10 concurrent users, PostgreSQL, ${scale}`,
        value: `${fmt(p95, 1)} ms`,
        goal: `≤ ${P95_GOAL_MS} ms`,
        baseline: BASELINE_P95,
        met: p95 <= P95_GOAL_MS,
      },
      {
        bench: "3",
        what: `dashboard.summary p95 vs its own SQL run directly (${fmt(median(sqlP95), 1)} ms, 10 workers)`,
        value: `${fmt(ratio, 2)}×`,
        goal: `≤ ${RATIO_GOAL}×`,
        baseline: BASELINE_RATIO,
        met: ratio <= RATIO_GOAL,
      },
    );
  } finally {
    await drain.end();
    await app.stop();
    await pool.end();
  }
}
