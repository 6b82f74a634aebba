// Roadmaps (ICT strategic plan and implementation roadmap): reading for now; the
// editor, review and revisions build on this.
import type { SessionUser } from "../context.ts";
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import { notFound } from "../lib/errors.ts";
import { missionScope } from "./access.ts";

export const roadmapItemSelect = {
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
  findings: { select: { findingId: true } },
} satisfies Prisma.RoadmapItemSelect;

export const roadmapSelect = {
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
  items: { select: roadmapItemSelect, orderBy: [{ position: "asc" }, { id: "asc" }] },
} satisfies Prisma.RoadmapSelect;

function toOutput<
  T extends {
    items: {
      costEstimate: Prisma.Decimal | null;
      dependsOn: { dependsOnId: string }[];
      findings: { findingId: string }[];
    }[];
  },
>(roadmap: T) {
  return {
    ...roadmap,
    items: roadmap.items.map(({ dependsOn, findings, costEstimate, ...item }) => ({
      ...item,
      // Decimal travels as a string so that no cent is lost to floating point.
      costEstimate: costEstimate === null ? null : costEstimate.toFixed(2),
      dependsOn: dependsOn.map((d) => d.dependsOnId),
      findingIds: findings.map((f) => f.findingId),
    })),
  };
}

/** The mission's roadmap, or null when it has none yet (the mission itself must be visible). */
export async function getRoadmapByMission(db: PrismaClient, user: SessionUser, missionId: string) {
  const roadmap = await db.roadmap.findFirst({
    where: { missionId, mission: missionScope(user) },
    select: roadmapSelect,
  });
  return roadmap ? toOutput(roadmap) : null;
}

export async function getRoadmap(db: PrismaClient, user: SessionUser, id: string) {
  const roadmap = await db.roadmap.findFirst({ where: { id, mission: missionScope(user) }, select: roadmapSelect });
  if (!roadmap) throw notFound("Roadmap");
  return toOutput(roadmap);
}
