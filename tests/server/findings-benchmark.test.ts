// Benchmarking across parliaments and across repeat assessments (docs/findings.md,
// "Benchmarking and repeat assessments"): exact figures on a known data set built here,
// anonymisation for parliament staff (no other parliament's id, name or country anywhere
// in the answer; only the group's figures in a small group), the expert's scope, a
// validation mission compared with the earlier assessment, and the rules of a revisit.
import type { SessionUser } from "@hemicycle/server/context";
import { getFindingBenchmark } from "@hemicycle/server/services/findings-benchmark";
import type { FindingKind, FindingStatus, IctArea, MissionType, PhaseKind, Severity } from "@hemicycle/shared/enums";
import { beforeAll, describe, expect, it } from "vitest";
import { assignToPhase, createExpert, createProgramme, createUser, day } from "../factories/records.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { statementCountingClient } from "../helpers/statement-counter.ts";
import { appErrorOf } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;

type P = { id: string; name: string; countryCode: string };
let coordinator: SessionUser;
let alphaStaff: SessionUser;
let betaStaff: SessionUser;
let epsilonStaff: SessionUser;
let betaExpert: SessionUser;
let alpha: P, beta: P, gamma: P, delta: P, epsilon: P, zeta: P;
let programmeP: string;
let programmeR: string;
let alphaAssessment: { missionId: string; phaseId: string };
let alphaValidation: { missionId: string; phaseId: string };
const f: Record<string, string> = {};

async function parliament(name: string, countryCode: string, region: "SADC" | "EUROPE"): Promise<P> {
  return prisma().parliament.create({
    data: { name, countryCode, region, structure: "UNICAMERAL", chamberNames: ["Assembly"] },
    select: { id: true, name: true, countryCode: true },
  });
}

async function mission(
  code: string,
  parliamentId: string,
  options: { type?: MissionType; kind?: PhaseKind; start: string; programmeId?: string },
) {
  const m = await prisma().mission.create({
    data: {
      code,
      title: `Mission ${code}`,
      type: options.type ?? "ASSESSMENT_AND_PLAN",
      parliamentId,
      programmeId: options.programmeId ?? null,
      phases: {
        create: [{ kind: options.kind ?? "ASSESSMENT", startDate: day(options.start), endDate: day(options.start) }],
      },
    },
    select: { id: true, phases: { select: { id: true } } },
  });
  return { missionId: m.id, phaseId: m.phases[0]!.id };
}

async function finding(
  key: string,
  phaseId: string,
  area: IctArea,
  kind: FindingKind,
  severity: Severity,
  grade: number | null,
  options: { status?: FindingStatus; revisits?: string; outcome?: "STILL_OPEN" | "IMPROVED" | "RESOLVED" } = {},
) {
  const status = options.status ?? "VALIDATED";
  const row = await prisma().finding.create({
    data: {
      phaseId,
      area,
      kind,
      severity,
      grade,
      status,
      title: `Finding ${key}`,
      description: "Seen in the field.",
      authorId: coordinator.id,
      validatedAt: status === "VALIDATED" ? new Date() : null,
      revisitsId: options.revisits ? f[options.revisits]! : null,
      revisitOutcome: options.outcome ?? null,
    },
    select: { id: true },
  });
  f[key] = row.id;
}

beforeAll(async () => {
  coordinator = await createUser(db(), { role: "COORDINATOR" });
  programmeP = (await createProgramme(db())).id;
  programmeR = (await createProgramme(db())).id;
  alpha = await parliament("Assembly of Alpha", "QA", "SADC");
  beta = await parliament("Assembly of Beta", "QB", "SADC");
  gamma = await parliament("Assembly of Gamma", "QC", "SADC");
  delta = await parliament("Assembly of Delta", "QD", "SADC");
  epsilon = await parliament("Assembly of Epsilon", "QE", "EUROPE");
  zeta = await parliament("Assembly of Zeta", "QZ", "EUROPE");

  // Alpha: an assessment in 2025, then a validation mission that revisits it.
  alphaAssessment = await mission("ALPHA-ASM", alpha.id, { start: "2025-03-03", programmeId: programmeP });
  await finding("a-gov-high", alphaAssessment.phaseId, "GOV", "GAP", "HIGH", 1);
  await finding("a-gov-crit", alphaAssessment.phaseId, "GOV", "GAP", "CRITICAL", 2);
  await finding("a-sec-high", alphaAssessment.phaseId, "SEC", "RISK", "HIGH", 0);
  await finding("a-leg-med", alphaAssessment.phaseId, "LEG", "GAP", "MEDIUM", 1);
  await finding("a-gov-draft", alphaAssessment.phaseId, "GOV", "STRENGTH", "LOW", 4, { status: "DRAFT" });
  alphaValidation = await mission("ALPHA-VAL", alpha.id, {
    type: "VALIDATION",
    kind: "VALIDATION",
    start: "2026-06-01",
    programmeId: programmeP,
  });
  await finding("v-gov-improved", alphaValidation.phaseId, "GOV", "GAP", "MEDIUM", 3, {
    revisits: "a-gov-high",
    outcome: "IMPROVED",
  });
  await finding("v-sec-resolved", alphaValidation.phaseId, "SEC", "STRENGTH", "LOW", 4, {
    revisits: "a-sec-high",
    outcome: "RESOLVED",
  });
  await finding("v-gov-open", alphaValidation.phaseId, "GOV", "GAP", "HIGH", 2, {
    revisits: "a-gov-crit",
    outcome: "STILL_OPEN",
  });
  // Submitted, not validated: it revisits nothing yet.
  await finding("v-leg-submitted", alphaValidation.phaseId, "LEG", "GAP", "LOW", 4, {
    status: "SUBMITTED",
    revisits: "a-leg-med",
    outcome: "RESOLVED",
  });

  const betaMission = await mission("BETA-ASM", beta.id, { start: "2026-02-02", programmeId: programmeP });
  await finding("b-gov-strength", betaMission.phaseId, "GOV", "STRENGTH", "LOW", 4);
  await finding("b-web-high", betaMission.phaseId, "WEB", "GAP", "HIGH", 1);
  const gammaMission = await mission("GAMMA-ASM", gamma.id, { start: "2026-02-09", programmeId: programmeP });
  await finding("g-gov-low", gammaMission.phaseId, "GOV", "GAP", "LOW", 3);
  await finding("g-web-medium", gammaMission.phaseId, "WEB", "GAP", "MEDIUM", null);
  const deltaMission = await mission("DELTA-ASM", delta.id, { start: "2026-02-16" });
  await finding("d-gov-crit", deltaMission.phaseId, "GOV", "GAP", "CRITICAL", 0);
  await finding("d-leg-submitted", deltaMission.phaseId, "LEG", "GAP", "HIGH", 1, { status: "SUBMITTED" });
  const epsilonMission = await mission("EPS-ASM", epsilon.id, { start: "2026-03-02", programmeId: programmeR });
  await finding("e-gov", epsilonMission.phaseId, "GOV", "STRENGTH", "LOW", 5);
  const zetaMission = await mission("ZETA-ASM", zeta.id, { start: "2026-03-09" });
  await finding("z-gov", zetaMission.phaseId, "GOV", "GAP", "HIGH", 1);

  alphaStaff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId: alpha.id });
  betaStaff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId: beta.id });
  epsilonStaff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId: epsilon.id });
  const expert = await createExpert(db());
  await assignToPhase(db(), betaMission.phaseId, expert.id, "LEAD");
  betaExpert = await createUser(db(), { role: "EXPERT", expertId: expert.id });
}, 60_000);

const call = (user: SessionUser) => callerFor(db(), user).findings;
type Answer = Awaited<ReturnType<ReturnType<typeof call>["benchmark"]>>;
const areaOf = (answer: Answer, area: IctArea) => answer.areas.find((a) => a.area === area)!;
const cellsOf = (answer: Answer, key: string) =>
  Object.fromEntries(answer.parliaments.find((p) => p.key === key)!.cells.map((c) => [c.area, c]));

describe("findings.benchmark for a coordinator", () => {
  it("counts validated findings per parliament and area, with average and latest grades", async () => {
    const answer = await call(coordinator).benchmark({ region: "SADC" });
    expect(answer.parliamentCount).toBe(4);
    expect(answer.othersWithheld).toBe(false);
    expect(answer.parliaments.map((p) => p.name)).toEqual([
      "Assembly of Alpha",
      "Assembly of Beta",
      "Assembly of Delta",
      "Assembly of Gamma",
    ]);
    const a = cellsOf(answer, alpha.id);
    expect(Object.keys(a)).toEqual(["GOV", "LEG", "SEC"]);
    // Two findings of the assessment and two of the validation; the draft is not counted.
    expect(a.GOV).toEqual({
      area: "GOV",
      findings: 4,
      bySeverity: { LOW: 0, MEDIUM: 1, HIGH: 2, CRITICAL: 1 },
      gaps: 4,
      seriousGaps: 3,
      gradedFindings: 4,
      averageGrade: 2,
      latestGrade: 2.5,
    });
    expect(a.SEC).toMatchObject({ findings: 2, gaps: 0, seriousGaps: 0, averageGrade: 2, latestGrade: 4 });
    expect(a.LEG).toMatchObject({ findings: 1, gaps: 1, seriousGaps: 0, averageGrade: 1, latestGrade: 1 });
    const g = cellsOf(answer, gamma.id);
    expect(g.WEB).toMatchObject({ findings: 1, gradedFindings: 0, averageGrade: null, latestGrade: null });
    // Delta's submitted LEG finding is not validated.
    expect(Object.keys(cellsOf(answer, delta.id))).toEqual(["GOV"]);
  });

  it("aggregates each area over the group: each parliament's average counts once; common gaps", async () => {
    const answer = await call(coordinator).benchmark({ region: "SADC" });
    expect(areaOf(answer, "GOV")).toEqual({
      area: "GOV",
      parliaments: 4,
      averageGrade: 2.25, // (2 + 4 + 3 + 0) / 4
      gradedParliaments: 4,
      parliamentsWithSeriousGap: 2, // Alpha and Delta
      commonGapShare: 0.5,
    });
    expect(areaOf(answer, "WEB")).toEqual({
      area: "WEB",
      parliaments: 2,
      averageGrade: 1,
      gradedParliaments: 1,
      parliamentsWithSeriousGap: 1,
      commonGapShare: 0.25,
    });
    expect(areaOf(answer, "LIB")).toEqual({
      area: "LIB",
      parliaments: 0,
      averageGrade: null,
      gradedParliaments: 0,
      parliamentsWithSeriousGap: 0,
      commonGapShare: 0,
    });
  });

  it("narrows by programme, by parliament, or not at all", async () => {
    const all = await call(coordinator).benchmark({});
    expect(all.parliamentCount).toBe(6);
    expect(areaOf(all, "GOV").averageGrade).toBe(2.5); // (2 + 4 + 3 + 0 + 5 + 1) / 6
    const programme = await call(coordinator).benchmark({ programmeId: programmeP });
    expect(programme.parliaments.map((p) => p.id)).toEqual([alpha.id, beta.id, gamma.id]);
    expect(areaOf(programme, "GOV").averageGrade).toBe(3);
    const one = await call(coordinator).benchmark({ parliamentId: beta.id });
    expect(one.parliaments.map((p) => p.id)).toEqual([beta.id]);
  });

  it("costs the same statements whatever the number of parliaments", async () => {
    const { client, counter } = statementCountingClient(db());
    try {
      await getFindingBenchmark(client, coordinator, {});
      counter.statements = 0;
      await getFindingBenchmark(client, coordinator, { parliamentId: beta.id });
      const one = counter.statements;
      counter.statements = 0;
      await getFindingBenchmark(client, coordinator, {});
      expect(counter.statements).toBe(one);
      expect(one).toBeLessThanOrEqual(4);
    } finally {
      await client.$disconnect();
    }
  });
});

describe("findings.benchmark for parliament staff", () => {
  const leaks = (answer: unknown, others: P[]) => {
    const json = JSON.stringify(answer);
    return others.flatMap((p) => [p.id, p.name, p.countryCode].filter((value) => json.includes(value)));
  };

  it("names their own parliament and letters the others of their region, with nothing that identifies them", async () => {
    const answer = await call(alphaStaff).benchmark({});
    expect(answer.group.region).toBe("SADC");
    expect(answer.othersWithheld).toBe(false);
    expect(answer.parliaments.map((p) => [p.key, p.name, p.own, p.anonymous])).toEqual([
      [alpha.id, alpha.name, true, false],
      ["A", null, false, true],
      ["B", null, false, true],
      ["C", null, false, true],
    ]);
    for (const p of answer.parliaments.filter((p) => p.anonymous)) expect(p.id).toBeNull();
    expect(leaks(answer, [beta, gamma, delta, epsilon, zeta])).toEqual([]);
    // The figures are the coordinator's.
    expect(areaOf(answer, "GOV").averageGrade).toBe(2.25);
    const anonymousGov = answer.parliaments
      .filter((p) => p.anonymous)
      .map((p) => p.cells.find((c) => c.area === "GOV")?.averageGrade)
      .sort();
    expect(anonymousGov).toEqual([0, 3, 4]);
  });

  it("in a group with fewer than three others gives only the group's figures, withholding those one other parliament feeds", async () => {
    const answer = await call(alphaStaff).benchmark({ programmeId: programmeP });
    expect(answer.othersWithheld).toBe(true);
    expect(answer.parliaments.map((p) => p.key)).toEqual([alpha.id]);
    expect(leaks(answer, [beta, gamma, delta, epsilon, zeta])).toEqual([]);
    expect(areaOf(answer, "GOV")).toMatchObject({ parliaments: 3, averageGrade: 3, parliamentsWithSeriousGap: 1 });
    // Only Beta grades WEB among the others: the group's WEB grade would be Beta's.
    expect(areaOf(answer, "WEB")).toMatchObject({ parliaments: 2, averageGrade: null, parliamentsWithSeriousGap: 1 });
  });

  it("with a single other parliament withholds every figure of the group", async () => {
    const answer = await call(epsilonStaff).benchmark({});
    expect(answer.group.region).toBe("EUROPE");
    expect(answer.othersWithheld).toBe(true);
    expect(answer.parliaments.map((p) => p.name)).toEqual([epsilon.name]);
    expect(areaOf(answer, "GOV")).toEqual({
      area: "GOV",
      parliaments: null,
      averageGrade: null,
      gradedParliaments: null,
      parliamentsWithSeriousGap: null,
      commonGapShare: null,
    });
    expect(leaks(answer, [zeta, alpha, beta])).toEqual([]);
  });

  it("may not name another parliament or a programme that is not theirs", async () => {
    expect((await appErrorOf(call(alphaStaff).benchmark({ parliamentId: beta.id }))).trpcCode).toBe("NOT_FOUND");
    expect((await appErrorOf(call(alphaStaff).benchmark({ programmeId: programmeR }))).trpcCode).toBe("NOT_FOUND");
    const own = await call(alphaStaff).benchmark({ parliamentId: alpha.id });
    expect(own.parliaments.map((p) => p.key)).toEqual([alpha.id]);
  });
});

describe("findings.benchmark for an expert", () => {
  it("covers the parliaments of the missions they are on", async () => {
    const answer = await call(betaExpert).benchmark({});
    expect(answer.parliaments.map((p) => p.name)).toEqual([beta.name]);
    expect(areaOf(answer, "GOV").averageGrade).toBe(4);
  });
});

describe("findings.compareAssessments", () => {
  it("gives each earlier finding its outcome and the grade change by area", async () => {
    const answer = await call(coordinator).compareAssessments({ missionId: alphaValidation.missionId });
    expect(answer.earlierMissions.map((m) => m.code)).toEqual(["ALPHA-ASM"]);
    expect(answer.counts).toEqual({ RESOLVED: 1, IMPROVED: 1, STILL_OPEN: 1, NOT_REVISITED: 1 });
    const outcomes = Object.fromEntries(answer.findings.map((x) => [x.id, [x.outcome, x.revisitedBy?.id ?? null]]));
    expect(outcomes).toEqual({
      [f["a-gov-high"]!]: ["IMPROVED", f["v-gov-improved"]],
      [f["a-gov-crit"]!]: ["STILL_OPEN", f["v-gov-open"]],
      [f["a-sec-high"]!]: ["RESOLVED", f["v-sec-resolved"]],
      // Its revisit is only submitted.
      [f["a-leg-med"]!]: ["NOT_REVISITED", null],
    });
    expect(answer.areas).toEqual([
      { area: "GOV", earlierAverage: 1.5, earlierGraded: 2, currentAverage: 2.5, currentGraded: 2, delta: 1 },
      { area: "LEG", earlierAverage: 1, earlierGraded: 1, currentAverage: null, currentGraded: 0, delta: null },
      { area: "SEC", earlierAverage: 0, earlierGraded: 1, currentAverage: 4, currentGraded: 1, delta: 4 },
    ]);
  });

  it("is the parliament's own staff's to read, NOT_FOUND for other staff, BAD_REQUEST for a mission that validates nothing", async () => {
    const own = await call(alphaStaff).compareAssessments({ missionId: alphaValidation.missionId });
    expect(own.counts).toEqual({ RESOLVED: 1, IMPROVED: 1, STILL_OPEN: 1, NOT_REVISITED: 1 });
    const other = await appErrorOf(call(betaStaff).compareAssessments({ missionId: alphaValidation.missionId }));
    expect(other.trpcCode).toBe("NOT_FOUND");
    const notValidation = await appErrorOf(
      call(coordinator).compareAssessments({ missionId: alphaAssessment.missionId }),
    );
    expect(notValidation.trpcCode).toBe("BAD_REQUEST");
    expect(notValidation.message.code).toBe("notAValidationMission");
  });
});

describe("revisits", () => {
  const draft = (phaseId: string, extra: object) => ({
    phaseId,
    area: "GOV" as const,
    kind: "GAP" as const,
    severity: "MEDIUM" as const,
    title: "Revisited in the field",
    description: "Checked again with the ICT department.",
    ...extra,
  });

  it("lists the parliament's earlier validated findings as candidates on a validation phase", async () => {
    const candidates = await call(coordinator).revisitCandidates({ phaseId: alphaValidation.phaseId });
    expect(candidates.map((c) => c.id).sort()).toEqual(
      [f["a-gov-high"], f["a-gov-crit"], f["a-sec-high"], f["a-leg-med"]].sort(),
    );
    expect(await call(coordinator).revisitCandidates({ phaseId: alphaAssessment.phaseId })).toEqual([]);
  });

  it("stores a revisit of an earlier finding of the same parliament", async () => {
    const created = await call(coordinator).create(
      draft(alphaValidation.phaseId, { revisitsId: f["a-leg-med"], revisitOutcome: "IMPROVED" }),
    );
    expect([created.revisitsId, created.revisitOutcome]).toEqual([f["a-leg-med"], "IMPROVED"]);
    const cleared = await call(coordinator).update({
      id: created.id,
      version: created.version,
      revisitsId: null,
      revisitOutcome: null,
    });
    expect([cleared.revisitsId, cleared.revisitOutcome]).toEqual([null, null]);
  });

  it("refuses another parliament's finding, a phase that is not a validation, and half a pair", async () => {
    const other = await appErrorOf(
      call(coordinator).create(
        draft(alphaValidation.phaseId, { revisitsId: f["b-web-high"], revisitOutcome: "RESOLVED" }),
      ),
    );
    expect([other.trpcCode, other.fieldErrors]).toEqual(["BAD_REQUEST", { revisitsId: ["revisitNotEarlierFinding"] }]);
    const notValidation = await appErrorOf(
      call(coordinator).create(
        draft(alphaAssessment.phaseId, { revisitsId: f["a-gov-high"], revisitOutcome: "RESOLVED" }),
      ),
    );
    expect([notValidation.trpcCode, notValidation.fieldErrors]).toEqual([
      "BAD_REQUEST",
      { revisitsId: ["revisitOnValidationOnly"] },
    ]);
    const half = await appErrorOf(
      call(coordinator).create(draft(alphaValidation.phaseId, { revisitsId: f["a-gov-high"] })),
    );
    expect(half.fieldErrors).toEqual({ revisitOutcome: ["revisitOutcomeRequired"] });
    const draftEarlier = await appErrorOf(
      call(coordinator).create(
        draft(alphaValidation.phaseId, { revisitsId: f["a-gov-draft"], revisitOutcome: "RESOLVED" }),
      ),
    );
    expect(draftEarlier.fieldErrors).toEqual({ revisitsId: ["revisitNotEarlierFinding"] });
  });

  it("checks an update against the finding as it is", async () => {
    const created = await call(coordinator).create(draft(alphaValidation.phaseId, {}));
    const refused = await appErrorOf(
      call(coordinator).update({
        id: created.id,
        version: created.version,
        revisitsId: f["d-gov-crit"],
        revisitOutcome: "RESOLVED",
      }),
    );
    expect(refused.fieldErrors).toEqual({ revisitsId: ["revisitNotEarlierFinding"] });
    const half = await appErrorOf(
      call(coordinator).update({ id: created.id, version: created.version, revisitOutcome: "RESOLVED" }),
    );
    expect(half.fieldErrors).toEqual({ revisitsId: ["revisitFindingRequired"] });
  });
});
