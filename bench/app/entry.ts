// The app as server/src/main.ts starts it, but with rate limits no bench can reach: the
// bench sends thousands of calls a minute from one address with a handful of sessions,
// which production's 600 a minute per session would refuse. Everything else (the
// per-user fair share of four procedures at a time included) is the app's own code.
// Bundled by app/build.ts like server/dist/main.js; never seeds the demo.
import { createAuth } from "../../server/src/auth/better-auth.ts";
import { loadConfig } from "../../server/src/config.ts";
import { configuredDatabase } from "../../server/src/data-dir.ts";
import { openAndMigrate } from "../../server/src/db/database.ts";
import { buildApp } from "../../server/src/http/app.ts";
import { memoryStore } from "../../server/src/http/request-limits.ts";

const config = loadConfig();
const { db } = await openAndMigrate(configuredDatabase(config));
const auth = createAuth({
  prisma: db.prisma,
  secret: config.authSecret!,
  baseURL: config.publicUrl,
  sessionLifetimes: config.sessionLifetimes,
});
const app = await buildApp({
  config,
  db,
  auth,
  limitStore: (options) => memoryStore({ ...options, points: 1_000_000_000 }),
});
const shutdown = async () => {
  await app.close();
  await db.close();
  process.exit(0);
};
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());
await app.listen({ port: config.port, host: config.host });
