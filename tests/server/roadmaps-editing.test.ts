// The roadmap editor's rules (docs/roadmaps.md, "Editing"): one roadmap per mission, items
// created, changed, removed and reordered under their versions, dependencies without
// loops, links to the parliament's findings only, a roadmap frozen while in review and
// back to draft when its endorsed plan is edited, and who may do any of it.
import type { SessionUser } from "@hemicycle/server/context";
import { createInProcessRoadmapEvents, type RoadmapChange } from "@hemicycle/server/live/roadmap-events";
import { MAX_ROADMAP_ITEMS } from "@hemicycle/shared/schemas/roadmaps";
import { beforeAll, describe, expect, it } from "vitest";
import { addDependencies, createFindingOf, createItems } from "../factories/roadmap-editing.ts";
import { createRoadmapAt, type ReviewStage } from "../factories/roadmap-review.ts";
import { createExpert, createMission, createParliament, createUser, day } from "../factories/records.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { appErrorOf, rejection } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

let parliamentId: string;
let otherParliamentId: string;
let admin: SessionUser;
let coordinator: SessionUser;
let lead: SessionUser;
let outsider: SessionUser;
let staff: SessionUser;

beforeAll(async () => {
  parliamentId = (await createParliament(db())).id;
  otherParliamentId = (await createParliament(db())).id;
  admin = await createUser(db(), { role: "ADMIN" });
  coordinator = await createUser(db(), { role: "COORDINATOR" });
  lead = await createUser(db(), { role: "EXPERT", expertId: (await createExpert(db())).id });
  outsider = await createUser(db(), { role: "EXPERT", expertId: (await createExpert(db())).id });
  staff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId });
});

/** A roadmap of a new mission of the parliament, the lead expert leading its phase. */
function roadmapAt(stage: ReviewStage, items = 2) {
  return createRoadmapAt(db(), {
    parliamentId,
    stage,
    items,
    team: [{ expertId: lead.expertId!, role: "LEAD" }],
  });
}

const positionsOf = async (roadmapId: string) =>
  (
    await prisma().roadmapItem.findMany({
      where: { roadmapId },
      orderBy: { position: "asc" },
      select: { id: true, position: true },
    })
  ).map((i) => [i.id, i.position]);

describe("roadmaps.byId", () => {
  it("gives the mission, the caller's place, revisions seen and each item's baseline", async () => {
    const r = await roadmapAt("ENDORSED");
    await prisma().roadmapRevisionView.create({ data: { userId: lead.id, roadmapId: r.roadmapId, number: 1 } });
    const [added] = await createItems(db(), r.roadmapId, ["Added since the baseline"]);
    await prisma().roadmapItem.update({ where: { id: r.itemIds[0] }, data: { endDate: day("2028-06-30") } });

    const seen = await as(lead).roadmaps.byId({ id: r.roadmapId });
    const mission = await prisma().mission.findUniqueOrThrow({
      where: { id: r.missionId },
      select: { code: true, title: true, parliament: { select: { name: true } } },
    });
    expect(seen).toMatchObject({
      id: r.roadmapId,
      missionId: r.missionId,
      baselineRevision: 2,
      mission: { code: mission.code, title: mission.title, parliamentId, parliamentName: mission.parliament.name },
      viewer: { onMission: true, leadsAPhase: true },
      latestRevision: { number: 2, kind: "ENDORSEMENT" },
      lastSeenRevision: 1,
    });
    const first = seen.items.find((i) => i.id === r.itemIds[0])!;
    expect(first.endDate).toEqual(day("2028-06-30"));
    expect(first.baseline).toEqual({
      startDate: day("2027-01-01"),
      endDate: day("2027-12-31"),
      costEstimate: "10000.00",
      currency: "USD",
    });
    expect(seen.items.find((i) => i.id === added)!.baseline).toBeNull();

    const coordinatorView = await as(coordinator).roadmaps.byId({ id: r.roadmapId });
    expect(coordinatorView).toMatchObject({ viewer: { onMission: false, leadsAPhase: false }, lastSeenRevision: null });
  });

  it("gives a draft never endorsed no baseline and no revision", async () => {
    const r = await roadmapAt("DRAFT");
    const seen = await as(lead).roadmaps.byId({ id: r.roadmapId });
    expect(seen).toMatchObject({ baselineRevision: null, latestRevision: null, lastSeenRevision: null });
    expect(seen.items.map((i) => i.baseline)).toEqual([null, null]);
  });
});

describe("roadmaps.create", () => {
  it("creates the mission's roadmap once: a second one is a CONFLICT", async () => {
    const mission = await createMission(db(), { parliamentId });
    await prisma().assignment.create({
      data: { phaseId: mission.phases[0]!.id, expertId: lead.expertId!, role: "MEMBER" },
    });
    const input = { missionId: mission.id, title: "ICT strategic plan", horizonStart: 2027, horizonEnd: 2031 };
    const created = await as(lead).roadmaps.create({ ...input, vision: "An open parliament" });
    expect(created).toMatchObject({
      missionId: mission.id,
      status: "DRAFT",
      version: 1,
      vision: "An open parliament",
      items: [],
      viewer: { onMission: true, leadsAPhase: false },
    });
    expect(await appErrorOf(as(coordinator).roadmaps.create(input))).toMatchObject({
      trpcCode: "CONFLICT",
      message: { code: "roadmapExists" },
    });
    const audit = await prisma().auditEvent.count({ where: { action: "roadmap.create", entityId: created.id } });
    expect(audit).toBe(1);
  });

  it("refuses staff of the parliament (FORBIDDEN), experts off the mission (NOT_FOUND) and a horizon over ten years", async () => {
    const mission = await createMission(db(), { parliamentId });
    const input = { missionId: mission.id, title: "Plan", horizonStart: 2027, horizonEnd: 2030 };
    expect((await appErrorOf(as(staff).roadmaps.create(input))).trpcCode).toBe("FORBIDDEN");
    expect((await appErrorOf(as(outsider).roadmaps.create(input))).trpcCode).toBe("NOT_FOUND");
    expect((await rejection(as(coordinator).roadmaps.create({ ...input, horizonEnd: 2040 }))).code).toBe("BAD_REQUEST");
  });
});

describe("roadmaps.update", () => {
  it("changes the fields under the roadmap's version; a stale one gets the roadmap as it is", async () => {
    const r = await roadmapAt("DRAFT");
    const updated = await as(lead).roadmaps.update({ id: r.roadmapId, version: 1, title: "Digital parliament 2030" });
    expect(updated).toMatchObject({ title: "Digital parliament 2030", version: 2, status: "DRAFT" });
    const stale = await appErrorOf(as(coordinator).roadmaps.update({ id: r.roadmapId, version: 1, vision: "Mine" }));
    expect(stale).toMatchObject({ trpcCode: "CONFLICT", reason: "STALE_VERSION" });
    expect(stale.details!.current).toMatchObject({ title: "Digital parliament 2030", version: 2, itemIds: r.itemIds });
  });

  it("checks one end of the horizon against the stored other", async () => {
    const r = await roadmapAt("DRAFT"); // 2027–2030
    const refused = await appErrorOf(as(lead).roadmaps.update({ id: r.roadmapId, version: 1, horizonEnd: 2026 }));
    expect(refused).toMatchObject({ trpcCode: "BAD_REQUEST", fieldErrors: { horizonEnd: ["horizonRange"] } });
    const tooLong = await appErrorOf(as(lead).roadmaps.update({ id: r.roadmapId, version: 1, horizonEnd: 2037 }));
    expect(tooLong.fieldErrors).toEqual({ horizonEnd: ["horizonRange"] });
    await as(lead).roadmaps.update({ id: r.roadmapId, version: 1, horizonEnd: 2036 });
  });
});

describe("items", () => {
  it("creates an item at the end, or at a position moving the others down", async () => {
    const r = await roadmapAt("DRAFT");
    const { item: last, roadmap } = await as(lead).roadmaps.createItem({
      roadmapId: r.roadmapId,
      title: "Hansard system",
      area: "LEG",
      costEstimate: "120000.5",
      currency: "eur",
      startDate: "2027-03-01",
    });
    expect(last).toMatchObject({
      position: 2,
      version: 1,
      costEstimate: "120000.50",
      currency: "EUR",
      priority: "MEDIUM",
      term: "SHORT",
      progress: "NOT_STARTED",
      startDate: day("2027-03-01"),
      dependsOn: [],
      findingIds: [],
      baseline: null,
    });
    expect(roadmap).toMatchObject({ id: r.roadmapId, status: "DRAFT", version: 1 });
    const { item: first } = await as(coordinator).roadmaps.createItem({
      roadmapId: r.roadmapId,
      title: "ICT committee",
      area: "GOV",
      position: 0,
    });
    expect(await positionsOf(r.roadmapId)).toEqual([
      [first.id, 0],
      [r.itemIds[0], 1],
      [r.itemIds[1], 2],
      [last.id, 3],
    ]);
  });

  it("refuses a cost without its currency and an end before the start", async () => {
    const r = await roadmapAt("DRAFT");
    const base = { roadmapId: r.roadmapId, title: "X", area: "WEB" as const };
    const noCurrency = await rejection(as(lead).roadmaps.createItem({ ...base, costEstimate: "100" }));
    expect(noCurrency.code).toBe("BAD_REQUEST");
    const backwards = await rejection(
      as(lead).roadmaps.createItem({ ...base, startDate: "2028-01-01", endDate: "2027-01-01" }),
    );
    expect(backwards.code).toBe("BAD_REQUEST");
  });

  it("updates an item under its own version: a stale edit gets CONFLICT with the item as it is now", async () => {
    const r = await roadmapAt("DRAFT");
    const id = r.itemIds[0]!;
    const { item } = await as(lead).roadmaps.updateItem({
      id,
      version: 1,
      title: "Parliamentary website",
      kpi: "Uptime",
    });
    expect(item).toMatchObject({ id, version: 2, title: "Parliamentary website", kpi: "Uptime" });
    const stale = await appErrorOf(as(coordinator).roadmaps.updateItem({ id, version: 1, title: "Mine" }));
    expect(stale).toMatchObject({ trpcCode: "CONFLICT", reason: "STALE_VERSION" });
    expect(stale.details!.current).toMatchObject({ id, version: 2, title: "Parliamentary website", findingIds: [] });
    const audit = await prisma().auditEvent.findFirstOrThrow({
      where: { action: "roadmapItem.update", entityId: id },
      select: { before: true, after: true },
    });
    expect(audit.after).toMatchObject({ title: "Parliamentary website", kpi: "Uptime", version: 2 });
  });

  it("checks dates and currency against the stored values", async () => {
    const r = await roadmapAt("DRAFT"); // items 2027-01-01 – 2027-12-31, 10000 USD
    const id = r.itemIds[0]!;
    expect(await appErrorOf(as(lead).roadmaps.updateItem({ id, version: 1, endDate: "2026-12-31" }))).toMatchObject({
      trpcCode: "BAD_REQUEST",
      fieldErrors: { endDate: ["endBeforeStart"] },
    });
    expect(await appErrorOf(as(lead).roadmaps.updateItem({ id, version: 1, currency: null }))).toMatchObject({
      trpcCode: "BAD_REQUEST",
      fieldErrors: { currency: ["currencyRequired"] },
    });
    const { item } = await as(lead).roadmaps.updateItem({ id, version: 1, costEstimate: null, currency: null });
    expect(item).toMatchObject({ costEstimate: null, currency: null, version: 2 });
    expect(await appErrorOf(as(lead).roadmaps.updateItem({ id, version: 2, costEstimate: "500" }))).toMatchObject({
      fieldErrors: { currency: ["currencyRequired"] },
    });
  });

  it("lets two people edit different items, and reorder, without conflict", async () => {
    const r = await roadmapAt("DRAFT");
    await as(lead).roadmaps.updateItem({ id: r.itemIds[0]!, version: 1, title: "First" });
    await as(coordinator).roadmaps.updateItem({ id: r.itemIds[1]!, version: 1, title: "Second" });
    await as(coordinator).roadmaps.reorderItems({ id: r.roadmapId, version: 1, itemIds: [...r.itemIds].reverse() });
    await as(lead).roadmaps.updateItem({ id: r.itemIds[0]!, version: 2, kpi: "Reorder left the version alone" });
  });

  it("removes an item under its version: the items after it move up, its dependents lose it", async () => {
    const r = await roadmapAt("DRAFT", 3);
    const [a, b, c] = r.itemIds as [string, string, string];
    await addDependencies(db(), c, [b]);
    expect(await appErrorOf(as(lead).roadmaps.removeItem({ id: b, version: 2 }))).toMatchObject({
      trpcCode: "CONFLICT",
      details: { current: { id: b, version: 1 } },
    });
    expect(await as(lead).roadmaps.removeItem({ id: b, version: 1 })).toMatchObject({
      id: b,
      roadmap: { id: r.roadmapId },
    });
    expect(await positionsOf(r.roadmapId)).toEqual([
      [a, 0],
      [c, 1],
    ]);
    const seen = await as(lead).roadmaps.byId({ id: r.roadmapId });
    expect(seen.items.find((i) => i.id === c)!.dependsOn).toEqual([]);
    expect(await appErrorOf(as(lead).roadmaps.removeItem({ id: b, version: 1 }))).toMatchObject({
      trpcCode: "NOT_FOUND",
    });
  });

  it("holds at most MAX_ROADMAP_ITEMS items", async () => {
    const r = await roadmapAt("DRAFT", 0);
    await prisma().roadmapItem.createMany({
      data: Array.from({ length: MAX_ROADMAP_ITEMS }, (_, i) => ({
        roadmapId: r.roadmapId,
        title: `Item ${i}`,
        area: "INF" as const,
        position: i,
      })),
    });
    expect(
      await appErrorOf(as(lead).roadmaps.createItem({ roadmapId: r.roadmapId, title: "One too many", area: "INF" })),
    ).toMatchObject({ trpcCode: "BAD_REQUEST", message: { code: "tooMany", params: { maximum: MAX_ROADMAP_ITEMS } } });
  });
});

describe("roadmaps.reorderItems", () => {
  it("writes positions 0..n-1 in the given order under the roadmap's version, leaving item versions alone", async () => {
    const r = await roadmapAt("DRAFT", 4);
    const order = [r.itemIds[2]!, r.itemIds[0]!, r.itemIds[3]!, r.itemIds[1]!];
    const after = await as(lead).roadmaps.reorderItems({ id: r.roadmapId, version: 1, itemIds: order });
    expect(after.version).toBe(2);
    expect(after.items.map((i) => [i.id, i.position, i.version])).toEqual(order.map((id, n) => [id, n, 1]));
    const stale = await appErrorOf(
      as(coordinator).roadmaps.reorderItems({ id: r.roadmapId, version: 1, itemIds: r.itemIds }),
    );
    expect(stale).toMatchObject({ trpcCode: "CONFLICT", details: { current: { version: 2, itemIds: order } } });
  });

  it("refuses an order that does not name every item exactly once (itemsChanged)", async () => {
    const r = await roadmapAt("DRAFT", 3);
    const [a, b, c] = r.itemIds as [string, string, string];
    for (const itemIds of [
      [a, b],
      [a, b, c, c],
      [a, b, b],
      [a, b, "nope"],
    ]) {
      expect(await appErrorOf(as(lead).roadmaps.reorderItems({ id: r.roadmapId, version: 1, itemIds }))).toMatchObject({
        trpcCode: "BAD_REQUEST",
        message: { code: "itemsChanged" },
      });
    }
  });
});

describe("roadmaps.setDependencies", () => {
  it("replaces an item's dependencies with items of the same roadmap", async () => {
    const r = await roadmapAt("DRAFT", 3);
    const [a, b, c] = r.itemIds as [string, string, string];
    const { item } = await as(lead).roadmaps.setDependencies({ itemId: c, dependsOn: [a, b, a] });
    expect(item.dependsOn.sort()).toEqual([a, b].sort());
    const { item: after } = await as(lead).roadmaps.setDependencies({ itemId: c, dependsOn: [b] });
    expect(after.dependsOn).toEqual([b]);
    expect(after.version).toBe(1);
  });

  it("refuses a loop of two, naming it by the items' titles, with the ids in details", async () => {
    const r = await roadmapAt("DRAFT", 2);
    const [a, b] = r.itemIds as [string, string];
    const [ta, tb] = (
      await prisma().roadmapItem.findMany({ where: { id: { in: [a, b] } }, orderBy: { position: "asc" } })
    ).map((i) => i.title);
    await as(lead).roadmaps.setDependencies({ itemId: a, dependsOn: [b] });
    const refused = await appErrorOf(as(lead).roadmaps.setDependencies({ itemId: b, dependsOn: [a] }));
    expect(refused).toMatchObject({
      trpcCode: "BAD_REQUEST",
      reason: "DEPENDENCY_CYCLE",
      message: { code: "dependencyCycle", params: { cycle: `${tb} → ${ta} → ${tb}` } },
      details: { itemIds: [b, a, b] },
      fieldErrors: { dependsOn: ["dependencyCycle"] },
    });
  });

  it("refuses an item depending on itself", async () => {
    const r = await roadmapAt("DRAFT", 1);
    const a = r.itemIds[0]!;
    expect(await appErrorOf(as(lead).roadmaps.setDependencies({ itemId: a, dependsOn: [a] }))).toMatchObject({
      reason: "DEPENDENCY_CYCLE",
      details: { itemIds: [a, a] },
    });
  });

  it("finds the loop closed at the end of a chain of fifty items, and names all of it", async () => {
    const r = await roadmapAt("DRAFT", 0);
    const titles = Array.from({ length: 50 }, (_, i) => `Step ${i + 1}`);
    const ids = await createItems(db(), r.roadmapId, titles);
    // Step n depends on step n+1, all the way down.
    for (let i = 0; i < ids.length - 1; i++) await addDependencies(db(), ids[i]!, [ids[i + 1]!]);
    const refused = await appErrorOf(as(lead).roadmaps.setDependencies({ itemId: ids[49]!, dependsOn: [ids[0]!] }));
    expect(refused.reason).toBe("DEPENDENCY_CYCLE");
    expect(refused.message.params!.cycle).toBe(["Step 50", ...titles].join(" → "));
    expect(refused.details!.itemIds).toEqual([ids[49], ...ids]);
    // A shortcut that closes no loop is fine.
    await as(lead).roadmaps.setDependencies({ itemId: ids[0]!, dependsOn: [ids[1]!, ids[49]!] });
  });

  it("refuses an item of another roadmap, the same way as one that does not exist", async () => {
    const r = await roadmapAt("DRAFT", 1);
    const other = await roadmapAt("DRAFT", 1);
    for (const dependsOn of [[other.itemIds[0]!], ["c0000000000000000000000000"]]) {
      expect(await appErrorOf(as(lead).roadmaps.setDependencies({ itemId: r.itemIds[0]!, dependsOn }))).toMatchObject({
        trpcCode: "BAD_REQUEST",
        fieldErrors: { dependsOn: ["dependencyOtherRoadmap"] },
      });
    }
  });
});

describe("roadmaps.linkFindings", () => {
  it("links findings of the roadmap's parliament, replacing the set", async () => {
    const r = await roadmapAt("DRAFT", 1);
    const f1 = await createFindingOf(db(), { phaseId: r.phaseId, authorId: lead.id, severity: "HIGH" });
    const f2 = await createFindingOf(db(), { phaseId: r.phaseId, authorId: lead.id, severity: "LOW", status: "DRAFT" });
    const { item } = await as(lead).roadmaps.linkFindings({ itemId: r.itemIds[0]!, findingIds: [f1.id, f2.id] });
    expect(item.findingIds.sort()).toEqual([f1.id, f2.id].sort());
    const { item: after } = await as(lead).roadmaps.linkFindings({ itemId: r.itemIds[0]!, findingIds: [f2.id] });
    expect(after.findingIds).toEqual([f2.id]);
  });

  it("refuses another parliament's finding, and one out of the caller's reach without saying it exists", async () => {
    const r = await roadmapAt("DRAFT", 1);
    const elsewhere = await createRoadmapAt(db(), { parliamentId: otherParliamentId, stage: "DRAFT" });
    const foreign = await createFindingOf(db(), { phaseId: elsewhere.phaseId, authorId: admin.id, severity: "HIGH" });
    // Admins see every finding: this one is refused for its parliament.
    expect(
      await appErrorOf(as(admin).roadmaps.linkFindings({ itemId: r.itemIds[0]!, findingIds: [foreign.id] })),
    ).toMatchObject({ trpcCode: "BAD_REQUEST", fieldErrors: { findingIds: ["findingOtherParliament"] } });
    // The lead expert is not on that mission: to them it does not exist.
    expect(
      await appErrorOf(as(lead).roadmaps.linkFindings({ itemId: r.itemIds[0]!, findingIds: [foreign.id] })),
    ).toMatchObject({ trpcCode: "BAD_REQUEST", fieldErrors: { findingIds: ["notFound"] } });
    expect(
      await appErrorOf(
        as(lead).roadmaps.createItem({ roadmapId: r.roadmapId, title: "X", area: "SEC", findingIds: [foreign.id] }),
      ),
    ).toMatchObject({ fieldErrors: { findingIds: ["notFound"] } });
  });
});

describe("the roadmap's status", () => {
  it("refuses edits of the plan while in review (roadmapFrozen), but takes progress", async () => {
    const r = await roadmapAt("IN_REVIEW");
    const frozen = { trpcCode: "BAD_REQUEST", reason: "INVALID_TRANSITION", message: { code: "roadmapFrozen" } };
    const id = r.itemIds[0]!;
    expect(await appErrorOf(as(lead).roadmaps.updateItem({ id, version: 1, title: "Late change" }))).toMatchObject(
      frozen,
    );
    expect(
      await appErrorOf(as(coordinator).roadmaps.createItem({ roadmapId: r.roadmapId, title: "X", area: "LEG" })),
    ).toMatchObject(frozen);
    expect(await appErrorOf(as(lead).roadmaps.removeItem({ id, version: 1 }))).toMatchObject(frozen);
    expect(await appErrorOf(as(lead).roadmaps.update({ id: r.roadmapId, version: 1, title: "T" }))).toMatchObject(
      frozen,
    );
    expect(
      await appErrorOf(
        as(lead).roadmaps.reorderItems({ id: r.roadmapId, version: 1, itemIds: [...r.itemIds].reverse() }),
      ),
    ).toMatchObject(frozen);
    expect(await appErrorOf(as(lead).roadmaps.setDependencies({ itemId: id, dependsOn: [] }))).toMatchObject(frozen);
    expect(await appErrorOf(as(lead).roadmaps.linkFindings({ itemId: id, findingIds: [] }))).toMatchObject(frozen);
    const { item, roadmap } = await as(lead).roadmaps.updateItem({ id, version: 1, progress: "IN_PROGRESS" });
    expect(item.progress).toBe("IN_PROGRESS");
    expect(roadmap.status).toBe("IN_REVIEW");
  });

  it("makes an endorsed roadmap a draft again when its plan is edited, keeping the baseline", async () => {
    const r = await roadmapAt("ENDORSED");
    const { roadmap: afterProgress } = await as(lead).roadmaps.updateItem({
      id: r.itemIds[0]!,
      version: 1,
      progress: "DONE",
      progressNote: "Delivered",
    });
    expect(afterProgress).toMatchObject({ status: "ENDORSED", version: 1 });
    const { item, roadmap } = await as(lead).roadmaps.updateItem({
      id: r.itemIds[0]!,
      version: 2,
      endDate: "2028-03-31",
    });
    expect(roadmap).toMatchObject({ status: "DRAFT", version: 2, baselineRevision: 2 });
    expect(item.baseline).toMatchObject({ endDate: day("2027-12-31") });
    const reopened = await prisma().auditEvent.count({ where: { action: "roadmap.reopen", entityId: r.roadmapId } });
    expect(reopened).toBe(1);
    const revisions = await prisma().roadmapRevision.count({ where: { roadmapId: r.roadmapId } });
    expect(revisions).toBe(2);
  });

  it("makes it a draft again on a reorder or a change of its own fields too", async () => {
    const reordered = await roadmapAt("ENDORSED");
    const after = await as(coordinator).roadmaps.reorderItems({
      id: reordered.roadmapId,
      version: 1,
      itemIds: [...reordered.itemIds].reverse(),
    });
    expect(after).toMatchObject({ status: "DRAFT", version: 2 });
    const renamed = await roadmapAt("ENDORSED");
    expect(await as(coordinator).roadmaps.update({ id: renamed.roadmapId, version: 1, title: "v2" })).toMatchObject({
      status: "DRAFT",
      version: 2,
    });
  });

  it("leaves an endorsed roadmap endorsed when an edit changes nothing", async () => {
    const r = await roadmapAt("ENDORSED");
    const after = await as(coordinator).roadmaps.reorderItems({ id: r.roadmapId, version: 1, itemIds: r.itemIds });
    expect(after).toMatchObject({ status: "ENDORSED", version: 1 });
    const { roadmap } = await as(coordinator).roadmaps.setDependencies({ itemId: r.itemIds[0]!, dependsOn: [] });
    expect(roadmap.status).toBe("ENDORSED");
  });
});

describe("who may edit", () => {
  it("refuses the parliament's staff before and after endorsement: NOT_FOUND on a draft, FORBIDDEN once they see it", async () => {
    for (const [stage, code] of [
      ["DRAFT", "NOT_FOUND"],
      ["IN_REVIEW", "FORBIDDEN"],
      ["ENDORSED", "FORBIDDEN"],
    ] as const) {
      const r = await roadmapAt(stage);
      const id = r.itemIds[0]!;
      for (const call of [
        () => as(staff).roadmaps.updateItem({ id, version: 1, title: "Staff edit" }),
        () => as(staff).roadmaps.updateItem({ id, version: 1, progress: "DONE" }),
        () => as(staff).roadmaps.createItem({ roadmapId: r.roadmapId, title: "X", area: "LEG" }),
        () => as(staff).roadmaps.removeItem({ id, version: 1 }),
        () => as(staff).roadmaps.update({ id: r.roadmapId, version: 1, title: "T" }),
        () => as(staff).roadmaps.setDependencies({ itemId: id, dependsOn: [] }),
        () => as(staff).roadmaps.proposeItems({ id: r.roadmapId }),
      ]) {
        expect((await appErrorOf(call())).trpcCode, stage).toBe(code);
      }
    }
  });

  it("answers NOT_FOUND to an expert off the mission, and to the other parliament's staff", async () => {
    const r = await roadmapAt("ENDORSED");
    const otherStaff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId: otherParliamentId });
    for (const user of [outsider, otherStaff]) {
      const id = r.itemIds[0]!;
      for (const call of [
        () => as(user).roadmaps.updateItem({ id, version: 1, title: "Nope" }),
        () => as(user).roadmaps.removeItem({ id, version: 1 }),
        () => as(user).roadmaps.reorderItems({ id: r.roadmapId, version: 1, itemIds: r.itemIds }),
        () => as(user).roadmaps.linkFindings({ itemId: id, findingIds: [] }),
        () => as(user).roadmaps.coverage({ id: r.roadmapId }),
      ]) {
        expect((await appErrorOf(call())).trpcCode).toBe("NOT_FOUND");
      }
    }
  });
});

describe("live changes", () => {
  it("publishes each saved change once committed, and nothing for a refused one", async () => {
    const events = createInProcessRoadmapEvents();
    const r = await roadmapAt("ENDORSED");
    const seen: RoadmapChange[] = [];
    events.subscribe(r.roadmapId, (change) => seen.push(change));
    const caller = callerFor(db(), lead, { events });
    await caller.roadmaps.updateItem({ id: r.itemIds[0]!, version: 1, title: "Changed" });
    await rejection(caller.roadmaps.updateItem({ id: r.itemIds[0]!, version: 1, title: "Stale" }));
    await caller.roadmaps.removeItem({ id: r.itemIds[1]!, version: 1 });
    expect(seen.map(({ kind, itemId, actorId }) => ({ kind, itemId, actorId }))).toEqual([
      { kind: "item", itemId: r.itemIds[0], actorId: lead.id },
      { kind: "roadmap", itemId: undefined, actorId: lead.id },
      { kind: "itemRemoved", itemId: r.itemIds[1], actorId: lead.id },
    ]);
  });
});
