// Roadmaps (ICT strategic plan and implementation roadmap): reading for now; the
// editor, review and revisions build on this.
import type { SessionUser } from "../context.ts";
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import { notFound } from "../lib/errors.ts";
import { findingScope, roadmapScope } from "./access.ts";

/** An item, with only the linked findings the caller may see. */
function roadmapItemSelect(user: SessionUser) {
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
    findings: { where: { finding: findingScope(user) }, select: { findingId: true } },
  } satisfies Prisma.RoadmapItemSelect;
}

function roadmapSelect(user: SessionUser) {
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
    items: { select: roadmapItemSelect(user), orderBy: [{ position: "asc" }, { id: "asc" }] },
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
export async function getRoadmapByMission(db: PrismaClient, user: SessionUser, missionId: string) {
  const roadmap = await db.roadmap.findFirst({
    where: { AND: [{ missionId }, roadmapScope(user)] },
    select: roadmapSelect(user),
  });
  return roadmap ? toOutput(roadmap) : null;
}

export async function getRoadmap(db: PrismaClient, user: SessionUser, id: string) {
  const roadmap = await db.roadmap.findFirst({
    where: { AND: [{ id }, roadmapScope(user)] },
    select: roadmapSelect(user),
  });
  if (!roadmap) throw notFound("Roadmap");
  return toOutput(roadmap);
}
