// The roadmap editor's writes: the roadmap itself (one per mission), its items and their
// order (docs/roadmaps.md, "Editing"). Each runs in editRoadmap's frame (reach, policy,
// lock, frozen while in review, back to draft after endorsement, published once
// committed); dependencies are in roadmap-dependencies.ts, linked findings and coverage
// in roadmap-coverage.ts.
import { message } from "@hemicycle/shared/messages";
import { mayEditRoadmap, type Actor } from "@hemicycle/shared/policy";
import {
  MAX_HORIZON_YEARS,
  MAX_ROADMAP_ITEMS,
  type TCreateRoadmapInput,
  type TUpdateRoadmapInput,
  type ZCreateRoadmapItemInput,
  type ZRemoveRoadmapItemInput,
  type ZReorderRoadmapItemsInput,
  type ZUpdateRoadmapItemInput,
} from "@hemicycle/shared/schemas/roadmaps";
import { statusAfterEdit } from "@hemicycle/shared/workflows/roadmap";
import type { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import type { Db } from "../db/types.ts";
import { findVisibleMission } from "../access/visible.ts";
import { AppError, fail, fieldError, notFound, staleVersion } from "../lib/errors.ts";
import { toAppError } from "../lib/prisma-errors.ts";
import { publishRoadmapChanges, type RoadmapEvents } from "../live/roadmap-events.ts";
import { recordAudit } from "./audit.ts";
import { assertLinkableFindings } from "./roadmap-coverage.ts";
import {
  currentRoadmapFields,
  editRoadmap,
  editRoadmapItem,
  type Edit,
  type RoadmapItemWrite,
} from "./roadmap-edit.ts";
import { itemEditableSelect, itemOrder, roadmapEditableSelect, type RoadmapFields } from "./roadmap-fields.ts";
import { getRoadmap, getRoadmapItem, type RoadmapOutput } from "./roadmaps.ts";
import { updateVersioned } from "./versioned-update.ts";

// ---------------------------------------------------------------------------------------
// The roadmap
// ---------------------------------------------------------------------------------------

/** The roadmap's own fields that the audit log records of it. */
const roadmapAuditSelect = {
  id: true,
  missionId: true,
  ...roadmapEditableSelect,
  status: true,
  version: true,
} satisfies Prisma.RoadmapSelect;

function assertHorizon(horizonStart: number, horizonEnd: number) {
  if (horizonEnd < horizonStart || horizonEnd - horizonStart >= MAX_HORIZON_YEARS)
    throw fieldError("horizonEnd", "horizonRange", { maximum: MAX_HORIZON_YEARS });
}

const roadmapExists = () => AppError.of("DUPLICATE", message("roadmapExists"));

/** The mission's roadmap, by whoever may edit it: one per mission (CONFLICT roadmapExists, even when two race). */
export async function createRoadmap(
  db: Db,
  actor: Actor,
  input: TCreateRoadmapInput,
  events: RoadmapEvents,
): Promise<RoadmapOutput> {
  let created: RoadmapOutput;
  try {
    created = await db.$transaction(async (tx) => {
      const mission = await findVisibleMission(tx, actor, input.missionId);
      if (!mission) throw notFound("mission");
      const onMission =
        !!actor.expertId &&
        (await tx.assignment.count({ where: { expertId: actor.expertId, phase: { missionId: mission.id } } })) > 0;
      if (!mayEditRoadmap(actor, { onMission })) throw fail("FORBIDDEN", "forbidden");
      if (await tx.roadmap.findUnique({ where: { missionId: mission.id }, select: { id: true } }))
        throw roadmapExists();
      assertHorizon(input.horizonStart, input.horizonEnd);
      const roadmap = await tx.roadmap.create({
        data: {
          missionId: mission.id,
          title: input.title,
          vision: input.vision ?? null,
          horizonStart: input.horizonStart,
          horizonEnd: input.horizonEnd,
        },
        select: roadmapAuditSelect,
      });
      await recordAudit(tx, actor, {
        action: "roadmap.create",
        entityType: "roadmap",
        entityId: roadmap.id,
        after: roadmap,
      });
      return getRoadmap(tx, actor, roadmap.id);
    });
  } catch (error) {
    // Two editors creating the mission's roadmap at once: both found none, the unique
    // index on missionId let one through.
    if (toAppError(error)?.reason === "DUPLICATE") throw roadmapExists();
    throw error;
  }
  publishRoadmapChanges(events, actor, created.id, [{ kind: "roadmap" }]);
  return created;
}

/** Runs a write of the roadmap's own row (its fields, the items' order); answers the whole roadmap after it. */
async function editRoadmapRow(
  db: Db,
  actor: Actor,
  events: RoadmapEvents,
  id: string,
  run: Edit<null>["run"],
): Promise<RoadmapOutput> {
  await editRoadmap(db, actor, events, { roadmapId: id }, { run });
  return getRoadmap(db, actor, id);
}

/** The roadmap's title, vision or horizon, guarded by its version; the horizon checked against the stored ends. */
export async function updateRoadmap(
  db: Db,
  actor: Actor,
  input: TUpdateRoadmapInput,
  events: RoadmapEvents,
): Promise<RoadmapOutput> {
  const { id, version, ...changes } = input;
  return editRoadmapRow(db, actor, events, id, async (tx, roadmap) => {
    await updateVersioned(tx, actor, {
      entity: "roadmap",
      id,
      version,
      read: () => tx.roadmap.findUnique({ where: { id }, select: roadmapAuditSelect }),
      current: () => currentRoadmapFields(tx, id),
      check: (before) =>
        assertHorizon(changes.horizonStart ?? before.horizonStart, changes.horizonEnd ?? before.horizonEnd),
      write: (where) =>
        tx.roadmap.updateMany({
          where,
          data: { ...changes, status: statusAfterEdit(roadmap.status), version: { increment: 1 } },
        }),
      audit: { action: "roadmap.update" },
    });
    return { result: null, changes: [{ kind: "roadmap" }] };
  });
}

/**
 * The items' new order: every item of the roadmap once (BAD_REQUEST itemsChanged
 * otherwise), guarded by the roadmap's version, written as positions 0..n-1. Item
 * versions stay as they are, so a reorder never conflicts with an edit of an item.
 */
export async function reorderRoadmapItems(
  db: Db,
  actor: Actor,
  input: z.infer<typeof ZReorderRoadmapItemsInput>,
  events: RoadmapEvents,
): Promise<RoadmapOutput> {
  const { id, version, itemIds } = input;
  return editRoadmapRow(db, actor, events, id, async (tx, roadmap) => {
    if (roadmap.version !== version) throw staleVersion("roadmap", await currentRoadmapFields(tx, id));
    const items = await tx.roadmapItem.findMany({
      where: { roadmapId: id },
      select: { id: true, position: true },
      orderBy: itemOrder,
    });
    const positions = new Map(items.map((item) => [item.id, item.position]));
    const named = new Set(itemIds);
    if (itemIds.length !== items.length || named.size !== items.length || itemIds.some((i) => !positions.has(i)))
      throw fail("VALIDATION", "itemsChanged");
    const moved = itemIds.flatMap((itemId, position) =>
      positions.get(itemId) === position ? [] : [{ itemId, from: positions.get(itemId)!, to: position }],
    );
    if (moved.length === 0) return { result: null, changes: [] };
    await tx.$executeRaw`
      UPDATE roadmap_items AS i SET position = v.position
      FROM unnest(${moved.map((m) => m.itemId)}::text[], ${moved.map((m) => m.to)}::int[]) AS v(id, position)
      WHERE i.id = v.id AND i."roadmapId" = ${id}`;
    await tx.roadmap.updateMany({
      where: { id, version },
      data: { status: statusAfterEdit(roadmap.status), version: { increment: 1 } },
    });
    await recordAudit(tx, actor, {
      action: "roadmap.reorderItems",
      entityType: "roadmap",
      entityId: id,
      before: {
        version,
        status: roadmap.status,
        positions: Object.fromEntries(moved.map((m) => [m.itemId, m.from])),
      },
      after: {
        version: version + 1,
        status: statusAfterEdit(roadmap.status),
        positions: Object.fromEntries(moved.map((m) => [m.itemId, m.to])),
      },
    });
    return { result: null, changes: [{ kind: "roadmap" }] };
  });
}

// ---------------------------------------------------------------------------------------
// Items
// ---------------------------------------------------------------------------------------

/** An item's own fields: what the audit log records of it. */
const itemAuditSelect = {
  id: true,
  roadmapId: true,
  ...itemEditableSelect,
  position: true,
  version: true,
} satisfies Prisma.RoadmapItemSelect;

/** The fields that are not the plan: changing only these never freezes nor reopens (docs/roadmaps.md). */
const PROGRESS_FIELDS = new Set(["progress", "progressNote"]);

type ItemValues = {
  startDate: Date | null;
  endDate: Date | null;
  costEstimate: string | Prisma.Decimal | null;
  currency: string | null;
};

/** Dates in order and a cost with its currency, on the values the item will have. */
function assertItemValues({ startDate, endDate, costEstimate, currency }: ItemValues) {
  if (startDate && endDate && endDate < startDate) throw fieldError("endDate", "endBeforeStart");
  if (costEstimate !== null && currency === null) throw fieldError("currency", "currencyRequired");
}

export async function createRoadmapItem(
  db: Db,
  actor: Actor,
  input: z.output<typeof ZCreateRoadmapItemInput>,
  events: RoadmapEvents,
): Promise<RoadmapItemWrite> {
  const { roadmapId, findingIds, position, ...fields } = input;
  const { result: itemId, roadmap } = await editRoadmap(
    db,
    actor,
    events,
    { roadmapId },
    {
      run: async (tx, visible) => {
        const { _count: count, _max: max } = await tx.roadmapItem.aggregate({
          where: { roadmapId },
          _count: { _all: true },
          _max: { position: true },
        });
        if (count._all >= MAX_ROADMAP_ITEMS) throw fail("VALIDATION", "tooMany", { maximum: MAX_ROADMAP_ITEMS });
        assertItemValues(fields);
        const linked = await assertLinkableFindings(tx, actor, visible, findingIds);
        const end = (max.position ?? -1) + 1;
        const at = position === undefined ? end : Math.min(position, end);
        if (at < end)
          await tx.roadmapItem.updateMany({
            where: { roadmapId, position: { gte: at } },
            data: { position: { increment: 1 } },
          });
        const item = await tx.roadmapItem.create({
          data: {
            ...fields,
            roadmapId,
            position: at,
            findings: { createMany: { data: linked.map((findingId) => ({ findingId })) } },
          },
          select: itemAuditSelect,
        });
        await recordAudit(tx, actor, {
          action: "roadmapItem.create",
          entityType: "roadmapItem",
          entityId: item.id,
          after: { ...item, findingIds: linked },
        });
        return { result: item.id, changes: [{ kind: "item", itemId: item.id }] };
      },
    },
  );
  return { item: await getRoadmapItem(db, actor, itemId), roadmap };
}

/**
 * Any of an item's fields, guarded by the item's own version (a stale write answers
 * CONFLICT with the item as it is now); dates and currency checked on the merged values.
 */
export async function updateRoadmapItem(
  db: Db,
  actor: Actor,
  input: z.output<typeof ZUpdateRoadmapItemInput>,
  events: RoadmapEvents,
): Promise<RoadmapItemWrite> {
  const { id, version, ...changes } = input;
  const plan = Object.keys(changes).some((field) => !PROGRESS_FIELDS.has(field));
  return editRoadmapItem(db, actor, events, id, {
    plan,
    run: async (tx, visible) => {
      await updateVersioned(tx, actor, {
        entity: "roadmapItem",
        id,
        version,
        read: () => tx.roadmapItem.findFirst({ where: { id, roadmapId: visible.id }, select: itemAuditSelect }),
        current: () => getRoadmapItem(tx, actor, id),
        check: (before) => assertItemValues(mergeValues(before, changes)),
        write: (where) => tx.roadmapItem.updateMany({ where, data: { ...changes, version: { increment: 1 } } }),
        audit: { action: "roadmapItem.update" },
      });
      return { result: null, changes: [{ kind: "item", itemId: id }] };
    },
  });
}

/** The date and cost fields an item will have: those sent over those stored. */
function mergeValues(stored: ItemValues, sent: Partial<ItemValues>): ItemValues {
  const pick = <K extends keyof ItemValues>(key: K): ItemValues[K] =>
    sent[key] === undefined ? stored[key] : sent[key]!;
  return {
    startDate: pick("startDate"),
    endDate: pick("endDate"),
    costEstimate: pick("costEstimate"),
    currency: pick("currency"),
  };
}

/** Removes an item (its dependencies and links go with it), guarded by its version; the items after it move up. */
export async function removeRoadmapItem(
  db: Db,
  actor: Actor,
  input: z.infer<typeof ZRemoveRoadmapItemInput>,
  events: RoadmapEvents,
): Promise<{ id: string; roadmap: RoadmapFields }> {
  const { id, version } = input;
  const { roadmap } = await editRoadmap(
    db,
    actor,
    events,
    { itemId: id },
    {
      run: async (tx, visible) => {
        const before = await tx.roadmapItem.findFirst({
          where: { id, roadmapId: visible.id },
          select: { ...itemAuditSelect, dependents: { select: { itemId: true } } },
        });
        if (!before) throw notFound("roadmapItem");
        const stale = async () => staleVersion("roadmapItem", await getRoadmapItem(tx, actor, id));
        if (before.version !== version) throw await stale();
        const { count } = await tx.roadmapItem.deleteMany({ where: { id, version } });
        // Progress is written without the roadmap's lock: it may have got in between.
        if (count === 0) throw await stale();
        await tx.roadmapItem.updateMany({
          where: { roadmapId: visible.id, position: { gt: before.position } },
          data: { position: { decrement: 1 } },
        });
        const { dependents, ...fields } = before;
        await recordAudit(tx, actor, {
          action: "roadmapItem.remove",
          entityType: "roadmapItem",
          entityId: id,
          before: fields,
        });
        return {
          result: null,
          changes: [
            { kind: "itemRemoved", itemId: id },
            // Items that depended on it lost that dependency.
            ...dependents.map((d) => ({ kind: "item" as const, itemId: d.itemId })),
          ],
        };
      },
    },
  );
  return { id, roadmap };
}
