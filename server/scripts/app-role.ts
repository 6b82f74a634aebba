// `pnpm db:app-role`: creates (or updates) the role the application connects as in
// production and sets its rights: normal reads and writes on the app's tables, only INSERT
// and SELECT on the record tables (the audit log and the review records), no TRUNCATE, no
// schema changes. Run it as the owner of the tables (the role that runs the migrations,
// DATABASE_URL) after every migration and every upgrade (it also installs or migrates the job
// queue's schema, pgboss, and its queues); then start the app with the role's own URL.
// APP_DB_ROLE names the role (default hemicycle_app); APP_DB_PASSWORD sets its password.
// See docs/security.md, "Audit log".
import { loadConfig } from "../src/config.ts";
import { appRoleStatements } from "../src/db/app-role.ts";
import { openDatabase } from "../src/db/database.ts";
import { installJobSchema } from "../src/jobs/runner.ts";

const config = loadConfig();
if (!config.databaseUrl) {
  console.error("db:app-role is for PostgreSQL: set DATABASE_URL to the tables' owner (PGlite has no roles).");
  process.exit(2);
}
const role = process.env.APP_DB_ROLE || "hemicycle_app";
const db = openDatabase({ kind: "postgresql", url: config.databaseUrl });
try {
  // The job queue's tables and queues, made or migrated by the owner: the app role may create nothing.
  await installJobSchema(db);
  await db.prisma.$transaction(async (tx) => {
    for (const statement of appRoleStatements(role, { password: process.env.APP_DB_PASSWORD || null })) {
      await tx.$executeRawUnsafe(statement);
    }
  });
  console.log(`Role ${role}: may read and write the app's tables, only insert into and read the record tables.`);
} finally {
  await db.close();
}
