// Progress is not the plan (docs/roadmaps.md, "Statuses and who does what"): the
// editors update an item's progress at any time, the parliament's own staff once the
// roadmap has a baseline, and an update never moves the roadmap back to draft nor waits
// for a review to end.
import type { z } from "zod";
import { mayUpdateRoadmapProgress, type Actor } from "@hemicycle/shared/policy";
import type { ZUpdateProgressInput } from "@hemicycle/shared/schemas/roadmaps";
import type { Prisma } from "../db/generated/client.ts";
import type { Db } from "../db/types.ts";
import { roadmapScope } from "../access/scopes.ts";
import { findVisibleRoadmapItem } from "../access/visible.ts";
import { fail, notFound } from "../lib/errors.ts";
import { publishRoadmapChanges, type RoadmapEvents } from "../live/roadmap-events.ts";
import { getRoadmapItem } from "./roadmaps.ts";
import { updateVersioned } from "./versioned-update.ts";

type TUpdateProgressInput = z.infer<typeof ZUpdateProgressInput>;

const progressSelect = {
  id: true,
  roadmapId: true,
  progress: true,
  progressNote: true,
  version: true,
  updatedAt: true,
} satisfies Prisma.RoadmapItemSelect;

/** Sets an item's progress (and its note, when given); versioned and audited. */
export async function updateProgress(db: Db, actor: Actor, input: TUpdateProgressInput, events: RoadmapEvents) {
  const item = await db.$transaction(async (tx) => {
    const item = await findVisibleRoadmapItem(tx, actor, input.itemId);
    if (!item) throw notFound("roadmapItem");
    const { roadmap } = item;
    if (!mayUpdateRoadmapProgress(actor, roadmap.baselineRevision !== null, roadmap)) {
      throw fail("FORBIDDEN", "forbidden");
    }
    const where = { id: input.itemId, roadmap: roadmapScope(actor) } satisfies Prisma.RoadmapItemWhereInput;
    const { progress, progressNote } = input;
    const { after } = await updateVersioned(tx, actor, {
      entity: "roadmapItem",
      id: input.itemId,
      version: input.version,
      read: () => tx.roadmapItem.findFirst({ where, select: progressSelect }),
      // Like the editor's stale writes: the whole item as the caller may see it now.
      current: () => getRoadmapItem(tx, actor, input.itemId),
      write: (guard) =>
        tx.roadmapItem.updateMany({
          where: guard,
          data: { progress, ...(progressNote === undefined ? {} : { progressNote }), version: { increment: 1 } },
        }),
      audit: { action: "roadmapItem.updateProgress" },
    });
    return after;
  });
  publishRoadmapChanges(events, actor, item.roadmapId, [{ kind: "item", itemId: item.id }]);
  return item;
}
