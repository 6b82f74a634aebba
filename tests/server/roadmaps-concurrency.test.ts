// The roadmap editor's races (docs/roadmaps.md, "Editing"): writes that each pass their
// own checks but together would break a rule (a dependency loop closed from both ends,
// one item saved twice on one version, two orders at once, two roadmaps for a mission).
// They show on PostgreSQL (the server-postgres project); PGlite runs one transaction at
// a time, so there these tests pass either way.
import type { SessionUser } from "@hemicycle/server/context";
import { beforeAll, describe, expect, it } from "vitest";
import { findCycle } from "@hemicycle/server/services/roadmap-dependencies";
import { createRoadmapAt } from "../factories/roadmap-review.ts";
import { createExpert, createMission, createParliament, createUser } from "../factories/records.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";

/** Many rounds of rival calls: slow on a busy two-core machine, so more time than a plain test. */
const RACE_TIMEOUT_MS = 90_000;
const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

let parliamentId: string;
let coordinator: SessionUser;
let lead: SessionUser;

beforeAll(async () => {
  parliamentId = (await createParliament(db())).id;
  coordinator = await createUser(db(), { role: "COORDINATOR" });
  lead = await createUser(db(), { role: "EXPERT", expertId: (await createExpert(db())).id });
});

/** As in hardening-concurrency.test.ts: enough rounds that a missing lock shows. */
const ROUNDS = 25;

const outcome = (r: PromiseSettledResult<unknown>) =>
  r.status === "fulfilled" ? "ok" : ((r.reason as { code?: string }).code ?? String(r.reason));

function draftRoadmaps(items: number) {
  return Promise.all(
    Array.from({ length: ROUNDS }, () =>
      createRoadmapAt(db(), {
        parliamentId,
        stage: "DRAFT",
        items,
        team: [{ expertId: lead.expertId!, role: "LEAD" }],
      }),
    ),
  );
}

describe("roadmap editing races", { timeout: RACE_TIMEOUT_MS }, () => {
  it("two setDependencies closing a loop from both ends (A→B and B→A at once): exactly one succeeds", async () => {
    const rounds = await draftRoadmaps(2);
    const failures: string[] = [];
    for (const [round, { itemIds }] of rounds.entries()) {
      const [a, b] = itemIds as [string, string];
      const results = await Promise.allSettled([
        as(lead).roadmaps.setDependencies({ itemId: a, dependsOn: [b] }),
        as(coordinator).roadmaps.setDependencies({ itemId: b, dependsOn: [a] }),
      ]);
      const outcomes = results.map(outcome).sort();
      if (outcomes.join() !== "BAD_REQUEST,ok") failures.push(`round ${round}: ${outcomes.join(" + ")}`);
    }
    expect(failures, `${failures.length} of ${ROUNDS} rounds without exactly one refusal`).toEqual([]);
    // And no loop is stored in any of them.
    const edges = await prisma().roadmapItemDependency.findMany({
      where: { item: { roadmapId: { in: rounds.map((r) => r.roadmapId) } } },
      select: { itemId: true, dependsOnId: true },
    });
    const byItem = new Map<string, string[]>();
    for (const e of edges) byItem.set(e.itemId, [...(byItem.get(e.itemId) ?? []), e.dependsOnId]);
    for (const [itemId, dependsOn] of byItem) expect(findCycle(itemId, dependsOn, byItem)).toBeNull();
  });

  it("two updateItem on the same version: one is saved, the other gets CONFLICT", async () => {
    const rounds = await draftRoadmaps(1);
    const failures: string[] = [];
    for (const [round, { itemIds }] of rounds.entries()) {
      const id = itemIds[0]!;
      const results = await Promise.allSettled([
        as(lead).roadmaps.updateItem({ id, version: 1, title: "Lead's title" }),
        as(coordinator).roadmaps.updateItem({ id, version: 1, kpi: "Coordinator's KPI" }),
      ]);
      const outcomes = results.map(outcome).sort();
      if (outcomes.join() !== "CONFLICT,ok") failures.push(`round ${round}: ${outcomes.join(" + ")}`);
    }
    expect(failures, `${failures.length} of ${ROUNDS} rounds without exactly one conflict`).toEqual([]);
    const versions = await prisma().roadmapItem.findMany({
      where: { id: { in: rounds.map((r) => r.itemIds[0]!) } },
      select: { version: true },
    });
    expect(versions.every((v) => v.version === 2)).toBe(true);
  });

  it("two reorders on the same version: one order is written whole, the other gets CONFLICT", async () => {
    const rounds = await draftRoadmaps(4);
    const failures: string[] = [];
    for (const [round, { roadmapId, itemIds }] of rounds.entries()) {
      const first = [...itemIds].reverse();
      const second = [itemIds[1]!, itemIds[3]!, itemIds[0]!, itemIds[2]!];
      const results = await Promise.allSettled([
        as(lead).roadmaps.reorderItems({ id: roadmapId, version: 1, itemIds: first }),
        as(coordinator).roadmaps.reorderItems({ id: roadmapId, version: 1, itemIds: second }),
      ]);
      const outcomes = results.map(outcome).sort();
      if (outcomes.join() !== "CONFLICT,ok") failures.push(`round ${round}: ${outcomes.join(" + ")}`);
      const winner = results[0]!.status === "fulfilled" ? first : second;
      const stored = await prisma().roadmapItem.findMany({
        where: { roadmapId },
        orderBy: { position: "asc" },
        select: { id: true, position: true },
      });
      if (JSON.stringify(stored) !== JSON.stringify(winner.map((id, position) => ({ id, position }))))
        failures.push(`round ${round}: stored order is neither whole order`);
    }
    expect(failures).toEqual([]);
  });

  it("two items added at once get positions of their own", async () => {
    const rounds = await draftRoadmaps(2);
    const failures: string[] = [];
    for (const [round, { roadmapId }] of rounds.entries()) {
      await Promise.all([
        as(lead).roadmaps.createItem({ roadmapId, title: "Lead's item", area: "WEB" }),
        as(coordinator).roadmaps.createItem({ roadmapId, title: "Coordinator's item", area: "WEB", position: 0 }),
      ]);
      const positions = (
        await prisma().roadmapItem.findMany({
          where: { roadmapId },
          orderBy: { position: "asc" },
          select: { position: true },
        })
      ).map((i) => i.position);
      if (positions.join() !== "0,1,2,3") failures.push(`round ${round}: positions ${positions.join()}`);
    }
    expect(failures).toEqual([]);
  });

  it("two roadmaps created at once for one mission: one is, the other gets CONFLICT roadmapExists", async () => {
    const failures: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const mission = await createMission(db(), { parliamentId });
      const input = { missionId: mission.id, title: "ICT strategic plan", horizonStart: 2027, horizonEnd: 2031 };
      const results = await Promise.allSettled([
        as(coordinator).roadmaps.create(input),
        as(coordinator).roadmaps.create(input),
      ]);
      const outcomes = results.map(outcome).sort();
      if (outcomes.join() !== "CONFLICT,ok") failures.push(`round ${round}: ${outcomes.join(" + ")}`);
      const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult | undefined;
      const code = (refused?.reason as { cause?: { userMessage?: { code?: string } } })?.cause?.userMessage?.code;
      if (refused && code !== "roadmapExists") failures.push(`round ${round}: refused with ${code}`);
    }
    expect(failures).toEqual([]);
  });
});
