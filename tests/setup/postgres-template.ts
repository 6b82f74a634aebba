// Builds a template database with the migrations applied (through the same WASM schema
// engine the server uses, never `db push`); each test file then gets
// `CREATE DATABASE … TEMPLATE` of it, a file-level copy that takes a fraction of a second.
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { databaseUrl, dropDatabase, testDatabasePrefix, withAdminClient } from "../helpers/postgres-admin.ts";
import { migrateTemplate } from "./migrate-template.ts";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("server-postgres needs TEST_DATABASE_URL (a superuser URL)");
  const started = performance.now();
  const runId = randomBytes(4).toString("hex");
  const template = `hc_template_${runId}`;
  await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE "${template}"`));
  try {
    const { db, applied } = await migrateTemplate({ kind: "postgresql", url: databaseUrl(adminUrl, template) });
    await db.close();
    if (applied.length === 0) throw new Error("No migration was applied to the PostgreSQL template");
    // Mark it as a template so that it cannot be changed by mistake through a connection.
    await withAdminClient(adminUrl, (client) =>
      client.query(`ALTER DATABASE "${template}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`),
    );
    if (process.env.HC_TEST_TIMINGS) {
      console.log(
        `[server-postgres] template with ${applied.length} migrations in ${Math.round(performance.now() - started)} ms`,
      );
    }
  } catch (error) {
    await dropDatabase(adminUrl, template, { isTemplate: true });
    throw error;
  }

  project.provide("databaseKind", "postgresql");
  project.provide("postgresAdminUrl", adminUrl);
  project.provide("postgresTemplate", template);
  return async () => {
    // Also drop the copies of test files whose worker died before its afterAll.
    const leftovers = await withAdminClient(adminUrl, (client) =>
      client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [
        testDatabasePrefix(template),
      ]),
    );
    for (const { datname } of leftovers.rows) await dropDatabase(adminUrl, datname);
    await dropDatabase(adminUrl, template, { isTemplate: true });
  };
}
