// Benchmark #1: requests/s of five endpoints through tRPC over HTTP, signed in, against
// the raw node:http + pg handler running the SQL the app ran for them (raw/), both with
// a pool of 10 and under the same load (10 connections). Each round runs the raw handler
// and the app back to back, in alternating order; the figure is the median over the
// rounds of app/raw.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { startApp, fmt, pct, type Context } from "../lib/context.ts";
import { query, signInAdmins, trpcPath } from "../lib/endpoints.ts";
import { databaseDrain } from "../lib/drain.ts";
import { load } from "../lib/load.ts";
import { repoRoot, scratchDir, startProcess } from "../lib/processes.ts";
import { median } from "../lib/stats.ts";
import { captureSql, statementCount } from "../raw/capture.ts";

/** The issue's figures on main before the work (app/raw). */
const BEFORE: Record<string, string> = {
  "missions.byId": "25 %",
  "missions.list": "19 %",
  "findings.list": "24 %",
  "dashboard.summary": "—",
  "roadmaps.byId": "—",
};

export async function throughput(context: Context) {
  const { options } = context;
  const url = await context.postgresUrl();
  const captured = await captureSql(url);
  const planFile = join(await scratchDir("raw"), "plans.json");
  await writeFile(planFile, JSON.stringify(captured.plans));
  const raw = await startProcess({
    script: join(repoRoot, "bench", "raw", "server.mjs"),
    readyPath: "/ready",
    env: { DATABASE_URL: url, BENCH_PLAN: planFile, POOL_SIZE: "10" },
  });
  const app = await startApp(context.bundles.benchApp, { databaseUrl: url });
  const drain = await databaseDrain(url);
  try {
    const cookies = await signInAdmins(app.url);
    for (const endpoint of captured.endpoints) await query(app.url, cookies[0]!, endpoint.procedure, endpoint.input);
    const runApp = (procedure: string, input: unknown, seconds: number) =>
      load({ url: app.url, path: trpcPath(procedure, input), cookies, seconds, drain });
    const runRaw = (name: string, seconds: number) => load({ url: raw.url, path: `/raw/${name}`, seconds, drain });

    for (const endpoint of captured.endpoints) {
      await runRaw(endpoint.name, options.warmupSeconds);
      await runApp(endpoint.procedure, endpoint.input, options.warmupSeconds);
      const appRps: number[] = [];
      const rawRps: number[] = [];
      const ratios: number[] = [];
      let failures = 0;
      for (let round = 0; round < options.rounds; round++) {
        const rawFirst = round % 2 === 0;
        const a = rawFirst ? await runRaw(endpoint.name, options.seconds) : null;
        const b = await runApp(endpoint.procedure, endpoint.input, options.seconds);
        const c = a ?? (await runRaw(endpoint.name, options.seconds));
        appRps.push(b.rps);
        rawRps.push(c.rps);
        ratios.push(b.rps / c.rps);
        failures += b.failures + c.failures;
      }
      const ratio = median(ratios);
      console.error(
        `  #1 ${endpoint.name}: app ${fmt(median(appRps))} req/s, raw ${fmt(median(rawRps))} req/s → ${pct(ratio)}`,
      );
      context.figures.push({
        bench: "1",
        what: `${endpoint.name} through tRPC vs raw (${statementCount(captured.plans[endpoint.name]!)} statements): ${fmt(median(appRps))} vs ${fmt(median(rawRps))} req/s${failures ? `, ${failures} failed requests` : ""}`,
        value: pct(ratio),
        goal: `≥ ${pct(endpoint.goal)}`,
        baseline: BEFORE[endpoint.name] ?? "—",
        met: ratio >= endpoint.goal && failures === 0,
      });
    }
  } finally {
    await drain.end();
    await app.stop();
    await raw.stop();
  }
}
