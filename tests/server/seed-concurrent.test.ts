// Several instances started together on one empty database each seed the demo when asked
// (SEED_DEMO): one seeds, the others find its users and seed nothing, none fails. On
// PostgreSQL the three seeds run in three transactions at once; before the advisory lock
// in seedDemoData, two of them counted no users and then failed on the unique names.
import { DEMO_ACCOUNTS, seedDemoData } from "@hemicycle/server/seed/seed-demo";
import { expect, it } from "vitest";
import { useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase();

it("seeds the demo once when three seed an empty database at the same moment", { timeout: 120_000 }, async () => {
  const prisma = db().prisma;
  const outcomes = await Promise.allSettled([seedDemoData(prisma), seedDemoData(prisma), seedDemoData(prisma)]);
  expect(outcomes.filter((o) => o.status === "rejected")).toEqual([]);
  const seeded = outcomes.map((o) => (o as PromiseFulfilledResult<{ seeded: boolean }>).value.seeded);
  expect(seeded.filter(Boolean)).toHaveLength(1);
  expect(await prisma.user.count()).toBe(DEMO_ACCOUNTS.length);
  expect(await prisma.auditEvent.count({ where: { action: "demo.seed" } })).toBe(1);
});
