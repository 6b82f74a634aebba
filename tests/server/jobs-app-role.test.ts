// The job queue under the production role (docs/security.md, "Audit log"; docs/operations.md,
// "Jobs"): `pnpm db:app-role` installs pg-boss's schema and queues as the owner and grants
// the app role its rows and functions; a runner connected as the app role then starts, runs
// the reminders scan and the e-mail sweep, and may create nothing in the schema.
// PostgreSQL only (PGlite has one superuser connection).
import { randomBytes } from "node:crypto";
import { appRoleStatements } from "@hemicycle/server/db/app-role";
import { openDatabase, type Database } from "@hemicycle/server/db/database";
import { createJobRunner, installJobSchema, type JobRunner } from "@hemicycle/server/jobs/runner";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { useTestDatabase } from "../helpers/database.ts";

const onPostgres = inject("databaseKind") === "postgresql";
const db = useTestDatabase();
const owner = () => db().prisma;

describe.skipIf(!onPostgres)("the job queue as the application role (PostgreSQL)", () => {
  const role = `hc_jobs_${randomBytes(4).toString("hex")}`;
  const password = "jobs-role-password";
  let app: Database;
  let runner: JobRunner | undefined;

  beforeAll(async () => {
    // What `pnpm db:app-role` does, twice (it is run again after each migration).
    for (let i = 0; i < 2; i++) {
      await installJobSchema(db());
      for (const statement of appRoleStatements(role, { password })) await owner().$executeRawUnsafe(statement);
    }
    const [row] = await owner().$queryRawUnsafe<{ name: string }[]>(`SELECT current_database() AS name`);
    const url = new URL(inject("postgresAdminUrl"));
    url.username = role;
    url.password = password;
    url.pathname = `/${row!.name}`;
    app = openDatabase({ kind: "postgresql", url: url.toString() });
  });

  afterAll(async () => {
    await runner?.stop({ timeoutMs: 2_000 });
    await app?.close();
    await owner().$executeRawUnsafe(`DROP OWNED BY "${role}"`);
    await owner().$executeRawUnsafe(`DROP ROLE "${role}"`);
  });

  it("runs the jobs connected as the role", async () => {
    const errors: string[] = [];
    runner = createJobRunner({
      db: app,
      config: { publicUrl: "https://h.example", remindersCron: "*/15 * * * *", smtp: null },
      log: { info: () => undefined, warn: () => undefined, error: (d, m) => errors.push(`${m} ${JSON.stringify(d)}`) },
      pollingIntervalSeconds: 0.5,
    });
    await runner.start();
    const deadline = Date.now() + 20_000;
    const done = async () =>
      (
        await owner().$queryRawUnsafe<{ n: number }[]>(
          `SELECT count(DISTINCT name)::int AS n FROM pgboss.job
           WHERE name IN ('reminders.scan', 'notifications.email') AND state = 'completed'`,
        )
      )[0]!.n;
    while ((await done()) < 2) {
      if (Date.now() > deadline) throw new Error(`the jobs did not run: ${errors.join("; ")}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(errors).toEqual([]);
  });

  it("may create nothing in the job queue's schema", async () => {
    await expect(app.prisma.$executeRawUnsafe(`CREATE TABLE pgboss.intruder (n int)`)).rejects.toThrow(
      /permission denied/,
    );
  });
});
