// Roadmaps at a given point of their review, written straight to the database: a mission
// of the parliament with a strategic-plan phase (the given experts on its team), its
// roadmap with a few items, and for a roadmap past its draft the revisions a submission
// and an endorsement would have stored.
import type { Database } from "@hemicycle/server/db/database";
import { takeSnapshot } from "@hemicycle/server/services/roadmap-snapshot";
import type { Prisma } from "@hemicycle/server/db/generated/client";
import { createMission, day } from "./records.ts";

export type ReviewStage = "DRAFT" | "IN_REVIEW" | "ENDORSED";

export type RoadmapFixture = {
  missionId: string;
  phaseId: string;
  roadmapId: string;
  itemIds: string[];
};

let counter = 0;

const titles = (items: number | string[], n: number) =>
  typeof items === "number" ? Array.from({ length: items }, (_, i) => `Initiative ${n}.${i + 1}`) : items;

export async function createRoadmapAt(
  db: Database,
  options: {
    parliamentId: string;
    stage: ReviewStage;
    /** Team of the mission's phase: expert id and role. */
    team?: { expertId: string; role: "LEAD" | "MEMBER" }[];
    /** How many items, or their titles; two by default. */
    items?: number | string[];
    /** Who submitted and endorsed (revisions' createdBy). */
    submittedById?: string;
    endorsedById?: string;
  },
): Promise<RoadmapFixture> {
  const n = ++counter;
  const mission = await createMission(db, {
    parliamentId: options.parliamentId,
    phases: [{ kind: "STRATEGIC_PLAN", startDate: "2035-06-01", endDate: "2035-06-05" }],
  });
  const phaseId = mission.phases[0]!.id;
  for (const member of options.team ?? []) {
    await db.prisma.assignment.create({ data: { phaseId, expertId: member.expertId, role: member.role } });
  }
  const roadmap = await db.prisma.roadmap.create({
    data: {
      missionId: mission.id,
      title: `ICT strategic plan ${n}`,
      vision: "A paperless, open parliament",
      horizonStart: 2027,
      horizonEnd: 2030,
      items: {
        create: titles(options.items ?? 2, n).map((title, i) => ({
          title,
          area: "LEG" as const,
          position: i,
          startDate: day("2027-01-01"),
          endDate: day("2027-12-31"),
          costEstimate: "10000.00",
          currency: "USD",
        })),
      },
    },
    select: { id: true, items: { select: { id: true }, orderBy: { position: "asc" } } },
  });
  if (options.stage !== "DRAFT") {
    const snapshot = (await takeSnapshot(db.prisma, roadmap.id)) as unknown as Prisma.InputJsonValue;
    await db.prisma.roadmapRevision.create({
      data: {
        roadmapId: roadmap.id,
        number: 1,
        kind: "SUBMISSION",
        snapshot,
        createdById: options.submittedById ?? null,
      },
    });
    if (options.stage === "ENDORSED") {
      await db.prisma.roadmapRevision.create({
        data: {
          roadmapId: roadmap.id,
          number: 2,
          kind: "ENDORSEMENT",
          snapshot,
          createdById: options.endorsedById ?? null,
        },
      });
    }
    await db.prisma.roadmap.update({
      where: { id: roadmap.id },
      data: options.stage === "ENDORSED" ? { status: "ENDORSED", baselineRevision: 2 } : { status: "IN_REVIEW" },
    });
  }
  return { missionId: mission.id, phaseId, roadmapId: roadmap.id, itemIds: roadmap.items.map((i) => i.id) };
}
