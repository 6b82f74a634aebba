// Roadmaps (ICT strategic plan and implementation roadmap): reading. One roadmap comes
// back whole, with the caller's policy facts, its latest revision, the last revision the
// caller looked at and each item measured against the endorsed baseline
// (docs/roadmaps.md). The editor's writes are in roadmap-items.ts, roadmap-dependencies.ts
// and roadmap-coverage.ts.
import type { Actor } from "@hemicycle/shared/policy";
import type { Prisma } from "../db/generated/client.ts";
import type { DbOrTx } from "../db/types.ts";
import { findingScope, roadmapScope, scoped } from "../access/scopes.ts";
import { notFound } from "../lib/errors.ts";
import {
  costString,
  itemEditableSelect,
  itemOrder,
  latestRevisionSelect,
  roadmapFieldsSelect,
} from "./roadmap-fields.ts";
import { readSnapshot, ZSnapshotItem, type SnapshotItem } from "./roadmap-snapshot.ts";

/** An item, with only the linked findings the caller may see. */
export function roadmapItemSelect(actor: Actor) {
  return {
    id: true,
    ...itemEditableSelect,
    position: true,
    version: true,
    updatedAt: true,
    dependsOn: { select: { dependsOnId: true }, orderBy: { dependsOnId: "asc" } },
    findings: {
      where: { finding: findingScope(actor) },
      select: { findingId: true },
      orderBy: { findingId: "asc" },
    },
  } satisfies Prisma.RoadmapItemSelect;
}

type ItemRow = Prisma.RoadmapItemGetPayload<{ select: ReturnType<typeof roadmapItemSelect> }>;

/** The team places of the caller on the mission's phases: the policy's `onMission` and `leadsAPhase`. */
function teamSelect(actor: Actor) {
  const expertId = actor.expertId ?? "";
  return {
    where: { team: { some: { expertId } } },
    select: { team: { where: { expertId }, select: { role: true } } },
  } satisfies Prisma.Mission$phasesArgs;
}

function roadmapSelect(actor: Actor) {
  return {
    ...roadmapFieldsSelect,
    mission: {
      select: {
        code: true,
        title: true,
        parliamentId: true,
        parliament: { select: { name: true } },
        phases: teamSelect(actor),
      },
    },
    revisions: latestRevisionSelect,
    views: { where: { userId: actor.id }, select: { number: true } },
    items: { select: roadmapItemSelect(actor), orderBy: itemOrder },
  } satisfies Prisma.RoadmapSelect;
}

type RoadmapRow = Prisma.RoadmapGetPayload<{ select: ReturnType<typeof roadmapSelect> }>;

/** Where an item stood in the endorsed revision: what "slipped" and "cost changed" are measured against. */
export type ItemBaseline = {
  startDate: Date | null;
  endDate: Date | null;
  costEstimate: string | null;
  currency: string | null;
};

const dayToDate = (day: string | null) => (day === null ? null : new Date(`${day}T00:00:00.000Z`));

/** The items of the baseline revision by id; empty when the roadmap was never endorsed. */
async function loadBaseline(
  db: DbOrTx,
  roadmapId: string,
  baselineRevision: number | null,
): Promise<Map<string, ItemBaseline>> {
  const baseline = new Map<string, ItemBaseline>();
  if (baselineRevision === null) return baseline;
  const snapshot = await readSnapshot(db, roadmapId, baselineRevision);
  for (const item of snapshot?.items ?? []) baseline.set(item.id, toBaseline(item));
  return baseline;
}

function toBaseline(item: Pick<SnapshotItem, "startDate" | "endDate" | "costEstimate" | "currency">): ItemBaseline {
  return {
    startDate: dayToDate(item.startDate),
    endDate: dayToDate(item.endDate),
    costEstimate: item.costEstimate,
    currency: item.currency,
  };
}

function toItemOutput({ dependsOn, findings, costEstimate, ...item }: ItemRow, baseline: Map<string, ItemBaseline>) {
  return {
    ...item,
    costEstimate: costString(costEstimate),
    dependsOn: dependsOn.map((d) => d.dependsOnId),
    findingIds: findings.map((f) => f.findingId),
    baseline: baseline.get(item.id) ?? null,
  };
}
export type RoadmapItemOutput = ReturnType<typeof toItemOutput>;

function viewerFacts(phases: { team: { role: string }[] }[]) {
  const roles = phases.flatMap((p) => p.team.map((t) => t.role));
  return { onMission: roles.length > 0, leadsAPhase: roles.includes("LEAD") };
}

async function toOutput(db: DbOrTx, row: RoadmapRow) {
  const { mission, revisions, views, items, ...roadmap } = row;
  const baseline = await loadBaseline(db, roadmap.id, roadmap.baselineRevision);
  return {
    ...roadmap,
    mission: {
      code: mission.code,
      title: mission.title,
      parliamentId: mission.parliamentId,
      parliamentName: mission.parliament.name,
    },
    viewer: viewerFacts(mission.phases),
    latestRevision: revisions[0] ?? null,
    lastSeenRevision: views[0]?.number ?? null,
    items: items.map((item) => toItemOutput(item, baseline)),
  };
}
export type RoadmapOutput = Awaited<ReturnType<typeof toOutput>>;

/**
 * The mission's roadmap, or null when it has none the caller may see yet (the mission
 * itself must be visible: the router's mission procedure checks it).
 */
export async function getRoadmapByMission(db: DbOrTx, actor: Actor, missionId: string): Promise<RoadmapOutput | null> {
  const roadmap = await db.roadmap.findFirst({
    where: scoped<Prisma.RoadmapWhereInput>(roadmapScope(actor), { missionId }),
    select: roadmapSelect(actor),
  });
  return roadmap ? toOutput(db, roadmap) : null;
}

export async function getRoadmap(db: DbOrTx, actor: Actor, id: string): Promise<RoadmapOutput> {
  const roadmap = await db.roadmap.findFirst({
    where: scoped<Prisma.RoadmapWhereInput>(roadmapScope(actor), { id }),
    select: roadmapSelect(actor),
  });
  if (!roadmap) throw notFound("roadmap");
  return toOutput(db, roadmap);
}

/** One item in the shape of `getRoadmap`'s items; NOT_FOUND when it or its roadmap is out of reach. */
export async function getRoadmapItem(db: DbOrTx, actor: Actor, itemId: string): Promise<RoadmapItemOutput> {
  const item = await db.roadmapItem.findFirst({
    where: { id: itemId, roadmap: roadmapScope(actor) },
    select: { ...roadmapItemSelect(actor), roadmap: { select: { id: true, baselineRevision: true } } },
  });
  if (!item) throw notFound("roadmapItem");
  const { roadmap, ...row } = item;
  const baseline = await loadItemBaseline(db, roadmap.id, roadmap.baselineRevision, itemId);
  return toItemOutput(row, baseline);
}

/** The fields of a snapshot's item that the baseline shows. */
const ZBaselineFields = ZSnapshotItem.pick({ startDate: true, endDate: true, costEstimate: true, currency: true });

/**
 * One item's entry in the baseline revision, picked out of the snapshot by the database
 * rather than reading a whole roadmap's snapshot for every item saved.
 */
async function loadItemBaseline(
  db: DbOrTx,
  roadmapId: string,
  baselineRevision: number | null,
  itemId: string,
): Promise<Map<string, ItemBaseline>> {
  const baseline = new Map<string, ItemBaseline>();
  if (baselineRevision === null) return baseline;
  const rows = await db.$queryRaw<{ item: unknown }[]>`
    SELECT entry AS item
    FROM roadmap_revisions, jsonb_array_elements(snapshot -> 'items') AS entry
    WHERE "roadmapId" = ${roadmapId} AND number = ${baselineRevision} AND entry ->> 'id' = ${itemId}`;
  const entry = rows[0];
  if (entry) baseline.set(itemId, toBaseline(ZBaselineFields.parse(entry.item)));
  return baseline;
}
