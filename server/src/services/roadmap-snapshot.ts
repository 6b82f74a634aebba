// What a revision holds: the roadmap and its items as they were at submission or
// endorsement, stored as JSON in `roadmap_revisions.snapshot` and never changed
// afterwards (docs/roadmaps.md, "Revisions"). Dates travel as `YYYY-MM-DD` and costs as
// decimal strings, so that a snapshot reads back exactly as it was written.
import { z } from "zod";
import { ICT_AREA_CODES, PRIORITIES, PROGRESS_STATUSES, TERMS } from "@hemicycle/shared/enums";
import type { DbOrTx } from "../db/types.ts";
import { costString, itemEditableSelect, itemOrder, roadmapEditableSelect } from "./roadmap-fields.ts";

const zDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ZSnapshotItem = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  area: z.enum(ICT_AREA_CODES),
  strategicObjective: z.string().nullable(),
  responsibleUnit: z.string().nullable(),
  priority: z.enum(PRIORITIES),
  term: z.enum(TERMS),
  startDate: zDay.nullable(),
  endDate: zDay.nullable(),
  costEstimate: z.string().nullable(),
  currency: z.string().nullable(),
  fundingSource: z.string().nullable(),
  expectedBenefit: z.string().nullable(),
  kpi: z.string().nullable(),
  progress: z.enum(PROGRESS_STATUSES),
  progressNote: z.string().nullable(),
  position: z.number().int(),
  dependsOn: z.array(z.string()),
  findingIds: z.array(z.string()),
});
export type SnapshotItem = z.infer<typeof ZSnapshotItem>;

const ZSnapshot = z.object({
  roadmap: z.object({
    title: z.string(),
    vision: z.string().nullable(),
    horizonStart: z.number().int(),
    horizonEnd: z.number().int(),
  }),
  items: z.array(ZSnapshotItem),
});
export type RoadmapSnapshot = z.infer<typeof ZSnapshot>;

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** The roadmap and its items as they are now in `db` (call inside the transaction that stores the revision). */
export async function takeSnapshot(db: DbOrTx, roadmapId: string): Promise<RoadmapSnapshot> {
  const roadmap = await db.roadmap.findUniqueOrThrow({
    where: { id: roadmapId },
    select: {
      ...roadmapEditableSelect,
      items: {
        orderBy: itemOrder,
        select: {
          id: true,
          ...itemEditableSelect,
          position: true,
          dependsOn: { select: { dependsOnId: true }, orderBy: { dependsOnId: "asc" } },
          findings: { select: { findingId: true }, orderBy: { findingId: "asc" } },
        },
      },
    },
  });
  const { items, ...fields } = roadmap;
  return {
    roadmap: fields,
    items: items.map(({ startDate, endDate, costEstimate, dependsOn, findings, ...item }) => ({
      ...item,
      startDate: day(startDate),
      endDate: day(endDate),
      costEstimate: costString(costEstimate),
      dependsOn: dependsOn.map((d) => d.dependsOnId),
      findingIds: findings.map((f) => f.findingId),
    })),
  };
}

/** Reads a stored snapshot back; a stored value that does not parse is a bug, not user input. */
export function parseSnapshot(json: unknown): RoadmapSnapshot {
  return ZSnapshot.parse(json);
}

/** The snapshot of the roadmap's revision `number`; null when there is no such revision. */
export async function readSnapshot(db: DbOrTx, roadmapId: string, number: number): Promise<RoadmapSnapshot | null> {
  const revision = await db.roadmapRevision.findUnique({
    where: { roadmapId_number: { roadmapId, number } },
    select: { snapshot: true },
  });
  return revision && parseSnapshot(revision.snapshot);
}
