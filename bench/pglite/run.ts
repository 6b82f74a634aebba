// Benchmark #5: the endpoints of #1 through the app on PGlite vs the same app on
// PostgreSQL, both holding the data set at the same scale (options.pgliteScale), same
// load (10 connections, signed in). Rounds alternate the two; the figure is the median
// over the rounds of PGlite/PostgreSQL requests/s.
import { startApp, fmt, pct, type Context } from "../lib/context.ts";
import { endpoints, query, signInAdmins, trpcPath } from "../lib/endpoints.ts";
import { databaseDrain, readyDrain } from "../lib/drain.ts";
import { load } from "../lib/load.ts";
import { median } from "../lib/stats.ts";

const GOAL = 0.5;

export async function pglite(context: Context) {
  const { options } = context;
  const postgresUrl = await context.postgresUrlAtPgliteScale();
  const postgres = await startApp(context.bundles.benchApp, { databaseUrl: postgresUrl });
  const embedded = await startApp(context.bundles.benchApp, { dataDir: await context.pgliteDataDir() });
  const postgresDrain = await databaseDrain(postgresUrl);
  try {
    const servers = await Promise.all(
      [postgres, embedded].map(async (server) => {
        const cookies = await signInAdmins(server.url);
        const drain = server === postgres ? postgresDrain : readyDrain(server.url);
        return { url: server.url, cookies, drain };
      }),
    );
    const [pg, lite] = servers as [(typeof servers)[0], (typeof servers)[0]];
    // The same seed gives the same ids on both: the inputs are picked once, on PostgreSQL.
    const list = await endpoints((procedure, input) => query(pg.url, pg.cookies[0]!, procedure, input));
    for (const endpoint of list) {
      const path = trpcPath(endpoint.procedure, endpoint.input);
      const run = (server: typeof pg, seconds: number) =>
        load({ url: server.url, path, cookies: server.cookies, seconds, drain: server.drain });
      await query(lite.url, lite.cookies[0]!, endpoint.procedure, endpoint.input);
      await run(pg, options.warmupSeconds);
      await run(lite, options.warmupSeconds);
      const ratios: number[] = [];
      const pgRps: number[] = [];
      const liteRps: number[] = [];
      let failures = 0;
      for (let round = 0; round < options.rounds; round++) {
        const first = round % 2 === 0 ? pg : lite;
        const a = await run(first, options.seconds);
        const b = await run(first === pg ? lite : pg, options.seconds);
        const [p, l] = first === pg ? [a, b] : [b, a];
        pgRps.push(p.rps);
        liteRps.push(l.rps);
        ratios.push(l.rps / p.rps);
        failures += a.failures + b.failures;
      }
      const ratio = median(ratios);
      console.error(
        `  #5 ${endpoint.name}: PGlite ${fmt(median(liteRps))} req/s, PostgreSQL ${fmt(median(pgRps))} req/s → ${pct(ratio)}`,
      );
      context.figures.push({
        bench: "5",
        what: `${endpoint.name} on PGlite vs PostgreSQL, scale ${options.pgliteScale}: ${fmt(median(liteRps))} vs ${fmt(median(pgRps))} req/s${failures ? `, ${failures} failed requests` : ""}`,
        value: pct(ratio),
        goal: `≥ ${pct(GOAL)}`,
        baseline: "37–47 %",
        met: ratio >= GOAL && failures === 0,
      });
    }
  } finally {
    await postgresDrain.end();
    await postgres.stop();
    await embedded.stop();
  }
}
