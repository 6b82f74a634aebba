// Benchmarking (findings.benchmark): validated findings by ICT area across the parliaments
// of a region or a programme — who is strong where, where the common gaps are
// (docs/findings.md, "Benchmarking and repeat assessments"). It costs a fixed number of
// statements whatever the number of parliaments: one groupBy of the findings by phase,
// area, severity and kind, one read of those phases' parliaments, and for parliament staff
// one or two lookups of their own parliament and the programme they name.
//
// Reach: managers compare every parliament; experts the validated findings of the
// missions they are on (their finding reach); parliament staff see their own parliament
// by name and every other one only as "Parliament A, B…", with no id, name or country,
// and one by one only when at least three others are in the group (below that, the
// group's figures alone, each only when two others or more contribute to it).
import { ICT_AREA_CODES, type IctArea, type Region, type Severity } from "@hemicycle/shared/enums";
import { missionReach, type Actor } from "@hemicycle/shared/policy";
import {
  BENCHMARK_MIN_OTHERS_FOR_AGGREGATE,
  BENCHMARK_MIN_OTHERS_FOR_ROWS,
  type TFindingBenchmarkInput,
} from "@hemicycle/shared/schemas/benchmark";
import type { Prisma } from "../db/generated/client.ts";
import type { DbOrTx } from "../db/types.ts";
import { findingScope, programmeScope, scoped } from "../access/scopes.ts";
import { notFound } from "../lib/errors.ts";

/** A gap the benchmark calls serious: the "common gaps" of a region are these. */
const SERIOUS: readonly Severity[] = ["HIGH", "CRITICAL"];

export type SeverityCounts = Record<Severity, number>;

export type BenchmarkCell = {
  area: IctArea;
  /** Validated findings in the area. */
  findings: number;
  bySeverity: SeverityCounts;
  /** Findings of kind GAP; `seriousGaps` those of them rated high or critical. */
  gaps: number;
  seriousGaps: number;
  /** Findings with a grade, their average (two decimals), and the average of the latest phase that graded the area. */
  gradedFindings: number;
  averageGrade: number | null;
  latestGrade: number | null;
};

/** A parliament the caller may name, or one they see only by its letter. */
export type BenchmarkParliament =
  | { key: string; anonymous: false; id: string; name: string; own: boolean; cells: BenchmarkCell[] }
  | { key: string; anonymous: true; id: null; name: null; own: false; cells: BenchmarkCell[] };

export type BenchmarkArea = {
  area: IctArea;
  /** Parliaments of the group with validated findings in the area (null when withheld from staff). */
  parliaments: number | null;
  /** Average of the parliaments' average grades (each parliament counts once); null when withheld or none. */
  averageGrade: number | null;
  gradedParliaments: number | null;
  /** Parliaments of the group with a high or critical gap in the area, and their share of the group. */
  parliamentsWithSeriousGap: number | null;
  commonGapShare: number | null;
};

export type Benchmark = {
  group: { region: Region | null; programmeId: string | null; parliamentId: string | null };
  /** Parliaments with validated findings in the group. */
  parliamentCount: number;
  /** True when other parliaments are in the group but the caller sees only the group's figures. */
  othersWithheld: boolean;
  parliaments: BenchmarkParliament[];
  areas: BenchmarkArea[];
};

const round2 = (value: number) => Math.round(value * 100) / 100;
const average = (values: number[]) =>
  values.length === 0 ? null : round2(values.reduce((sum, v) => sum + v, 0) / values.length);
const emptySeverities = (): SeverityCounts => ({ LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0 });

/** "A", "B", … "Z", "AA", "AB"…: a letter per anonymised parliament, in the answer's order. */
export function anonymousLetter(index: number): string {
  let n = index;
  let letters = "";
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}

type Tally = {
  findings: number;
  bySeverity: SeverityCounts;
  gaps: number;
  seriousGaps: number;
  gradeSum: number;
  graded: number;
  /** Grades per phase: the latest phase that graded the area gives the latest grade. */
  phases: Map<string, { startDate: Date; sum: number; count: number }>;
};

function newTally(): Tally {
  return {
    findings: 0,
    bySeverity: emptySeverities(),
    gaps: 0,
    seriousGaps: 0,
    gradeSum: 0,
    graded: 0,
    phases: new Map(),
  };
}

function toCell(area: IctArea, tally: Tally): BenchmarkCell {
  const latest = [...tally.phases.values()]
    .filter((p) => p.count > 0)
    .sort((a, b) => b.startDate.getTime() - a.startDate.getTime())[0];
  return {
    area,
    findings: tally.findings,
    bySeverity: tally.bySeverity,
    gaps: tally.gaps,
    seriousGaps: tally.seriousGaps,
    gradedFindings: tally.graded,
    averageGrade: tally.graded ? round2(tally.gradeSum / tally.graded) : null,
    latestGrade: latest ? round2(latest.sum / latest.count) : null,
  };
}

/** Where the caller's view of the benchmark reaches, and their own parliament for staff. */
async function benchmarkReach(db: DbOrTx, actor: Actor, input: TFindingBenchmarkInput) {
  switch (missionReach(actor)) {
    case "ALL":
      return { scope: {}, own: null, region: input.region ?? null };
    case "OWN_TEAM":
      return { scope: findingScope(actor), own: null, region: input.region ?? null };
    case "OWN_PARLIAMENT": {
      // Staff compare their parliament with others' validated findings, all of them
      // anonymised below; what they name must be theirs to see.
      const own = actor.parliamentId
        ? await db.parliament.findUnique({ where: { id: actor.parliamentId }, select: { id: true, region: true } })
        : null;
      if (!own) throw notFound("parliament");
      if (input.parliamentId && input.parliamentId !== own.id) throw notFound("parliament");
      if (input.programmeId) {
        const programme = await db.programme.findFirst({
          where: scoped<Prisma.ProgrammeWhereInput>(programmeScope(actor), { id: input.programmeId }),
          select: { id: true },
        });
        if (!programme) throw notFound("programme");
      }
      // Without a group named, their own region.
      const region = input.region ?? (input.programmeId ? null : own.region);
      return { scope: { status: "VALIDATED" } as Prisma.FindingWhereInput, own: own.id, region };
    }
  }
}

export async function getFindingBenchmark(db: DbOrTx, actor: Actor, input: TFindingBenchmarkInput): Promise<Benchmark> {
  const reach = await benchmarkReach(db, actor, input);
  const where = scoped<Prisma.FindingWhereInput>(
    reach.scope,
    { status: "VALIDATED" },
    reach.region && { phase: { mission: { parliament: { region: reach.region } } } },
    input.programmeId && { phase: { mission: { programmeId: input.programmeId } } },
    input.parliamentId && { phase: { mission: { parliamentId: input.parliamentId } } },
  );
  const groups = await db.finding.groupBy({
    by: ["phaseId", "area", "severity", "kind"],
    where,
    _count: { _all: true, grade: true },
    _sum: { grade: true },
  });
  const phaseIds = [...new Set(groups.map((g) => g.phaseId))];
  const phases =
    phaseIds.length === 0
      ? []
      : await db.phase.findMany({
          where: { id: { in: phaseIds } },
          select: {
            id: true,
            startDate: true,
            mission: { select: { parliament: { select: { id: true, name: true } } } },
          },
        });
  const phaseById = new Map(phases.map((p) => [p.id, p]));

  // parliament id → area → tally
  const tallies = new Map<string, { name: string; areas: Map<IctArea, Tally> }>();
  for (const group of groups) {
    const phase = phaseById.get(group.phaseId);
    if (!phase) continue;
    const parliament = phase.mission.parliament;
    let entry = tallies.get(parliament.id);
    if (!entry) tallies.set(parliament.id, (entry = { name: parliament.name, areas: new Map() }));
    let tally = entry.areas.get(group.area);
    if (!tally) entry.areas.set(group.area, (tally = newTally()));
    const count = group._count._all;
    tally.findings += count;
    tally.bySeverity[group.severity] += count;
    if (group.kind === "GAP") {
      tally.gaps += count;
      if (SERIOUS.includes(group.severity)) tally.seriousGaps += count;
    }
    const graded = group._count.grade;
    const sum = group._sum.grade ?? 0;
    tally.graded += graded;
    tally.gradeSum += sum;
    const perPhase = tally.phases.get(phase.id) ?? { startDate: phase.startDate, sum: 0, count: 0 };
    perPhase.sum += sum;
    perPhase.count += graded;
    tally.phases.set(phase.id, perPhase);
  }

  const all = [...tallies.entries()].map(([id, { name, areas }]) => ({
    id,
    name,
    cells: ICT_AREA_CODES.flatMap((area) => {
      const tally = areas.get(area);
      return tally ? [toCell(area, tally)] : [];
    }),
  }));
  const others = all.filter((p) => p.id !== reach.own);
  const anonymise = reach.own !== null;
  const othersWithheld = anonymise && others.length > 0 && others.length < BENCHMARK_MIN_OTHERS_FOR_ROWS;

  const parliaments: BenchmarkParliament[] = [];
  if (!anonymise) {
    for (const p of all.sort((a, b) => a.name.localeCompare(b.name)))
      parliaments.push({ key: p.id, anonymous: false, id: p.id, name: p.name, own: false, cells: p.cells });
  } else {
    const own = all.find((p) => p.id === reach.own);
    if (own)
      parliaments.push({ key: own.id, anonymous: false, id: own.id, name: own.name, own: true, cells: own.cells });
    if (!othersWithheld) {
      // Ordered by their figures, never by anything that names them.
      const ordered = others
        .map((p) => ({ cells: p.cells, order: JSON.stringify(p.cells), id: p.id }))
        .sort((a, b) => a.order.localeCompare(b.order) || a.id.localeCompare(b.id));
      ordered.forEach((p, index) => {
        const letter = anonymousLetter(index);
        parliaments.push({ key: letter, anonymous: true, id: null, name: null, own: false, cells: p.cells });
      });
    }
  }

  const areas: BenchmarkArea[] = ICT_AREA_CODES.map((area) => {
    const inArea = all.flatMap((p) => {
      const cell = p.cells.find((c) => c.area === area);
      return cell ? [{ own: p.id === reach.own, cell }] : [];
    });
    const graded = inArea.filter((p) => p.cell.averageGrade !== null);
    const withGap = all.filter((p) => p.cells.some((c) => c.area === area && c.seriousGaps > 0)).length;
    // Staff in a small group: a figure that fewer than two others feed would, minus their
    // own, be one other parliament's.
    const othersIn = (list: { own: boolean }[]) => list.filter((p) => !p.own).length;
    const withhold = (contributors: number) => othersWithheld && contributors < BENCHMARK_MIN_OTHERS_FOR_AGGREGATE;
    const gradeWithheld = withhold(othersIn(graded));
    // One other parliament alone: every figure of the group tells of it.
    const countsWithheld = withhold(others.length);
    const gapWithheld = countsWithheld;
    return {
      area,
      parliaments: countsWithheld ? null : inArea.length,
      averageGrade: gradeWithheld ? null : average(graded.map((p) => p.cell.averageGrade!)),
      gradedParliaments: countsWithheld ? null : graded.length,
      parliamentsWithSeriousGap: gapWithheld ? null : withGap,
      commonGapShare: gapWithheld || all.length === 0 ? null : round2(withGap / all.length),
    };
  });

  return {
    group: { region: reach.region, programmeId: input.programmeId ?? null, parliamentId: input.parliamentId ?? null },
    parliamentCount: all.length,
    othersWithheld,
    parliaments,
    areas,
  };
}
