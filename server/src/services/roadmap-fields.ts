// How the roadmap services read a roadmap and its items, in one place. The fields people
// edit come from shared's lists (ROADMAP_FIELDS, ROADMAP_ITEM_FIELDS), so that a field
// added to the schema reaches every read, audit, snapshot, export and comparison at once.
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
