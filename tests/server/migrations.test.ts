// The migrations are the only way the schema reaches a database: they must produce
// exactly prisma/schema.prisma, apply once, and carry what the schema cannot express
// (the audit log's append-only trigger). Runs on the database the project gives.
import { applyMigrations, diffSchemaAgainstMigrations, readMigrationsList } from "@hemicycle/server/db/migrations";
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
