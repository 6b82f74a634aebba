// A database created by this very start: the app migrates it, then seeds and serves it
// without a restart. On PGlite, which reads the enums' array types when it opens, an enum
// array parameter failed there (22P02 "malformed array literal", the dashboard's overdue
// reports a 500 on a fresh `npm start`) until openAndMigrate refreshed the types.
import { PGlite } from "@electric-sql/pglite";
import { openAndMigrate } from "@hemicycle/server/db/database";
import { expect, it } from "vitest";

it("takes enum array parameters on an embedded database it has just created and migrated", async () => {
  const { db, applied } = await openAndMigrate({ kind: "pglite", instance: new PGlite() });
  try {
    expect(applied.length).toBeGreaterThan(0);
    const statuses = ["PLANNED", "FIELDWORK"];
    const rows = await db.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM phases WHERE status = ANY (${statuses}::"PhaseStatus"[])`;
    expect(rows).toEqual([{ n: 0 }]);
  } finally {
    await db.close();
  }
}, 120_000);
