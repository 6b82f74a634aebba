// How the roadmap services read a roadmap and its items, in one place. The fields people
// edit come from shared's lists (ROADMAP_FIELDS, ROADMAP_ITEM_FIELDS), so that a field
// added to the schema reaches every read, audit, snapshot, export and comparison at once;
// items come in the roadmap's order, the latest revision as every answer shows it, and a
// cost leaves as a decimal string.
import { ROADMAP_FIELDS, ROADMAP_ITEM_FIELDS } from "@hemicycle/shared/schemas/roadmaps";
import type { Prisma } from "../db/generated/client.ts";

/**
 * A Prisma select of these fields. Typed field by field (`{ title: true, … }`, not a
 * record of booleans) so that the payload types Prisma infers from it stay exact.
 */
export function selectAll<const F extends string>(fields: readonly F[]): { [K in F]: true } {
  return Object.fromEntries(fields.map((field) => [field, true])) as { [K in F]: true };
}

/** The roadmap's fields that people edit: title, vision, horizon. */
export const roadmapEditableSelect = selectAll(ROADMAP_FIELDS) satisfies Prisma.RoadmapSelect;

/** An item's fields that people edit, progress included. */
export const itemEditableSelect = selectAll(ROADMAP_ITEM_FIELDS) satisfies Prisma.RoadmapItemSelect;

/** The roadmap's own fields, without its items: what the item writes answer with beside the item. */
export const roadmapFieldsSelect = {
  id: true,
  missionId: true,
  ...roadmapEditableSelect,
  status: true,
  version: true,
  baselineRevision: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.RoadmapSelect;

export type RoadmapFields = Prisma.RoadmapGetPayload<{ select: typeof roadmapFieldsSelect }>;

/** The roadmap's latest revision, as the answers that show it read it (`revisions[0] ?? null`). */
export const latestRevisionSelect = {
  orderBy: { number: "desc" },
  take: 1,
  select: { number: true, kind: true, createdAt: true },
} satisfies Prisma.Roadmap$revisionsArgs;

/** The roadmap's order of items: by position, the id settling a tie so that every read agrees. */
export const itemOrder: Prisma.RoadmapItemOrderByWithRelationInput[] = [{ position: "asc" }, { id: "asc" }];

/** A cost travels as a decimal string with two decimals, so that no cent is lost to floating point. */
export function costString(cost: Prisma.Decimal | null): string | null {
  return cost === null ? null : cost.toFixed(2);
}
