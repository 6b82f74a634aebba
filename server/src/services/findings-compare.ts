// A validation mission against the earlier assessment of its parliament
// (findings.compareAssessments): for each validated finding of the earlier assessment
// missions, what the validation made of it (the outcome of the latest validated finding
// of this mission that revisits it, services/finding-revisits.ts) or NOT_REVISITED; and
// the grades by ICT area then and now. Everything read is within the caller's reach:
// staff compare their own parliament's missions, experts what their finding reach shows.
import {
  ICT_AREA_CODES,
  type FindingKind,
  type IctArea,
  type RevisitOutcome,
  type Severity,
} from "@hemicycle/shared/enums";
import type { Actor } from "@hemicycle/shared/policy";
import type { TCompareAssessmentsInput } from "@hemicycle/shared/schemas/benchmark";
import type { Prisma } from "../db/generated/client.ts";
import type { DbOrTx } from "../db/types.ts";
import { findingScope, missionScope, scoped } from "../access/scopes.ts";
import { fail, notFound } from "../lib/errors.ts";
import { earlierFindingsWhere } from "./finding-revisits.ts";

export type ComparisonOutcome = RevisitOutcome | "NOT_REVISITED";
export const COMPARISON_OUTCOMES: readonly ComparisonOutcome[] = [
  "RESOLVED",
  "IMPROVED",
  "STILL_OPEN",
  "NOT_REVISITED",
];

export type ComparedFinding = {
  id: string;
  title: string;
  area: IctArea;
  kind: FindingKind;
  severity: Severity;
  grade: number | null;
  mission: { id: string; code: string };
  outcome: ComparisonOutcome;
  /** The finding of this mission that revisits it (the latest validated one). */
  revisitedBy: { id: string; title: string; grade: number | null } | null;
};

export type AreaGradeChange = {
  area: IctArea;
  earlierAverage: number | null;
  earlierGraded: number;
  currentAverage: number | null;
  currentGraded: number;
  /** Current minus earlier, when both have grades. */
  delta: number | null;
};

const round2 = (value: number) => Math.round(value * 100) / 100;
const averageOf = (grades: number[]) =>
  grades.length ? round2(grades.reduce((sum, g) => sum + g, 0) / grades.length) : null;

export async function compareAssessments(db: DbOrTx, actor: Actor, input: TCompareAssessmentsInput) {
  const mission = await db.mission.findFirst({
    where: scoped<Prisma.MissionWhereInput>(missionScope(actor), { id: input.missionId }),
    select: {
      id: true,
      code: true,
      title: true,
      type: true,
      parliament: { select: { id: true, name: true } },
      phases: { select: { id: true, kind: true, startDate: true }, orderBy: { startDate: "asc" } },
    },
  });
  if (!mission) throw notFound("mission");
  const validationPhases = mission.phases.filter((p) => p.kind === "VALIDATION");
  if (mission.type !== "VALIDATION" && validationPhases.length === 0) throw fail("VALIDATION", "notAValidationMission");
  const comparedPhases = validationPhases.length ? validationPhases : mission.phases;
  const before = comparedPhases[0]?.startDate;
  if (!before) throw fail("VALIDATION", "notAValidationMission");

  const earlierWhere = earlierFindingsWhere({ parliamentId: mission.parliament.id, missionId: mission.id, before });
  const [earlierMissions, earlier, current] = [
    await db.mission.findMany({
      where: scoped<Prisma.MissionWhereInput>(missionScope(actor), {
        parliamentId: mission.parliament.id,
        id: { not: mission.id },
        phases: { some: { kind: "ASSESSMENT", startDate: { lt: before } } },
      }),
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, code: true, title: true },
    }),
    await db.finding.findMany({
      where: scoped<Prisma.FindingWhereInput>(findingScope(actor), earlierWhere),
      orderBy: [{ area: "asc" }, { severity: "desc" }, { title: "asc" }],
      select: {
        id: true,
        title: true,
        area: true,
        kind: true,
        severity: true,
        grade: true,
        phase: { select: { mission: { select: { id: true, code: true } } } },
      },
    }),
    await db.finding.findMany({
      where: scoped<Prisma.FindingWhereInput>(findingScope(actor), {
        status: "VALIDATED",
        phaseId: { in: comparedPhases.map((p) => p.id) },
      }),
      orderBy: [{ validatedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true, title: true, area: true, grade: true, revisitsId: true, revisitOutcome: true },
    }),
  ];

  // The latest validated revisit of each earlier finding wins (ordered oldest first).
  const revisits = new Map<string, (typeof current)[number]>();
  for (const finding of current)
    if (finding.revisitsId && finding.revisitOutcome) revisits.set(finding.revisitsId, finding);

  const findings: ComparedFinding[] = earlier.map((f) => {
    const revisit = revisits.get(f.id);
    return {
      id: f.id,
      title: f.title,
      area: f.area,
      kind: f.kind,
      severity: f.severity,
      grade: f.grade,
      mission: f.phase.mission,
      outcome: revisit?.revisitOutcome ?? "NOT_REVISITED",
      revisitedBy: revisit ? { id: revisit.id, title: revisit.title, grade: revisit.grade } : null,
    };
  });
  const counts = Object.fromEntries(COMPARISON_OUTCOMES.map((o) => [o, 0])) as Record<ComparisonOutcome, number>;
  for (const f of findings) counts[f.outcome] += 1;

  const gradesIn = (list: { area: IctArea; grade: number | null }[], area: IctArea) =>
    list.flatMap((f) => (f.area === area && f.grade !== null ? [f.grade] : []));
  const areas: AreaGradeChange[] = ICT_AREA_CODES.flatMap((area) => {
    const then = gradesIn(earlier, area);
    const now = gradesIn(current, area);
    if (then.length === 0 && now.length === 0) return [];
    const earlierAverage = averageOf(then);
    const currentAverage = averageOf(now);
    return [
      {
        area,
        earlierAverage,
        earlierGraded: then.length,
        currentAverage,
        currentGraded: now.length,
        delta: earlierAverage !== null && currentAverage !== null ? round2(currentAverage - earlierAverage) : null,
      },
    ];
  });

  return {
    mission: { id: mission.id, code: mission.code, title: mission.title, parliament: mission.parliament },
    earlierMissions,
    counts,
    findings,
    areas,
  };
}
