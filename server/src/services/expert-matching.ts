// Suggestions for a phase's team (docs/design.md, "Expert matching"): every expert but the
// beneficiary's own, ranked by shared/src/expert-matching.ts on the ICT areas the mission
// needs, the parliament's languages, availability on the phase's dates and the workload in
// the quarter around them. A fixed number of queries whatever the number of experts: the
// phase, the mission's areas, the experts, their bookings and their time off, one each.
import type { IctArea } from "@hemicycle/shared/enums";
import { scoreExpert, type PhaseNeeds } from "@hemicycle/shared/expert-matching";
import type { Message } from "@hemicycle/shared/messages";
import type { Actor } from "@hemicycle/shared/policy";
import type { TSuggestExpertsInput } from "@hemicycle/shared/schemas/team";
import { workingLanguages } from "@hemicycle/shared/working-languages";
import { findVisibleMission } from "../access/visible.ts";
import type { Db } from "../db/types.ts";
import { notFound } from "../lib/errors.ts";

const DAY_MS = 86_400_000;
/** The workload counted is the one within this many days either side of the phase. */
export const WORKLOAD_MARGIN_DAYS = 45;

/** The areas a mission of this type needs whatever its findings say. */
const AREAS_OF_MISSION_TYPE: Partial<Record<string, readonly IctArea[]>> = {
  // An assessment and strategic plan is first a matter of ICT governance and strategy.
  ASSESSMENT_AND_PLAN: ["GOV"],
};

export type SuggestionConflict = {
  kind: "PHASE_OVERLAP" | "UNAVAILABLE";
  phaseId?: string;
  missionCode?: string;
  from: Date;
  to: Date;
};

export type ExpertSuggestion = {
  expert: { id: string; name: string; institution: string; countryCode: string; areas: IctArea[]; languages: string[] };
  score: number;
  reasons: Message[];
  conflicts: SuggestionConflict[];
};

type Range = { startDate: Date; endDate: Date };

function overlaps(a: Range, b: Range): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

/** Days of `range` inside `window`, both ends counted. */
function daysWithin(range: Range, window: Range): number {
  const start = Math.max(range.startDate.getTime(), window.startDate.getTime());
  const end = Math.min(range.endDate.getTime(), window.endDate.getTime());
  return end < start ? 0 : Math.round((end - start) / DAY_MS) + 1;
}

export async function suggestExperts(db: Db, actor: Actor, input: TSuggestExpertsInput): Promise<ExpertSuggestion[]> {
  const phase = await db.phase.findUnique({
    where: { id: input.phaseId },
    select: {
      id: true,
      missionId: true,
      startDate: true,
      endDate: true,
      team: { select: { expertId: true } },
      mission: { select: { type: true, parliament: { select: { name: true, countryCode: true } } } },
    },
  });
  if (!phase || !(await findVisibleMission(db, actor, phase.missionId))) throw notFound("phase");

  const findingAreas = await db.finding.findMany({
    where: { phase: { missionId: phase.missionId } },
    select: { area: true },
    distinct: ["area"],
  });
  const areas = new Set<IctArea>([
    ...findingAreas.map((f) => f.area),
    ...(AREAS_OF_MISSION_TYPE[phase.mission.type] ?? []),
  ]);
  const parliament = phase.mission.parliament;
  const needs: PhaseNeeds = { areas: [...areas], languages: workingLanguages(parliament.countryCode), parliament };

  const onTeam = new Set(phase.team.map((m) => m.expertId));
  const experts = (
    await db.expert.findMany({
      select: { id: true, name: true, institution: true, countryCode: true, areas: true, languages: true },
      orderBy: { name: "asc" },
    })
  ).filter((e) => !onTeam.has(e.id));
  const ids = experts.map((e) => e.id);

  const window: Range = {
    startDate: new Date(phase.startDate.getTime() - WORKLOAD_MARGIN_DAYS * DAY_MS),
    endDate: new Date(phase.endDate.getTime() + WORKLOAD_MARGIN_DAYS * DAY_MS),
  };
  const bookings = await db.assignment.findMany({
    where: {
      expertId: { in: ids },
      phaseId: { not: phase.id },
      phase: { status: { not: "CANCELLED" }, startDate: { lte: window.endDate }, endDate: { gte: window.startDate } },
    },
    select: {
      expertId: true,
      phase: { select: { id: true, startDate: true, endDate: true, mission: { select: { code: true } } } },
    },
    orderBy: { phase: { startDate: "asc" } },
  });
  const timeOff = await db.expertUnavailability.findMany({
    where: { expertId: { in: ids }, startDate: { lte: phase.endDate }, endDate: { gte: phase.startDate } },
    select: { expertId: true, startDate: true, endDate: true },
    orderBy: { startDate: "asc" },
  });

  const conflicts = new Map<string, SuggestionConflict[]>();
  const booked = new Map<string, number>();
  const conflictsOf = (expertId: string) => {
    let list = conflicts.get(expertId);
    if (!list) conflicts.set(expertId, (list = []));
    return list;
  };
  for (const { expertId, phase: other } of bookings) {
    booked.set(expertId, (booked.get(expertId) ?? 0) + daysWithin(other, window));
    if (overlaps(other, phase)) {
      conflictsOf(expertId).push({
        kind: "PHASE_OVERLAP",
        phaseId: other.id,
        missionCode: other.mission.code,
        from: other.startDate,
        to: other.endDate,
      });
    }
  }
  for (const period of timeOff) {
    conflictsOf(period.expertId).push({ kind: "UNAVAILABLE", from: period.startDate, to: period.endDate });
  }

  const suggestions: ExpertSuggestion[] = [];
  for (const expert of experts) {
    const expertConflicts = conflicts.get(expert.id) ?? [];
    const fit = scoreExpert(
      { ...expert, conflictCount: expertConflicts.length, bookedDays: booked.get(expert.id) ?? 0 },
      needs,
    );
    if (fit.excluded) continue;
    suggestions.push({ expert, score: fit.score, reasons: fit.reasons, conflicts: expertConflicts });
  }
  // Stable: equal scores keep the experts' alphabetical order.
  return suggestions.sort((a, b) => b.score - a.score);
}
