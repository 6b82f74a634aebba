// What keeping the rate limits in PostgreSQL costs (docs/operations.md, "What lives where"):
// the same cheap request (`auth.me` with a session cookie that matches nothing: one
// statement) through an app whose limits count in memory, then through one whose limits
// count in rate_limits (http/postgres-limits.ts), in process through Fastify's inject, 10
// at a time, rounds interleaved. And the limiter alone: consume() calls per second.
//
//   BENCH_DATABASE_URL=postgres://… pnpm --filter @hemicycle/server exec tsx ../bench/rate-limits.ts [--requests 3000] [--rounds 3]
//
// The database must be migrated (pnpm db:migrate with DATABASE_URL, or any test database).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createAuth } from "../server/src/auth/better-auth.ts";
import { loadConfig } from "../server/src/config.ts";
import { openDatabase } from "../server/src/db/database.ts";
import { buildApp } from "../server/src/http/app.ts";
import { postgresLimiterStore } from "../server/src/http/postgres-limits.ts";
import { memoryStore, type LimiterStore } from "../server/src/http/request-limits.ts";

const { values } = parseArgs({
  options: { requests: { type: "string", default: "3000" }, rounds: { type: "string", default: "3" } },
});
const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error("BENCH_DATABASE_URL is required");
const requests = Number(values.requests);
const rounds = Number(values.rounds);
const CONCURRENCY = 10;

const db = openDatabase({ kind: "postgresql", url });
const dataDir = await mkdtemp(join(tmpdir(), "hc-bench-limits-"));
const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent" });
const auth = createAuth({
  prisma: db.prisma,
  secret: "bench-rate-limits-secret-bench-rate-01",
  baseURL: config.publicUrl,
});
const limits = postgresLimiterStore(url);

async function appWith(store: LimiterStore) {
  const app = await buildApp({ config, db, auth, limitStore: store });
  await app.ready();
  return app;
}

/** Requests per second and mean latency of `requests` calls, 10 at a time; a new caller each 400 calls (under every budget). */
async function run(app: Awaited<ReturnType<typeof appWith>>, round: number) {
  let next = 0;
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let n = next++; n < requests; n = next++) {
        const caller = `${round}-${Math.floor(n / 400)}`;
        const t = performance.now();
        const answer = await app.inject({
          method: "GET",
          url: "/trpc/auth.me",
          headers: { cookie: `hemicycle.session_token=bench-${caller}` },
          remoteAddress: `10.${round}.${Math.floor(n / 400)}.1`,
        });
        latencies.push(performance.now() - t);
        if (answer.statusCode === 429 || answer.statusCode >= 500) throw new Error(`answer ${answer.statusCode}`);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: requests / seconds, meanMs: latencies.reduce((a, b) => a + b, 0) / latencies.length };
}

const memoryApp = await appWith(memoryStore);
const postgresApp = await appWith(limits.store);
await run(memoryApp, 90);
await run(postgresApp, 91);
const figures: Record<string, { perSecond: number; meanMs: number }[]> = { memory: [], postgres: [] };
for (let round = 0; round < rounds; round++) {
  figures.memory!.push(await run(memoryApp, round * 2));
  figures.postgres!.push(await run(postgresApp, round * 2 + 1));
}
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [name, list] of Object.entries(figures)) {
  console.log(
    `${name.padEnd(8)} ${median(list.map((f) => f.perSecond)).toFixed(0)} req/s, mean ${median(list.map((f) => f.meanMs)).toFixed(2)} ms (rounds: ${list.map((f) => f.perSecond.toFixed(0)).join(", ")})`,
  );
}

// The limiter alone: one consume() per call, 10 at a time.
const limiter = limits.store({ keyPrefix: "bench-alone", points: 1_000_000, duration: 60 });
let next = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    for (let n = next++; n < requests; n = next++) await limiter.consume(`k${n % 50}`, 1);
  }),
);
console.log(
  `limiter alone: ${(requests / ((performance.now() - started) / 1000)).toFixed(0)} consume()/s on a pool of 3`,
);

await memoryApp.close();
await postgresApp.close();
await limits.close();
await db.close();
await rm(dataDir, { recursive: true, force: true });
