// Lookups of one record within the actor's reach: null when it does not exist or lies out
// of reach, which callers answer with NOT_FOUND alike. The base procedures of trpc.ts and
// the services' write paths use these.
import type { PhaseStatus, RoadmapStatus, TeamRole } from "@hemicycle/shared/enums";
import type { Actor } from "@hemicycle/shared/policy";
import type { Prisma } from "../db/generated/client.ts";
import type { DbOrTx } from "../db/types.ts";
import { missionScope, parliamentScope, phaseScope, roadmapScope, scoped } from "./scopes.ts";

export type VisibleMission = { id: string; parliamentId: string };

export function findVisibleMission(db: DbOrTx, actor: Actor, missionId: string): Promise<VisibleMission | null> {
  return db.mission.findFirst({
    where: scoped<Prisma.MissionWhereInput>(missionScope(actor), { id: missionId }),
    select: { id: true, parliamentId: true },
  });
}

export function findVisibleParliament(db: DbOrTx, actor: Actor, parliamentId: string): Promise<{ id: string } | null> {
  return db.parliament.findFirst({
    where: scoped<Prisma.ParliamentWhereInput>(parliamentScope(actor), { id: parliamentId }),
    select: { id: true },
  });
}

export type VisiblePhase = {
  id: string;
  missionId: string;
  parliamentId: string;
  startDate: Date;
  endDate: Date;
  status: PhaseStatus;
  /** The actor's role on this phase's team, or null when not on it. */
  teamRole: TeamRole | null;
};

export async function findVisiblePhase(db: DbOrTx, actor: Actor, phaseId: string): Promise<VisiblePhase | null> {
  const phase = await db.phase.findFirst({
    where: scoped<Prisma.PhaseWhereInput>(phaseScope(actor), { id: phaseId }),
    select: {
      id: true,
      missionId: true,
      startDate: true,
      endDate: true,
      status: true,
      mission: { select: { parliamentId: true } },
      team: { where: { expertId: actor.expertId ?? "" }, select: { role: true } },
    },
  });
  if (!phase) return null;
  const { mission, team, ...fields } = phase;
  return { ...fields, parliamentId: mission.parliamentId, teamRole: team[0]?.role ?? null };
}

/** A roadmap within reach, with the facts the shared policy's roadmap rules ask for. */
export type VisibleRoadmap = {
  id: string;
  missionId: string;
  parliamentId: string;
  status: RoadmapStatus;
  version: number;
  baselineRevision: number | null;
  /** The actor is on the team of one of the mission's phases. */
  onMission: boolean;
  /** The actor leads one of the mission's phases. */
  leadsAPhase: boolean;
};

function visibleRoadmapSelect(actor: Actor) {
  return {
    id: true,
    missionId: true,
    status: true,
    version: true,
    baselineRevision: true,
    mission: {
      select: {
        parliamentId: true,
        phases: {
          where: { team: { some: { expertId: actor.expertId ?? "" } } },
          select: { team: { where: { expertId: actor.expertId ?? "" }, select: { role: true } } },
        },
      },
    },
  } satisfies Prisma.RoadmapSelect;
}

function toVisibleRoadmap(
  row: Prisma.RoadmapGetPayload<{ select: ReturnType<typeof visibleRoadmapSelect> }>,
): VisibleRoadmap {
  const { mission, ...fields } = row;
  const roles = mission.phases.flatMap((p) => p.team.map((t) => t.role));
  return {
    ...fields,
    parliamentId: mission.parliamentId,
    onMission: roles.length > 0,
    leadsAPhase: roles.includes("LEAD"),
  };
}

export async function findVisibleRoadmap(db: DbOrTx, actor: Actor, roadmapId: string): Promise<VisibleRoadmap | null> {
  const roadmap = await db.roadmap.findFirst({
    where: scoped<Prisma.RoadmapWhereInput>(roadmapScope(actor), { id: roadmapId }),
    select: visibleRoadmapSelect(actor),
  });
  return roadmap ? toVisibleRoadmap(roadmap) : null;
}

/** An item within reach, with its roadmap's facts. */
export async function findVisibleRoadmapItem(
  db: DbOrTx,
  actor: Actor,
  itemId: string,
): Promise<{ id: string; version: number; roadmap: VisibleRoadmap } | null> {
  const item = await db.roadmapItem.findFirst({
    where: { id: itemId, roadmap: roadmapScope(actor) },
    select: { id: true, version: true, roadmap: { select: visibleRoadmapSelect(actor) } },
  });
  return item ? { id: item.id, version: item.version, roadmap: toVisibleRoadmap(item.roadmap) } : null;
}
