// A fresh, migrated database for one test file: PGlite (in-process) or a PostgreSQL
// database copied from the migrated template, depending on the vitest project.
//
//   const db = useTestDatabase();
//   it("…", async () => { await db().prisma.mission.findMany(); });
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { type Database, openDatabase } from "@hemicycle/server/db/database";
import { afterAll, beforeAll, inject } from "vitest";
import { databaseUrl, dropDatabase, testDatabasePrefix, withAdminClient } from "./postgres-admin.ts";

export type { Database };

let pgliteDump: Promise<Blob> | undefined;

/** Creates a new database with every migration applied; `close()` also drops it. */
export async function createTestDatabase(): Promise<Database> {
  const kind = inject("databaseKind");
  const started = performance.now();
  let db: Database;
  if (kind === "pglite") db = await createPGliteDatabase();
  else if (kind === "postgresql") db = await createPostgresDatabase();
  else {
    throw new Error(
      "createTestDatabase() runs only in the server-pglite and server-postgres projects (no databaseKind provided)",
    );
  }
  if (process.env.HC_TEST_TIMINGS) {
    console.log(`[${kind}] test database ready in ${Math.round(performance.now() - started)} ms`);
  }
  return db;
}

async function createPGliteDatabase(): Promise<Database> {
  pgliteDump ??= readFile(inject("pgliteDumpPath")).then((bytes) => new Blob([bytes]));
  const instance = await PGlite.create({ loadDataDir: await pgliteDump });
  return openDatabase({ kind: "pglite", instance });
}

async function createPostgresDatabase(): Promise<Database> {
  const adminUrl = inject("postgresAdminUrl");
  const template = inject("postgresTemplate");
  const name = testDatabasePrefix(template) + randomBytes(6).toString("hex");
  await withAdminClient(adminUrl, async (client) => {
    // Two copies of one template may not start at the very same moment on every
    // PostgreSQL version ("source database is being accessed by other users"): retry.
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== "55006" || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  });
  const db = openDatabase({ kind: "postgresql", url: databaseUrl(adminUrl, name) });
  return {
    ...db,
    close: async () => {
      try {
        await db.close();
      } finally {
        await dropDatabase(adminUrl, name);
      }
    },
  };
}

/**
 * Registers `beforeAll`/`afterAll` that create the test file's database and close (and
 * drop) it; returns a getter to call inside tests and hooks.
 */
export function useTestDatabase(): () => Database {
  let db: Database | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
    db = undefined;
  });
  return () => {
    if (!db)
      throw new Error(
        "useTestDatabase(): the database exists from beforeAll on; call the getter inside a test or hook",
      );
    return db;
  };
}
