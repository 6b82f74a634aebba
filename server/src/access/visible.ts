// Lookups of one record within the actor's reach: null when it does not exist or lies out
// of reach, which callers answer with NOT_FOUND alike. The base procedures of trpc.ts and
// the services' write paths use these.
import type { PhaseStatus, TeamRole } from "@hemicycle/shared/enums";
import type { Actor } from "@hemicycle/shared/policy";
import type { Prisma } from "../db/generated/client.ts";
import type { DbOrTx } from "../db/types.ts";
import { missionScope, parliamentScope, phaseScope, scoped } from "./scopes.ts";

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
