// The migrations are the only way the schema reaches a database: they must produce
// exactly prisma/schema.prisma, apply once, and carry what the schema cannot express
// (the audit log's append-only trigger). Runs on the database the project gives.
import { createHash } from "node:crypto";
import {
  applyMigrations,
  diffSchemaAgainstMigrations,
  migrationsUpToDate,
  readMigrationsList,
} from "@hemicycle/server/db/migrations";
import { describe, expect, inject, it } from "vitest";
import { useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase();

describe("migrations", () => {
  // diffSchemaAgainstMigrations() works on its own in-memory PGlite whatever the project's
  // database, so running it once (in server-pglite) says all it can say. (Introspecting
  // the PostgreSQL test database instead is not possible today: the WASM schema engine
  // through @prisma/adapter-pg fails on pg_catalog's "char" columns.)
  if (inject("databaseKind") === "pglite") {
    it("produce exactly prisma/schema.prisma (diffSchemaAgainstMigrations is empty)", async () => {
      const sql = await diffSchemaAgainstMigrations();
      expect(sql, "create the missing migration with `pnpm db:migration:create`").toBe("");
    }, 60_000);
  }

  it("are all recorded as applied in the test database", async () => {
    const { migrationDirectories } = await readMigrationsList();
    const rows = await db().prisma.$queryRawUnsafe<{ migration_name: string; finished: boolean }[]>(
      `SELECT migration_name, finished_at IS NOT NULL AND rolled_back_at IS NULL AS finished
         FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows).toEqual(migrationDirectories.map((m) => ({ migration_name: m.path, finished: true })));
  });

  it("apply nothing to a database that is already migrated", async () => {
    expect(await applyMigrations(db().adapterFactory)).toEqual([]);
  }, 60_000);
});

describe("migrationsUpToDate (a start's check before loading the schema engine)", () => {
  type Row = { migration_name: string; checksum: string; finished: boolean; rolled_back: boolean };
  async function shippedRows(): Promise<Row[]> {
    const { migrationDirectories } = await readMigrationsList();
    return migrationDirectories.map((m) => ({
      migration_name: m.path,
      checksum: createHash("sha256").update(m.migrationFile.content.value).digest("hex"),
      finished: true,
      rolled_back: false,
    }));
  }
  /** A database whose `_prisma_migrations` holds `rows` (or no such table when null). */
  const recording = (rows: Row[] | null) =>
    (async (sql: string) => (sql.includes("to_regclass") ? [{ present: rows !== null }] : rows)) as <T>(
      sql: string,
    ) => Promise<T[]>;

  it("is true on the migrated test database", async () => {
    expect(await migrationsUpToDate((sql) => db().prisma.$queryRawUnsafe(sql))).toBe(true);
  });

  it("is true when every shipped migration is applied unchanged, whatever else the table holds", async () => {
    const rows = await shippedRows();
    const retried = { ...rows[0]!, checksum: "old", finished: false, rolled_back: true };
    const newer = { ...rows[0]!, migration_name: "29991231000000_from_a_newer_build" };
    expect(await migrationsUpToDate(recording([retried, ...rows, newer]))).toBe(true);
  });

  it("leaves the decision to the schema engine otherwise", async () => {
    const rows = await shippedRows();
    expect(await migrationsUpToDate(recording(null)), "no table yet").toBe(false);
    expect(await migrationsUpToDate(recording(rows.slice(0, -1))), "one pending").toBe(false);
    const edited = rows.map((row, i) => (i === 1 ? { ...row, checksum: "0".repeat(64) } : row));
    expect(await migrationsUpToDate(recording(edited)), "one edited since").toBe(false);
    const failed = { ...rows[0]!, migration_name: "29991231000000_failed", finished: false };
    expect(await migrationsUpToDate(recording([...rows, failed])), "one failed").toBe(false);
    const rolledBack = rows.map((row, i) => (i === 2 ? { ...row, rolled_back: true } : row));
    expect(await migrationsUpToDate(recording(rolledBack)), "one rolled back").toBe(false);
    const unreachable = (() => Promise.reject(new Error("connection refused"))) as <T>(sql: string) => Promise<T[]>;
    expect(await migrationsUpToDate(unreachable), "a failing query").toBe(false);
  });
});

describe("audit log", () => {
  async function insertEvent(): Promise<string> {
    const event = await db().prisma.auditEvent.create({
      data: {
        action: "mission.update",
        entityType: "Mission",
        entityId: "m1",
        before: { title: "Old" },
        after: { title: "New" },
      },
      select: { id: true },
    });
    return event.id;
  }

  it("accepts new events", async () => {
    const id = await insertEvent();
    const stored = await db().prisma.auditEvent.findUniqueOrThrow({ where: { id }, select: { after: true } });
    expect(stored.after).toEqual({ title: "New" });
  });

  it("refuses UPDATE, through Prisma and in plain SQL", async () => {
    const id = await insertEvent();
    await expect(db().prisma.auditEvent.update({ where: { id }, data: { action: "tampered" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(
      db().prisma.$executeRawUnsafe(`UPDATE audit_events SET action = 'tampered' WHERE id = $1`, id),
    ).rejects.toThrow(/append-only/);
    const stored = await db().prisma.auditEvent.findUniqueOrThrow({ where: { id }, select: { action: true } });
    expect(stored.action).toBe("mission.update");
  });

  it("refuses DELETE, through Prisma and in plain SQL", async () => {
    const id = await insertEvent();
    await expect(db().prisma.auditEvent.delete({ where: { id } })).rejects.toThrow(/append-only/);
    await expect(db().prisma.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(db().prisma.$executeRawUnsafe(`DELETE FROM audit_events WHERE id = $1`, id)).rejects.toThrow(
      /append-only/,
    );
    expect(await db().prisma.auditEvent.count({ where: { id } })).toBe(1);
  });
});
