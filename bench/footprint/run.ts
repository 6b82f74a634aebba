// Benchmark #9: start-up and memory. Start: the app as `pnpm serve` runs it (server/src/
// main.ts, bundled; demo seeding off) on an existing, seeded database, from spawn until
// GET /ready first answers 200; the median of several starts. Memory: the resident set
// (RSS) of the app once started and idle, right after the load of #1's endpoints (each
// for one run of 10 connections), and after resting as long again.
import { appEnv, startApp, fmt, type Context } from "../lib/context.ts";
import { endpoints, query, signInAdmins, trpcPath } from "../lib/endpoints.ts";
import { readyDrain } from "../lib/drain.ts";
import { load } from "../lib/load.ts";
import { startProcess } from "../lib/processes.ts";
import { median } from "../lib/stats.ts";

const START_GOAL_MS = 1500;
const RSS_GOAL_MB = { postgresql: 150, pglite: 350 };
const BEFORE = {
  start: "1.3 s",
  postgresql: { idle: "210–245 MB", after: "—" },
  pglite: { idle: "411–440 MB", after: "617 MB" },
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function footprint(context: Context) {
  const { options } = context;
  for (const kind of ["postgresql", "pglite"] as const) {
    const target =
      kind === "postgresql" ? { databaseUrl: await context.postgresUrl() } : { dataDir: await context.pgliteDataDir() };
    const label = kind === "postgresql" ? "PostgreSQL" : `PGlite (scale ${options.pgliteScale})`;
    // Start-up, as `pnpm serve` starts.
    const starts: number[] = [];
    const env = await appEnv(target);
    for (let i = 0; i < (options.quick ? 2 : 5); i++) {
      const server = await startProcess({
        script: context.bundles.main,
        readyPath: "/ready",
        env,
      });
      starts.push(server.startMs);
      await server.stop();
    }
    const start = median(starts);
    console.error(`  #9 start on ${label}: ${starts.map((s) => fmt(s)).join(", ")} ms`);
    context.figures.push({
      bench: "9",
      what: `start on an existing database, ${label} (median of ${starts.length})`,
      value: `${fmt(start / 1000, 2)} s`,
      goal: `≤ ${fmt(START_GOAL_MS / 1000, 1)} s`,
      baseline: kind === "postgresql" ? BEFORE.start : "—",
      met: start <= START_GOAL_MS,
    });

    // Memory, idle and after load.
    const app = await startApp(context.bundles.benchApp, target);
    try {
      const rest = (options.quick ? 3 : 10) * 1000;
      await sleep(rest);
      const idle = await app.rssMb();
      const cookies = await signInAdmins(app.url);
      const list = await endpoints((procedure, input) => query(app.url, cookies[0]!, procedure, input));
      for (const endpoint of list) {
        await load({
          url: app.url,
          path: trpcPath(endpoint.procedure, endpoint.input),
          cookies,
          seconds: options.seconds,
          drain: readyDrain(app.url),
        });
      }
      const loaded = await app.rssMb();
      await sleep(rest);
      const rested = await app.rssMb();
      console.error(
        `  #9 RSS on ${label}: idle ${fmt(idle)} MB, after load ${fmt(loaded)} MB, ${rest / 1000} s later ${fmt(rested)} MB`,
      );
      const goal = RSS_GOAL_MB[kind];
      context.figures.push(
        {
          bench: "9",
          what: `RSS idle, ${label}`,
          value: `${fmt(idle)} MB`,
          goal: `≤ ${goal} MB`,
          baseline: BEFORE[kind].idle,
          met: idle <= goal,
        },
        {
          bench: "9",
          what: `RSS right after the load, then ${rest / 1000} s later, ${label}`,
          value: `${fmt(loaded)} → ${fmt(rested)} MB`,
          goal: kind === "postgresql" ? `back near idle (≤ ${goal} MB)` : `≤ ${goal} MB`,
          baseline: BEFORE[kind].after,
          met: rested <= goal && (kind === "pglite" || rested <= idle * 1.25),
        },
      );
    } finally {
      await app.stop();
    }
  }
}
