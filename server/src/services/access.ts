// Who may see what (DESIGN.md, "Users and what each may do"), expressed as Prisma
// `where` clauses so that every list and every lookup filters in the query itself: a
// parliament's staff can never receive another parliament's rows, even through a
// filter they craft, and a record out of scope is simply not found.
import type { SessionUser } from "../context.ts";
import type { Prisma, PrismaClient } from "../db/generated/client.ts";

type Db = PrismaClient | Prisma.TransactionClient;

/** Matches no row: for a user whose scope is empty (an expert without an expert record). */
const NOTHING = { id: { in: [] as string[] } };

export function isManager(user: SessionUser): boolean {
  return user.role === "ADMIN" || user.role === "COORDINATOR";
}

/** Missions: managers all; experts those they are on (any phase); staff their parliament's. */
export function missionScope(user: SessionUser): Prisma.MissionWhereInput {
  switch (user.role) {
    case "ADMIN":
    case "COORDINATOR":
      return {};
    case "EXPERT":
      return user.expertId ? { phases: { some: { team: { some: { expertId: user.expertId } } } } } : NOTHING;
    case "PARLIAMENT_STAFF":
      return user.parliamentId ? { parliamentId: user.parliamentId } : NOTHING;
  }
}

/**
 * Findings: managers all; experts those of the missions they are on; staff only the
 * validated findings of their parliament.
 */
export function findingScope(user: SessionUser): Prisma.FindingWhereInput {
  switch (user.role) {
    case "ADMIN":
    case "COORDINATOR":
      return {};
    case "EXPERT":
      return { phase: { mission: missionScope(user) } };
    case "PARLIAMENT_STAFF":
      return { status: "VALIDATED", phase: { mission: missionScope(user) } };
  }
}

/**
 * Roadmaps: those of the missions the caller sees; staff only once the roadmap has been
 * submitted to them (a draft is the team's working copy).
 */
export function roadmapScope(user: SessionUser): Prisma.RoadmapWhereInput {
  if (user.role === "PARLIAMENT_STAFF") return { mission: missionScope(user), status: { not: "DRAFT" } };
  return { mission: missionScope(user) };
}

/** Parliaments: everyone but staff reads all; staff only their own. */
export function parliamentScope(user: SessionUser): Prisma.ParliamentWhereInput {
  if (user.role !== "PARLIAMENT_STAFF") return {};
  return user.parliamentId ? { id: user.parliamentId } : NOTHING;
}

/** Programmes: staff see those that fund a mission to their parliament. */
export function programmeScope(user: SessionUser): Prisma.ProgrammeWhereInput {
  if (user.role !== "PARLIAMENT_STAFF") return {};
  return { missions: { some: missionScope(user) } };
}

/** Experts: staff see the experts on their parliament's missions. */
export function expertScope(user: SessionUser): Prisma.ExpertWhereInput {
  if (user.role !== "PARLIAMENT_STAFF") return {};
  return { assignments: { some: { phase: { mission: missionScope(user) } } } };
}

export type VisibleMission = { id: string; parliamentId: string };

export async function findVisibleMission(db: Db, user: SessionUser, missionId: string): Promise<VisibleMission | null> {
  return db.mission.findFirst({
    where: { AND: [{ id: missionId }, missionScope(user)] },
    select: { id: true, parliamentId: true },
  });
}

export async function findVisibleParliament(
  db: Db,
  user: SessionUser,
  parliamentId: string,
): Promise<{ id: string } | null> {
  return db.parliament.findFirst({
    where: { AND: [{ id: parliamentId }, parliamentScope(user)] },
    select: { id: true },
  });
}

export type VisiblePhase = {
  id: string;
  missionId: string;
  parliamentId: string;
  startDate: Date;
  endDate: Date;
  status: string;
  /** The caller's role on this phase's team, or null when not on it. */
  teamRole: "LEAD" | "MEMBER" | null;
};

export async function findVisiblePhase(db: Db, user: SessionUser, phaseId: string): Promise<VisiblePhase | null> {
  const phase = await db.phase.findFirst({
    where: { AND: [{ id: phaseId }, { mission: missionScope(user) }] },
    select: {
      id: true,
      missionId: true,
      startDate: true,
      endDate: true,
      status: true,
      mission: { select: { parliamentId: true } },
      team: { where: { expertId: user.expertId ?? "" }, select: { role: true } },
    },
  });
  if (!phase) return null;
  return {
    id: phase.id,
    missionId: phase.missionId,
    parliamentId: phase.mission.parliamentId,
    startDate: phase.startDate,
    endDate: phase.endDate,
    status: phase.status,
    teamRole: phase.team[0]?.role ?? null,
  };
}
