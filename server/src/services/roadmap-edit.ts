// The frame every write of the roadmap editor runs in (docs/roadmaps.md, "Editing"): the
// roadmap or item within reach (NOT_FOUND otherwise), the caller allowed to edit it
// (FORBIDDEN), the roadmap row locked before anything is checked, a frozen roadmap
// refused, an endorsed one set back to draft by an edit of its plan, and the saved
// changes published once the transaction has committed.
import type { RoadmapStatus } from "@hemicycle/shared/enums";
import { mayEditRoadmap, type Actor } from "@hemicycle/shared/policy";
import { roadmapAcceptsEdits, statusAfterEdit } from "@hemicycle/shared/workflows/roadmap";
import type { Db, Tx } from "../db/types.ts";
import { findVisibleRoadmap, findVisibleRoadmapItem, type VisibleRoadmap } from "../access/visible.ts";
import { fail, notFound } from "../lib/errors.ts";
import { publishRoadmapChanges, type RoadmapChangeKind, type RoadmapEvents } from "../live/roadmap-events.ts";
import { recordAudit } from "./audit.ts";
import { itemOrder, roadmapFieldsSelect, type RoadmapFields } from "./roadmap-fields.ts";
import { getRoadmapItem, type RoadmapItemOutput } from "./roadmaps.ts";

/**
 * Locks the roadmap's row until the transaction ends and reads its status and version as
 * they are now. Every write that depends on the roadmap's status or on its other items
 * (the editor's, submitting, deciding) takes this lock first, so that on PostgreSQL they
 * run one after another per roadmap. Null when the roadmap is gone.
 */
export async function lockRoadmap(
  tx: Tx,
  roadmapId: string,
): Promise<{ status: RoadmapStatus; version: number; baselineRevision: number | null } | null> {
  const rows = await tx.$queryRaw<{ status: RoadmapStatus; version: number; baselineRevision: number | null }[]>`
    SELECT status::text AS status, version, "baselineRevision" FROM roadmaps WHERE id = ${roadmapId} FOR UPDATE`;
  return rows[0] ?? null;
}

/** An item write answers with the item as the caller sees it and the roadmap's fields (its status may have changed). */
export type RoadmapItemWrite = { item: RoadmapItemOutput; roadmap: RoadmapFields };

/** The roadmap's fields and its items' ids in order: what a stale roadmap write is shown. */
export async function currentRoadmapFields(tx: Tx, roadmapId: string) {
  const { items, ...fields } = await tx.roadmap.findUniqueOrThrow({
    where: { id: roadmapId },
    select: {
      ...roadmapFieldsSelect,
      items: { select: { id: true }, orderBy: itemOrder },
    },
  });
  return { ...fields, itemIds: items.map((i) => i.id) };
}

/** A saved change to tell the roadmap's viewers about. */
export type EditChange = { kind: RoadmapChangeKind; itemId?: string };

export type EditTarget = { roadmapId: string } | { itemId: string };

export type Edit<T> = {
  /**
   * The edit changes the plan (the default): refused while in review, and an endorsed
   * roadmap becomes a draft again. Progress alone is not the plan.
   */
  plan?: boolean;
  /**
   * Makes the change, the roadmap locked and checked (`roadmap` holds its status and
   * version as locked); returns the result and what changed. No changes: nothing was
   * written, the status stays as it is.
   */
  run: (tx: Tx, roadmap: VisibleRoadmap) => Promise<{ result: T; changes: EditChange[] }>;
};

/** Runs an edit of a roadmap the caller may see and edit; answers its result and the roadmap's fields after it. */
export async function editRoadmap<T>(
  db: Db,
  actor: Actor,
  events: RoadmapEvents,
  target: EditTarget,
  edit: Edit<T>,
): Promise<{ result: T; roadmap: RoadmapFields }> {
  const { result, roadmap, changes } = await db.$transaction(async (tx) => {
    const visible = await findTarget(tx, actor, target);
    if (!mayEditRoadmap(actor, visible)) throw fail("FORBIDDEN", "forbidden");
    const locked = await lockRoadmap(tx, visible.id);
    if (!locked) throw notFound("roadmap");
    const roadmap = { ...visible, ...locked };
    const plan = edit.plan ?? true;
    if (plan && !roadmapAcceptsEdits(roadmap.status)) throw fail("INVALID_TRANSITION", "roadmapFrozen");
    const { result, changes } = await edit.run(tx, roadmap);
    if (plan && changes.length > 0 && (await reopen(tx, actor, roadmap.id))) changes.push({ kind: "roadmap" });
    const fields = await tx.roadmap.findUniqueOrThrow({ where: { id: roadmap.id }, select: roadmapFieldsSelect });
    return { result, roadmap: fields, changes };
  });
  publishRoadmapChanges(events, actor, roadmap.id, changes);
  return { result, roadmap };
}

/** Runs an edit of one item; answers the item as the caller sees it after the edit, and the roadmap's fields. */
export async function editRoadmapItem(
  db: Db,
  actor: Actor,
  events: RoadmapEvents,
  itemId: string,
  edit: Edit<null>,
): Promise<RoadmapItemWrite> {
  const { roadmap } = await editRoadmap(db, actor, events, { itemId }, edit);
  return { item: await getRoadmapItem(db, actor, itemId), roadmap };
}

async function findTarget(tx: Tx, actor: Actor, target: EditTarget): Promise<VisibleRoadmap> {
  if ("itemId" in target) {
    const item = await findVisibleRoadmapItem(tx, actor, target.itemId);
    if (!item) throw notFound("roadmapItem");
    return item.roadmap;
  }
  const roadmap = await findVisibleRoadmap(tx, actor, target.roadmapId);
  if (!roadmap) throw notFound("roadmap");
  return roadmap;
}

/**
 * An edit of an endorsed roadmap's plan starts a new draft on top of the baseline, which
 * stays as it was. Writes of the roadmap's own row (its fields, the order) set the status
 * themselves, with `statusAfterEdit`; this catches every other edit. True when it did.
 */
async function reopen(tx: Tx, actor: Actor, roadmapId: string): Promise<boolean> {
  const { count } = await tx.roadmap.updateMany({
    where: { id: roadmapId, status: "ENDORSED" },
    data: { status: statusAfterEdit("ENDORSED"), version: { increment: 1 } },
  });
  if (count === 0) return false;
  await recordAudit(tx, actor, {
    action: "roadmap.reopen",
    entityType: "roadmap",
    entityId: roadmapId,
    before: { status: "ENDORSED" },
    after: { status: statusAfterEdit("ENDORSED") },
  });
  return true;
}
