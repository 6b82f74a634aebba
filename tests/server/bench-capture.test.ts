// The baseline of `pnpm bench` #1 and #3 (bench/raw/): the statements the app runs for
// each benchmarked endpoint, captured under the real app, are the ones a raw pg handler
// can replay. PostgreSQL only: the capture works on a pg pool, as the raw handler does.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { captureSql, openPool, runPlan, statementCount } from "../../bench/raw/capture.ts";
import { seedBench } from "../../bench/seed/seed.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { databaseUrl } from "../helpers/postgres-admin.ts";

describe.runIf(inject("databaseKind") === "postgresql")("bench: the SQL of an endpoint, captured and replayed", () => {
  const db = useTestDatabase();
  let url: string;

  beforeAll(async () => {
    await seedBench(db(), { scale: 0.002 });
    const rows = await db().prisma.$queryRawUnsafe<{ name: string }[]>(`SELECT current_database() AS name`);
    url = databaseUrl(inject("postgresAdminUrl"), rows[0]!.name);
  }, 240_000);

  it("captures every endpoint's statements, the session check among them, and replays them as they are", async () => {
    const { endpoints, plans } = await captureSql(url);
    expect(endpoints.map((e) => e.name)).toEqual([
      "missions.byId",
      "missions.list",
      "findings.list",
      "dashboard.summary",
      "roadmaps.byId",
    ]);
    const pool = await openPool(url, 2);
    try {
      for (const endpoint of endpoints) {
        const plan = plans[endpoint.name]!;
        expect(statementCount(plan), endpoint.name).toBeGreaterThan(1);
        const sql = plan.flat().map((s) => s.sql);
        if (process.env.HC_BENCH_SHOW) console.log(endpoint.name, sql);
        expect(
          sql.some((s) => /\bsessions\b/.test(s)),
          `${endpoint.name} checks the session`,
        ).toBe(true);
        await runPlan(pool, plan);
      }
    } finally {
      await pool.end();
    }
  }, 120_000);
});
