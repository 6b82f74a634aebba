// Roadmaps (ICT strategic plan and implementation roadmap): reading for now; the
// editor, review and revisions build on this.
import type { Actor } from "@hemicycle/shared/policy";
import type { Prisma } from "../db/generated/client.ts";
import type { Db } from "../db/types.ts";
import { findingScope, roadmapScope, scoped } from "../access/scopes.ts";
import { notFound } from "../lib/errors.ts";

/** An item, with only the linked findings the caller may see. */
function roadmapItemSelect(actor: Actor) {
  return {
    id: true,
    title: true,
    description: true,
    area: true,
    strategicObjective: true,
    responsibleUnit: true,
    priority: true,
    term: true,
    startDate: true,
    endDate: true,
    costEstimate: true,
    currency: true,
    fundingSource: true,
    expectedBenefit: true,
    kpi: true,
    progress: true,
    progressNote: true,
    position: true,
    version: true,
    dependsOn: { select: { dependsOnId: true } },
    findings: { where: { finding: findingScope(actor) }, select: { findingId: true } },
  } satisfies Prisma.RoadmapItemSelect;
}

function roadmapSelect(actor: Actor) {
  return {
    id: true,
    missionId: true,
    title: true,
    vision: true,
    horizonStart: true,
    horizonEnd: true,
    status: true,
    version: true,
    createdAt: true,
    updatedAt: true,
    items: { select: roadmapItemSelect(actor), orderBy: [{ position: "asc" }, { id: "asc" }] },
  } satisfies Prisma.RoadmapSelect;
}

type RoadmapRow = Prisma.RoadmapGetPayload<{ select: ReturnType<typeof roadmapSelect> }>;

function toOutput({ items, ...roadmap }: RoadmapRow) {
  return {
    ...roadmap,
    items: items.map(({ dependsOn, findings, costEstimate, ...item }) => ({
      ...item,
      // Decimal travels as a string so that no cent is lost to floating point.
      costEstimate: costEstimate === null ? null : costEstimate.toFixed(2),
      dependsOn: dependsOn.map((d) => d.dependsOnId),
      findingIds: findings.map((f) => f.findingId),
    })),
  };
}

/**
 * The mission's roadmap, or null when it has none the caller may see yet (the mission
 * itself must be visible: the router's mission procedure checks it).
 */
export async function getRoadmapByMission(db: Db, actor: Actor, missionId: string) {
  const roadmap = await db.roadmap.findFirst({
    where: scoped<Prisma.RoadmapWhereInput>(roadmapScope(actor), { missionId }),
    select: roadmapSelect(actor),
  });
  return roadmap ? toOutput(roadmap) : null;
}

export async function getRoadmap(db: Db, actor: Actor, id: string) {
  const roadmap = await db.roadmap.findFirst({
    where: scoped<Prisma.RoadmapWhereInput>(roadmapScope(actor), { id }),
    select: roadmapSelect(actor),
  });
  if (!roadmap) throw notFound("roadmap");
  return toOutput(roadmap);
}
