// Three instances starting at once on a fresh PostgreSQL database (db/database.ts,
// openAndMigrate under pg_advisory_lock): each start succeeds, one of them applies every
// migration and the others find nothing left to apply, and each migration is recorded once.
import { randomBytes } from "node:crypto";
import { openAndMigrate } from "@hemicycle/server/db/database";
import { readMigrationsList } from "@hemicycle/server/db/migrations";
import { describe, expect, inject, it } from "vitest";
import { databaseUrl, dropDatabase, withAdminClient } from "../helpers/postgres-admin.ts";

describe.runIf(inject("databaseKind") === "postgresql")("migrations across simultaneous starts", () => {
  it("are applied once when three instances open a fresh database together", async () => {
    const adminUrl = inject("postgresAdminUrl");
    const name = `hc_test_lock_${randomBytes(6).toString("hex")}`;
    await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
    const url = databaseUrl(adminUrl, name);
    const opened = await Promise.allSettled(
      [1, 2, 3].map(() => openAndMigrate({ kind: "postgresql", url, poolSize: 2 })),
    );
    try {
      expect(opened.map((result) => result.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
      const results = opened.map(
        (result) => (result as PromiseFulfilledResult<Awaited<ReturnType<typeof openAndMigrate>>>).value,
      );
      const { migrationDirectories } = await readMigrationsList();
      const all = migrationDirectories.map((m) => m.path);
      const applied = results.map((result) => result.applied).sort((x, y) => y.length - x.length);
      expect(applied).toEqual([all, [], []]);
      const rows = await results[0]!.db.prisma.$queryRawUnsafe<{ migration_name: string; n: number }[]>(
        `SELECT migration_name, count(*)::int AS n FROM _prisma_migrations
           WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL GROUP BY migration_name ORDER BY migration_name`,
      );
      expect(rows).toEqual(all.map((migration_name) => ({ migration_name, n: 1 })));
      // Each instance's database answers.
      for (const { db } of results) expect(await db.prisma.user.count()).toBe(0);
    } finally {
      for (const result of opened) if (result.status === "fulfilled") await result.value.db.close();
      await dropDatabase(adminUrl, name);
    }
  }, 120_000);
});
