// Dependencies between a roadmap's items: an item waits for the items it depends on.
// Only within one roadmap, and never in a loop (docs/roadmaps.md, "Editing"). The check
// runs with the roadmap locked (editRoadmap), so two calls cannot close a loop together,
// and reads the roadmap's edges once, walking them in memory however long the chain.
import { message } from "@hemicycle/shared/messages";
import type { Actor } from "@hemicycle/shared/policy";
import type { ZSetDependenciesInput } from "@hemicycle/shared/schemas/roadmaps";
import type { z } from "zod";
import type { Db, Tx } from "../db/types.ts";
import { AppError, fieldError } from "../lib/errors.ts";
import type { RoadmapEvents } from "../live/roadmap-events.ts";
import { editRoadmapItem, type RoadmapItemWrite } from "./roadmap-edit.ts";
import { replaceItemLinks } from "./roadmap-item-links.ts";

/**
 * The loop that giving `itemId` these dependencies would close, as item ids from
 * `itemId` back to it (`[a, b, a]`), or null. `edges` maps each item to the items it
 * depends on; `itemId`'s own entry is replaced by `dependsOn`. Breadth first, so the loop
 * named is a shortest one.
 */
export function findCycle(
  itemId: string,
  dependsOn: readonly string[],
  edges: ReadonlyMap<string, readonly string[]>,
): string[] | null {
  const cameFrom = new Map<string, string>();
  const queue: string[] = [];
  for (const next of dependsOn) {
    if (next === itemId) return [itemId, itemId];
    if (!cameFrom.has(next)) {
      cameFrom.set(next, itemId);
      queue.push(next);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const next of edges.get(node) ?? []) {
      if (next === itemId) {
        const back: string[] = [];
        for (let step = node; step !== itemId; step = cameFrom.get(step)!) back.push(step);
        return [itemId, ...back.reverse(), itemId];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return null;
}

/** The items an item depends on, as a whole set replacing the current one. */
export async function setRoadmapDependencies(
  db: Db,
  actor: Actor,
  input: z.output<typeof ZSetDependenciesInput>,
  events: RoadmapEvents,
): Promise<RoadmapItemWrite> {
  const { itemId } = input;
  const wanted = [...new Set(input.dependsOn)];
  return editRoadmapItem(db, actor, events, itemId, {
    run: async (tx: Tx, visible) => {
      const items = await tx.roadmapItem.findMany({
        where: { roadmapId: visible.id },
        select: { id: true, title: true },
      });
      const titles = new Map(items.map((i) => [i.id, i.title]));
      // Unknown or elsewhere alike: an item of another roadmap is not named.
      if (wanted.some((id) => !titles.has(id))) throw fieldError("dependsOn", "dependencyOtherRoadmap");
      const rows = await tx.roadmapItemDependency.findMany({
        where: { item: { roadmapId: visible.id } },
        select: { itemId: true, dependsOnId: true },
      });
      const edges = new Map<string, string[]>();
      for (const row of rows) edges.set(row.itemId, [...(edges.get(row.itemId) ?? []), row.dependsOnId]);
      const cycle = findCycle(itemId, wanted, edges);
      if (cycle) {
        const loop = message("dependencyCycle", { cycle: cycle.map((id) => titles.get(id) ?? id).join(" → ") });
        throw AppError.of("DEPENDENCY_CYCLE", loop, {
          details: { itemIds: cycle },
          fieldErrors: { dependsOn: [loop] },
        });
      }
      const changes = await replaceItemLinks(tx, actor, {
        itemId,
        current: edges.get(itemId) ?? [],
        wanted,
        unlink: (removed) => tx.roadmapItemDependency.deleteMany({ where: { itemId, dependsOnId: { in: removed } } }),
        link: (added) =>
          tx.roadmapItemDependency.createMany({ data: added.map((dependsOnId) => ({ itemId, dependsOnId })) }),
        audit: { action: "roadmapItem.setDependencies", field: "dependsOn" },
      });
      return { result: null, changes };
    },
  });
}
