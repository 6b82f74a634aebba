// Start-up: configuration, database (migrations applied), demo data, HTTP server, and
// a clean shutdown that closes the database (an open PGlite keeps the process alive).
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createAuth } from "./auth/better-auth.ts";
import { loadConfig, type Config } from "./config.ts";
import { openAndMigrate } from "./db/database.ts";
import { buildApp } from "./http/app.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from "./seed/seed-demo.ts";

/** The session-signing secret: from AUTH_SECRET, else generated once and kept in the data folder. */
function authSecret(config: Config): string {
  if (config.authSecret) return config.authSecret;
  const dir = resolve(config.dataDir);
  const file = join(dir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function main() {
  const config = loadConfig();
  const target = config.databaseUrl
    ? ({ kind: "postgresql", url: config.databaseUrl } as const)
    : ({ kind: "pglite", dataDir: resolve(config.dataDir, "pglite") } as const);
  const { db, applied } = await openAndMigrate(target);
  const auth = createAuth({ prisma: db.prisma, secret: authSecret(config), baseURL: config.publicUrl });
  const app = await buildApp({ config, db, auth });
  if (applied.length) app.log.info({ migrations: applied }, "applied migrations");

  const seeded = config.seedDemo ? (await seedDemoData(db.prisma)).seeded : false;

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await app.close();
      await db.close();
    } finally {
      process.exit(0);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const url = config.publicUrl === `http://localhost:${config.port}` ? `http://localhost:${port}` : config.publicUrl;

  const lines = [
    "",
    `Hemicycle is running at ${url}`,
    `Database: ${db.kind === "pglite" ? `embedded PGlite in ${resolve(config.dataDir, "pglite")}` : "PostgreSQL (DATABASE_URL)"}`,
  ];
  if (config.seedDemo) {
    lines.push(
      seeded ? "Demo data seeded on this empty database." : "Demo data: the database already had data; nothing seeded.",
    );
    lines.push(`Demo accounts (password: ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) lines.push(`  ${account.email.padEnd(34)} ${account.description}`);
  }
  lines.push("Press Ctrl+C to stop.", "");
  process.stdout.write(lines.join("\n") + "\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`Hemicycle could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  if (error instanceof Error && error.stack && process.env.NODE_ENV !== "production")
    process.stderr.write(error.stack + "\n");
  process.exit(1);
});
