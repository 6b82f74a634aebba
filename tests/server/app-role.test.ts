// The production role (docs/security.md, "Audit log"): connected as the role
// `pnpm db:app-role` sets up, the app's ordinary writes work, while the record tables take
// only INSERT and SELECT: UPDATE, DELETE and TRUNCATE of the audit log fail with
// "permission denied" before any trigger is reached, and the role can change no schema.
// PostgreSQL only: PGlite is one process's embedded database with a single superuser
// connection, so roles and grants do not protect it from anything.
import { randomBytes } from "node:crypto";
import type { SessionUser } from "@hemicycle/server/context";
import { appRoleStatements, APPEND_ONLY_TABLES } from "@hemicycle/server/db/app-role";
import { openAndMigrate, type Database } from "@hemicycle/server/db/database";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { createFinding, createMission, createParliament, createUser } from "../factories/records.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";

const onPostgres = inject("databaseKind") === "postgresql";
const db = useTestDatabase();
const owner = () => db().prisma;

describe.skipIf(!onPostgres)("the application role (PostgreSQL)", () => {
  const role = `hc_app_${randomBytes(4).toString("hex")}`;
  const password = "app-role-password-'quoted'";
  let app: Database;
  let coordinator: SessionUser;

  beforeAll(async () => {
    for (const statement of appRoleStatements(role, { password })) await owner().$executeRawUnsafe(statement);
    // Twice: the script is run again after each migration.
    for (const statement of appRoleStatements(role, { password })) await owner().$executeRawUnsafe(statement);
    const [row] = await owner().$queryRawUnsafe<{ name: string }[]>(`SELECT current_database() AS name`);
    const name = row!.name;
    const url = new URL(inject("postgresAdminUrl"));
    url.username = role;
    url.password = password;
    url.pathname = `/${name}`;
    // What the server does at start-up: open and apply pending migrations (none are).
    ({ db: app } = await openAndMigrate({ kind: "postgresql", url: url.toString() }));
    coordinator = await createUser(db(), { role: "COORDINATOR" });
  });

  afterAll(async () => {
    await app?.close();
    await owner().$executeRawUnsafe(`DROP OWNED BY "${role}"`);
    await owner().$executeRawUnsafe(`DROP ROLE "${role}"`);
  });

  it("connects as the role, which owns nothing and is no superuser", async () => {
    const [who] = await app.prisma.$queryRawUnsafe<{ user: string; superuser: boolean }[]>(
      `SELECT current_user AS "user", rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`,
    );
    expect(who).toEqual({ user: role, superuser: false });
  });

  it("does the app's ordinary work: create, update and read, with their audit events", async () => {
    const parliament = await createParliament(db());
    const as = callerFor(app, coordinator);
    const created = await as.missions.create({
      code: `ROLE-${randomBytes(2).toString("hex")}`.toUpperCase(),
      title: "Written by the app role",
      type: "WORKSHOP",
      parliamentId: parliament.id,
      phases: [{ kind: "WORKSHOP", startDate: "2031-03-02", endDate: "2031-03-04" }],
    });
    const updated = await as.missions.update({ id: created.id, version: created.version, title: "Renamed" });
    expect(updated.title).toBe("Renamed");
    const audit = await as.audit.list({ entityId: created.id, limit: 10 });
    expect(audit.items.map((e) => e.action).sort()).toEqual(["mission.create", "mission.update"]);
    // A refused attempt is written as the role too.
    await expect(callerFor(app, coordinator).missions.update({ id: "missing", version: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("may not UPDATE, DELETE or TRUNCATE the audit log: permission denied", async () => {
    const before = await owner().auditEvent.count();
    expect(before).toBeGreaterThan(0);
    for (const statement of [
      `UPDATE "audit_events" SET "action" = 'forged'`,
      `DELETE FROM "audit_events"`,
      `TRUNCATE "audit_events"`,
      `TRUNCATE "audit_events" CASCADE`,
    ]) {
      await expect(app.prisma.$executeRawUnsafe(statement), statement).rejects.toThrow(/permission denied/);
    }
    expect(await owner().auditEvent.count()).toBe(before);
  });

  it("only inserts into and reads the other record tables, and their cascade still works", async () => {
    for (const table of APPEND_ONLY_TABLES) {
      await expect(app.prisma.$queryRawUnsafe(`SELECT count(*) FROM "${table}"`)).resolves.toBeDefined();
      for (const statement of [`UPDATE "${table}" SET "id" = "id"`, `DELETE FROM "${table}"`, `TRUNCATE "${table}"`]) {
        await expect(app.prisma.$executeRawUnsafe(statement), statement).rejects.toThrow(/permission denied/);
      }
    }
    // A review note goes when its finding is deleted: the cascade runs with the owner's rights.
    const mission = await createMission(db(), { parliamentId: (await createParliament(db())).id });
    const finding = await createFinding(db(), { phaseId: mission.phases[0]!.id, authorId: coordinator.id });
    await app.prisma.findingReviewNote.create({
      data: {
        findingId: finding.id,
        authorId: coordinator.id,
        fromStatus: "SUBMITTED",
        toStatus: "REJECTED",
        body: "Why",
      },
    });
    await app.prisma.finding.delete({ where: { id: finding.id } });
    expect(await owner().findingReviewNote.count({ where: { findingId: finding.id } })).toBe(0);
  });

  it("may not change the schema, the triggers or the migrations", async () => {
    for (const statement of [
      `CREATE TABLE "hc_intruder" ("id" int)`,
      `ALTER TABLE "audit_events" DISABLE TRIGGER USER`,
      `DROP TRIGGER "audit_events_no_update_or_delete" ON "audit_events"`,
      `ALTER TABLE "audit_events" ADD COLUMN "x" int`,
      `DELETE FROM "_prisma_migrations"`,
    ]) {
      await expect(app.prisma.$executeRawUnsafe(statement), statement).rejects.toThrow(
        /permission denied|must be owner/,
      );
    }
  });
});

// PGlite has one embedded superuser connection, so there is no role to connect as: there
// the record tables' triggers are the whole protection, and they must hold for the owner.
describe.skipIf(onPostgres)("the record tables without an application role (PGlite)", () => {
  it("refuse UPDATE, DELETE and TRUNCATE even to the embedded superuser", async () => {
    const coordinator = await createUser(db(), { role: "COORDINATOR" });
    await callerFor(db(), coordinator).parliaments.create({
      name: "Trigger test assembly",
      countryCode: "ZM",
      region: "SADC",
      structure: "UNICAMERAL",
    });
    expect(await owner().auditEvent.count()).toBeGreaterThan(0);
    // A row trigger refuses UPDATE and DELETE of the rows there are; the statement trigger
    // refuses TRUNCATE of every record table, empty or not.
    await expect(owner().$executeRawUnsafe(`UPDATE "audit_events" SET "createdAt" = "createdAt"`)).rejects.toThrow();
    for (const table of APPEND_ONLY_TABLES) {
      await expect(owner().$executeRawUnsafe(`TRUNCATE "${table}"`), table).rejects.toThrow();
    }
    await expect(owner().$executeRawUnsafe(`DELETE FROM "audit_events"`)).rejects.toThrow();
    expect(await owner().auditEvent.count()).toBeGreaterThan(0);
  });
});
