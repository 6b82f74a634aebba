// Start-up: configuration, the private data folder, the database (migrations applied),
// demo data when asked, the HTTP server, and a graceful shutdown (docs/operations.md,
// "Stopping an instance"): on SIGTERM or SIGINT the server stops accepting, its live
// streams end, the requests in flight finish, the jobs are released, then the database
// closes (an open PGlite keeps the process alive); all within SHUTDOWN_SECONDS.
import { resolve } from "node:path";
import { createAuth } from "./auth/better-auth.ts";
import { loadConfig, type Config } from "./config.ts";
import { configuredDatabase, ensurePrivateDir, storedAuthSecret } from "./data-dir.ts";
import { openAndMigrate, type Database } from "./db/database.ts";
import { buildApp } from "./http/app.ts";
import { createJobRunner } from "./jobs/runner.ts";
import { postgresLimiterStore } from "./http/postgres-limits.ts";
import { prismaFailureStore } from "./services/sign-in-failures.ts";
import { createSignInThrottle } from "./services/sign-in-throttle.ts";

/** Seeds the demo on an empty database; the demo data is loaded only then. Returns the lines to print. */
async function seedDemo(db: Database): Promise<string[]> {
  const { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } = await import("./seed/seed-demo.ts");
  const { seeded } = await seedDemoData(db.prisma);
  return [
    seeded ? "Demo data seeded on this empty database." : "Demo data: the database already had data; nothing seeded.",
    `Demo accounts (password: ${DEMO_PASSWORD}):`,
    ...DEMO_ACCOUNTS.map((account) => `  ${account.email.padEnd(34)} ${account.description}`),
  ];
}

async function main() {
  const config: Config = loadConfig();
  const dataDir = ensurePrivateDir(resolve(config.dataDir));
  const target = configuredDatabase(config);
  const { db, applied } = await openAndMigrate(target);
  const auth = createAuth({
    prisma: db.prisma,
    secret: config.authSecret ?? storedAuthSecret(dataDir),
    baseURL: config.publicUrl,
    sessionLifetimes: config.sessionLifetimes,
  });
  // What instances must share lives in the database: sign-in failures on both databases,
  // rate-limit counters on PostgreSQL (PGlite is one process: they stay in its memory).
  const signInThrottle = createSignInThrottle({ store: prismaFailureStore(db.prisma) });
  const limits = target.kind === "postgresql" ? postgresLimiterStore(target.url) : null;
  // The jobs (docs/operations.md, "Jobs"): pg-boss on this database; the app sends to its
  // queue, and it starts working once the server listens. Its log is the app's.
  const runner = createJobRunner({
    db,
    config,
    log: {
      info: (details, message) => app.log.info(details, message),
      warn: (details, message) => app.log.warn(details, message),
      error: (details, message) => app.log.error(details, message),
    },
  });
  const app = await buildApp({ config, db, auth, jobs: runner.queue, signInThrottle, limitStore: limits?.store });
  if (applied.length) app.log.info({ migrations: applied }, "applied migrations");

  const demoLines = config.seedDemo ? await seedDemo(db) : [];

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down");
    const force = setTimeout(() => {
      app.log.error({ timeoutMs: config.shutdownTimeoutMs }, "shutdown timed out");
      process.exit(1);
    }, config.shutdownTimeoutMs);
    force.unref();
    let code = 0;
    try {
      // /ready says 503 and live streams end (http/lifecycle.ts); then no new connection
      // is accepted and the requests in flight finish.
      app.lifecycle.drain();
      await app.close();
      // The jobs running finish (or are released for another instance to retry), then no more are taken.
      await runner.stop();
      await limits?.close();
      await db.close();
      app.log.info("shut down");
    } catch (error) {
      code = 1;
      app.log.error({ err: error }, "shutdown failed");
    } finally {
      process.exit(code);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  await app.listen({ port: config.port, host: config.host });
  await runner.start();
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const url = config.publicUrl === `http://localhost:${config.port}` ? `http://localhost:${port}` : config.publicUrl;

  const lines = [
    "",
    `Hemicycle is running at ${url}`,
    `Database: ${db.kind === "pglite" ? `embedded PGlite in ${target.kind === "pglite" ? target.dataDir : ""}` : "PostgreSQL (DATABASE_URL)"}`,
    ...demoLines,
    "Press Ctrl+C to stop.",
    "",
  ];
  process.stdout.write(lines.join("\n") + "\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`Hemicycle could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  if (error instanceof Error && error.stack && process.env.NODE_ENV !== "production")
    process.stderr.write(error.stack + "\n");
  process.exit(1);
});
