// How far each actor's view reaches, per domain, as Prisma `where` clauses: every list,
// lookup, count and aggregate puts one in its query, so that a record out of reach is
// never read at all and answers "not found" (docs/design.md, "Permissions";
// docs/decisions/0003). The rules themselves are the shared policy's.
import {
  directoryReach,
  mayReadRoadmapIn,
  missionReach,
  readsOnlyValidatedFindings,
  type Actor,
} from "@hemicycle/shared/policy";
import { ROADMAP_STATUSES } from "@hemicycle/shared/enums";
import type { Prisma } from "../db/generated/client.ts";

/** Matches no row: for an actor whose reach is empty (an expert without an expert record). */
const NOTHING = { id: { in: [] as string[] } };

export function missionScope(actor: Actor): Prisma.MissionWhereInput {
  switch (missionReach(actor)) {
    case "ALL":
      return {};
    case "OWN_TEAM":
      return actor.expertId ? { phases: { some: { team: { some: { expertId: actor.expertId } } } } } : NOTHING;
    case "OWN_PARLIAMENT":
      return actor.parliamentId ? { parliamentId: actor.parliamentId } : NOTHING;
  }
}

export function phaseScope(actor: Actor): Prisma.PhaseWhereInput {
  return missionReach(actor) === "ALL" ? {} : { mission: missionScope(actor) };
}

export function findingScope(actor: Actor): Prisma.FindingWhereInput {
  const phases = phaseScope(actor);
  if (readsOnlyValidatedFindings(actor)) return { status: "VALIDATED", phase: phases };
  return missionReach(actor) === "ALL" ? {} : { phase: phases };
}

export function roadmapScope(actor: Actor): Prisma.RoadmapWhereInput {
  const shown = (hasBaseline: boolean) => ROADMAP_STATUSES.filter((s) => mayReadRoadmapIn(actor, s, hasBaseline));
  const [withBaseline, withoutBaseline] = [shown(true), shown(false)];
  const everyStatus = (statuses: readonly string[]) => statuses.length === ROADMAP_STATUSES.length;
  if (everyStatus(withBaseline) && everyStatus(withoutBaseline)) return { mission: missionScope(actor) };
  const inStatuses = (statuses: typeof withBaseline) => (everyStatus(statuses) ? {} : { status: { in: statuses } });
  return {
    mission: missionScope(actor),
    OR: [
      { baselineRevision: { not: null }, ...inStatuses(withBaseline) },
      { baselineRevision: null, ...inStatuses(withoutBaseline) },
    ],
  };
}

export function parliamentScope(actor: Actor): Prisma.ParliamentWhereInput {
  if (directoryReach(actor) === "ALL") return {};
  return actor.parliamentId ? { id: actor.parliamentId } : NOTHING;
}

/** Staff see the programmes that fund a mission to their parliament. */
export function programmeScope(actor: Actor): Prisma.ProgrammeWhereInput {
  return directoryReach(actor) === "ALL" ? {} : { missions: { some: missionScope(actor) } };
}

/** Staff see the experts on their parliament's missions. */
export function expertScope(actor: Actor): Prisma.ExpertWhereInput {
  return directoryReach(actor) === "ALL" ? {} : { assignments: { some: { phase: phaseScope(actor) } } };
}

/** Ands a scope with a list's own filters, skipping the empty ones. */
export function scoped<W extends object>(scope: W, ...filters: (W | false | "" | null | undefined)[]): { AND: W[] } {
  return { AND: [scope, ...filters.filter((f): f is W => !!f && Object.keys(f).length > 0)] };
}
