// Start-up: configuration, the private data folder, the database (migrations applied),
// demo data when asked, the HTTP server, and a clean shutdown that closes the database
// (an open PGlite keeps the process alive).
import { resolve } from "node:path";
import { createAuth } from "./auth/better-auth.ts";
import { loadConfig, type Config } from "./config.ts";
import { configuredDatabase, ensurePrivateDir, storedAuthSecret } from "./data-dir.ts";
import { openAndMigrate, type Database } from "./db/database.ts";
import { buildApp } from "./http/app.ts";
import { createJobRunner } from "./jobs/runner.ts";

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
  const app = await buildApp({ config, db, auth, jobs: runner.queue });
  if (applied.length) app.log.info({ migrations: applied }, "applied migrations");

  const demoLines = config.seedDemo ? await seedDemo(db) : [];

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await app.close();
      // The jobs running finish (or are released for another instance to retry), then no more are taken.
      await runner.stop();
      await db.close();
    } finally {
      process.exit(0);
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
