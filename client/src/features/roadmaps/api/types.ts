// The roadmap as the editor holds it: `roadmaps.byId`'s output, typed through AppRouter.
// The table, the Gantt, the review and the editor's panels all speak these types.
import { ROADMAP_ITEM_FIELDS } from "@hemicycle/shared/schemas/roadmaps";
import type { RouterOutputs } from "../../../lib/router-types.ts";

export type Roadmap = NonNullable<RouterOutputs["roadmaps"]["byId"]>;
export type RoadmapItem = Roadmap["items"][number];

/** The fields of an item a person edits (dates at UTC midnight or null, cost as a decimal string or null). */
export const EDITABLE_ITEM_FIELDS = ROADMAP_ITEM_FIELDS satisfies readonly (keyof RoadmapItem)[];

export type EditableItemField = (typeof EDITABLE_ITEM_FIELDS)[number];

/** A change to some of an item's fields, as `useSaveItem().save(item, patch)` takes it. */
export type ItemPatch = Partial<Pick<RoadmapItem, EditableItemField>>;

/** Progress is not the plan: what `roadmaps.updateProgress` changes. */
export const PROGRESS_FIELDS = ["progress", "progressNote"] as const satisfies readonly EditableItemField[];
