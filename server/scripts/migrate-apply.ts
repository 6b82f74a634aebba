// Applies pending migrations to the configured database (DATABASE_URL, else the PGlite
// data folder). The server also does this at start-up; this is for deploy pipelines.
import { loadConfig } from "../src/config.ts";
import { configuredDatabase } from "../src/data-dir.ts";
import { openAndMigrate } from "../src/db/database.ts";

const config = loadConfig();
const { db, applied } = await openAndMigrate(configuredDatabase(config));
await db.close();
console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
