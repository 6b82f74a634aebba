// The demo seed must give every role something real to see (the README's demo accounts) while
// respecting the rules the app itself enforces: no double-booked expert, no dependency
// cycle, the scope of each account. And it must seed only once.
import { isBeneficiaryOwn } from "@hemicycle/shared/expert-matching";
import { isSubAreaOf } from "@hemicycle/shared/ict-areas";
import { reportDaysLate } from "@hemicycle/shared/workflows/phase";
import { FINDING_KINDS, FINDING_STATUSES, SEVERITIES } from "@hemicycle/shared/enums";
import { verifyPassword } from "@hemicycle/server/auth/password";
import { missionStatusFromPhases } from "@hemicycle/server/services/mission-status";
import { parseSnapshot, takeSnapshot } from "@hemicycle/server/services/roadmap-snapshot";
import { DEMO_EXPERTS, DEMO_MISSIONS, type DemoMission, type DemoPhase } from "@hemicycle/server/seed/demo-data";
import { checkTeams, DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from "@hemicycle/server/seed/seed-demo";
import { missionActivity } from "@hemicycle/server/services/activity";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;

const ZAMBIA_CODE = "SADC-ZMB-2026";
const MYANMAR_CODE = "MMR-VAL-2026";
const NAMIBIA_CODE = "SADC-NAM-2026";
/** "Today" in the demo data's calendar: its dates are fixed around it. */
const DEMO_TODAY = new Date("2026-11-29");

async function tableCounts() {
  const p = prisma();
  return {
    users: await p.user.count(),
    accounts: await p.account.count(),
    parliaments: await p.parliament.count(),
    programmes: await p.programme.count(),
    experts: await p.expert.count(),
    unavailability: await p.expertUnavailability.count(),
    missions: await p.mission.count(),
    phases: await p.phase.count(),
    assignments: await p.assignment.count(),
    findings: await p.finding.count(),
    roadmaps: await p.roadmap.count(),
    roadmapItems: await p.roadmapItem.count(),
    dependencies: await p.roadmapItemDependency.count(),
    itemFindings: await p.roadmapItemFinding.count(),
    revisions: await p.roadmapRevision.count(),
    decisions: await p.reviewDecision.count(),
    comments: await p.comment.count(),
    auditEvents: await p.auditEvent.count(),
  };
}

async function userByEmail(email: string) {
  return prisma().user.findUniqueOrThrow({
    where: { email },
    select: { id: true, role: true, parliamentId: true, expertId: true, emailVerified: true },
  });
}

async function zambiaPhases() {
  return prisma().phase.findMany({
    where: { mission: { code: ZAMBIA_CODE } },
    select: { id: true, kind: true, team: { select: { expertId: true, role: true } } },
  });
}

/** True when the dependency edges (item id → the ids it depends on) contain a cycle. */
function hasCycle(edges: Map<string, string[]>): boolean {
  const state = new Map<string, "visiting" | "done">();
  const visit = (id: string): boolean => {
    if (state.get(id) === "done") return false;
    if (state.get(id) === "visiting") return true;
    state.set(id, "visiting");
    const cyclic = (edges.get(id) ?? []).some(visit);
    state.set(id, "done");
    return cyclic;
  };
  return [...edges.keys()].some(visit);
}

function overlaps(a: { startDate: Date; endDate: Date }, b: { startDate: Date; endDate: Date }): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

beforeAll(async () => {
  const started = performance.now();
  const result = await seedDemoData(prisma());
  const elapsed = Math.round(performance.now() - started);
  console.log(`[seed] demo data seeded in ${elapsed} ms`);
  expect(result).toEqual({ seeded: true });
}, 60_000);

describe("demo seed: accounts", () => {
  it("creates exactly the nine demo accounts: the seven personas and two more parliaments' staff", async () => {
    const users = await prisma().user.findMany({ select: { email: true, role: true }, orderBy: { email: "asc" } });
    expect(users).toEqual(
      DEMO_ACCOUNTS.map(({ email, role }) => ({ email, role })).sort((a, b) => a.email.localeCompare(b.email)),
    );
    expect(DEMO_ACCOUNTS.map((a) => a.email).sort()).toEqual([
      "admin@hemicycle.test",
      "coordinator@hemicycle.test",
      "expert@hemicycle.test",
      "lead.expert@hemicycle.test",
      "outsider.expert@hemicycle.test",
      "staff.montenegro@hemicycle.test",
      "staff.myanmar@hemicycle.test",
      "staff.namibia@hemicycle.test",
      "staff.zambia@hemicycle.test",
    ]);
  });

  it("scopes staff to their parliament and links experts to expert records", async () => {
    const zambia = await prisma().parliament.findUniqueOrThrow({ where: { name: "National Assembly of Zambia" } });
    const montenegro = await prisma().parliament.findUniqueOrThrow({ where: { name: "Parliament of Montenegro" } });

    expect(await userByEmail("staff.zambia@hemicycle.test")).toMatchObject({
      role: "PARLIAMENT_STAFF",
      parliamentId: zambia.id,
      expertId: null,
    });
    expect(await userByEmail("staff.montenegro@hemicycle.test")).toMatchObject({
      role: "PARLIAMENT_STAFF",
      parliamentId: montenegro.id,
      expertId: null,
    });
    for (const [email, code] of [
      ["staff.myanmar@hemicycle.test", MYANMAR_CODE],
      ["staff.namibia@hemicycle.test", NAMIBIA_CODE],
    ] as const) {
      const mission = await prisma().mission.findUniqueOrThrow({ where: { code }, select: { parliamentId: true } });
      expect(await userByEmail(email)).toMatchObject({
        role: "PARLIAMENT_STAFF",
        parliamentId: mission.parliamentId,
        expertId: null,
      });
    }
    for (const email of ["admin@hemicycle.test", "coordinator@hemicycle.test"]) {
      expect(await userByEmail(email)).toMatchObject({ parliamentId: null, expertId: null });
    }
    const expertIds = new Set<string>();
    for (const email of ["lead.expert@hemicycle.test", "expert@hemicycle.test", "outsider.expert@hemicycle.test"]) {
      const user = await userByEmail(email);
      expect(user).toMatchObject({ role: "EXPERT", parliamentId: null });
      expect(user.expertId).not.toBeNull();
      expertIds.add(user.expertId!);
    }
    expect(expertIds.size).toBe(3);
  });

  it("gives every account a verified e-mail and a credential with the demo password", async () => {
    const accounts = await prisma().account.findMany({
      select: {
        accountId: true,
        userId: true,
        providerId: true,
        password: true,
        user: { select: { emailVerified: true } },
      },
    });
    expect(accounts).toHaveLength(DEMO_ACCOUNTS.length);
    for (const account of accounts) {
      expect(account).toMatchObject({
        providerId: "credential",
        accountId: account.userId,
        user: { emailVerified: true },
      });
      expect(account.password).toMatch(/^\$argon2id\$/);
    }
    // One hash shared by all: verify it once, and check that it does not accept anything.
    const hashes = new Set(accounts.map((a) => a.password));
    expect(hashes.size).toBe(1);
    const [hash] = [...hashes];
    expect(await verifyPassword({ hash: hash!, password: DEMO_PASSWORD })).toBe(true);
    expect(await verifyPassword({ hash: hash!, password: "not-the-demo-password" })).toBe(false);
  });
});

describe("demo seed: missions and teams", () => {
  it("has the programmes and mission variants of the design", async () => {
    const missions = await prisma().mission.findMany({
      select: {
        code: true,
        type: true,
        status: true,
        coordinator: { select: { email: true } },
        programme: { select: { name: true, funders: true } },
        parliament: { select: { name: true, region: true } },
        phases: { select: { kind: true, status: true, startDate: true, endDate: true } },
      },
    });
    const byCode = new Map(missions.map((m) => [m.code, m]));

    const sadc = missions.filter((m) => m.programme?.name === "SADC Parliamentary ICT Modernisation Programme");
    const sadcWithBothPhases = sadc.filter(
      (m) =>
        m.type === "ASSESSMENT_AND_PLAN" &&
        m.phases.some((p) => p.kind === "ASSESSMENT") &&
        m.phases.some((p) => p.kind === "STRATEGIC_PLAN"),
    );
    expect(sadcWithBothPhases.map((m) => m.parliament.name)).toEqual(
      expect.arrayContaining([
        "National Assembly of Zambia",
        "National Assembly of Malawi",
        "Parliament of the Republic of Namibia",
        "Parliament of Botswana",
      ]),
    );
    // The SADC programme spans at least eight of the region's parliaments, at every stage.
    const sadcParliaments = new Set(sadc.map((m) => m.parliament.name));
    expect(sadcParliaments.size).toBeGreaterThanOrEqual(8);
    expect(sadc.every((m) => m.parliament.region === "SADC")).toBe(true);
    expect(new Set(sadc.map((m) => m.status))).toEqual(new Set(["PLANNED", "IN_PROGRESS", "COMPLETED", "CANCELLED"]));
    const sadcPhaseStatuses = new Set(sadc.flatMap((m) => m.phases.map((p) => p.status)));
    for (const status of ["PLANNED", "TEAM_CONFIRMED", "FIELDWORK", "DRAFT_REPORT", "FINALISED"] as const)
      expect(sadcPhaseStatuses).toContain(status);
    expect(await prisma().parliament.count()).toBeGreaterThanOrEqual(11);

    const myanmar = missions.find((m) => m.parliament.name === "Pyidaungsu Hluttaw" && m.type === "VALIDATION");
    expect(myanmar?.phases.map((p) => p.kind).sort()).toEqual(["STRATEGIC_PLAN", "VALIDATION"]);
    // The earlier assessment it re-checks.
    const earlier = missions.filter((m) => m.parliament.name === "Pyidaungsu Hluttaw" && m.type !== "VALIDATION");
    expect(earlier.map((m) => m.phases.map((p) => p.kind))).toEqual([["ASSESSMENT"]]);

    const montenegro = missions.find((m) => m.parliament.name === "Parliament of Montenegro");
    expect(montenegro?.type).toBe("TERMS_OF_REFERENCE");
    expect(montenegro?.programme?.funders).toContain("European Union (IPA III)");
    expect(montenegro?.phases).toHaveLength(1);
    const tor = montenegro!.phases[0]!;
    expect(tor.kind).toBe("TERMS_OF_REFERENCE");
    expect((tor.endDate.getTime() - tor.startDate.getTime()) / 86_400_000 + 1).toBe(19); // three working weeks

    const workshops = missions.filter((m) => m.type === "WORKSHOP");
    expect(workshops.length).toBeGreaterThan(0);
    for (const workshop of workshops) {
      expect(workshop.parliament.region).toBe("LATIN_AMERICA_CARIBBEAN");
      expect(workshop.phases.every((p) => p.kind === "WORKSHOP")).toBe(true);
    }

    for (const mission of missions) {
      expect(mission.coordinator?.email).toBe("coordinator@hemicycle.test");
      expect(mission.status).toBe(missionStatusFromPhases(mission.phases));
      for (const phase of mission.phases) expect(phase.startDate <= phase.endDate).toBe(true);
    }
    expect(byCode.get(ZAMBIA_CODE)?.status).toBe("IN_PROGRESS");
    expect(new Set(missions.map((m) => m.status))).toEqual(
      new Set(["PLANNED", "IN_PROGRESS", "COMPLETED", "CANCELLED"]),
    );
  });

  it("has overdue reports, fieldwork under way and phases still to come (today = 2026-11-29)", async () => {
    const today = DEMO_TODAY;
    const phases = await prisma().phase.findMany({
      select: {
        kind: true,
        status: true,
        startDate: true,
        endDate: true,
        reportDueDate: true,
        mission: { select: { code: true } },
      },
    });
    const late = phases
      .map((p) => ({ code: p.mission.code, kind: p.kind, daysLate: reportDaysLate(p, today) }))
      .filter((p) => p.daysLate > 0);
    // Zambia's assessment report, 16 days late, and at least two more.
    expect(late).toContainEqual({ code: ZAMBIA_CODE, kind: "ASSESSMENT", daysLate: 16 });
    expect(late.length).toBeGreaterThanOrEqual(3);
    expect(new Set(late.map((p) => p.daysLate)).size).toBe(late.length);
    // In the field today, by the dates and by the status.
    expect(
      phases.some((p) => p.status === "FIELDWORK" && p.startDate <= today && today <= p.endDate),
      "a phase in fieldwork today",
    ).toBe(true);
    expect(await prisma().phase.count({ where: { status: "FINALISED" } })).toBeGreaterThan(0);
    expect(
      await prisma().phase.count({ where: { startDate: { gt: today }, status: { not: "CANCELLED" } } }),
    ).toBeGreaterThan(0);
  });

  it("puts the lead expert in the lead of the Zambia assessment and the member on both Zambia phases", async () => {
    const lead = await userByEmail("lead.expert@hemicycle.test");
    const member = await userByEmail("expert@hemicycle.test");
    const phases = await zambiaPhases();
    const assessment = phases.find((p) => p.kind === "ASSESSMENT");
    const plan = phases.find((p) => p.kind === "STRATEGIC_PLAN");
    expect(assessment?.team).toEqual(
      expect.arrayContaining([
        { expertId: lead.expertId, role: "LEAD" },
        { expertId: member.expertId, role: "MEMBER" },
      ]),
    );
    expect(plan?.team).toContainEqual({ expertId: member.expertId, role: "MEMBER" });
    for (const phase of phases) expect(phase.team.filter((t) => t.role === "LEAD")).toHaveLength(1);
  });

  it("leaves the outsider expert on no phase at all", async () => {
    const outsider = await userByEmail("outsider.expert@hemicycle.test");
    expect(await prisma().assignment.count({ where: { expertId: outsider.expertId! } })).toBe(0);
  });

  it("books no expert on overlapping phases nor inside their unavailability unless kept with a reason", async () => {
    const experts = await prisma().expert.findMany({
      select: {
        name: true,
        unavailability: { select: { startDate: true, endDate: true } },
        assignments: {
          where: { phase: { status: { not: "CANCELLED" } } },
          select: { overrideReason: true, phase: { select: { id: true, startDate: true, endDate: true } } },
        },
      },
    });
    const problems: string[] = [];
    let overlapsKept = 0;
    let unavailabilityKept = 0;
    for (const expert of experts) {
      const bookings = expert.assignments;
      bookings.forEach((a, i) => {
        const clashes = bookings.filter((b) => b !== a && overlaps(a.phase, b.phase));
        const unavailable = expert.unavailability.some((u) => overlaps(a.phase, u));
        // The app stores a reason only on an assignment that clashed when it was made.
        if (a.overrideReason !== null && clashes.length === 0 && !unavailable)
          problems.push(`${expert.name}: a reason without a clash`);
        if (unavailable && a.overrideReason === null) problems.push(`${expert.name}: booked while unavailable`);
        if (unavailable && a.overrideReason !== null) unavailabilityKept += 1;
        for (const b of bookings.slice(i + 1).filter((b) => overlaps(a.phase, b.phase))) {
          if (a.overrideReason === null && b.overrideReason === null)
            problems.push(`${expert.name}: phases overlap without a reason`);
          else overlapsKept += 1;
        }
      });
    }
    expect(problems).toEqual([]);
    // The field calendar and the team lists have conflicts kept on purpose to show.
    expect(overlapsKept).toBeGreaterThanOrEqual(1);
    expect(unavailabilityKept).toBeGreaterThanOrEqual(1);
    const kept = await prisma().assignment.findMany({
      where: { overrideReason: { not: null } },
      select: { overrideReason: true, assignedById: true },
    });
    expect(kept.length).toBeGreaterThanOrEqual(1);
    for (const assignment of kept) expect(assignment.overrideReason!.trim().length).toBeGreaterThan(20);
    // The check above must have had bookings to look at.
    expect(experts.filter((e) => e.assignments.length >= 2).length).toBeGreaterThan(3);
    expect(experts.some((e) => e.unavailability.length > 0)).toBe(true);
  });
});

describe("demo seed: expert directory", () => {
  it("lists two dozen experts with their institution, country, ICT areas, languages and time off", async () => {
    const experts = await prisma().expert.findMany({
      select: { name: true, institution: true, countryCode: true, areas: true, languages: true, unavailability: true },
    });
    expect(experts.length).toBeGreaterThanOrEqual(24);
    for (const expert of experts) {
      expect(expert.institution, expert.name).toBeTruthy();
      expect(expert.countryCode).toMatch(/^[A-Z]{2}$/);
      expect(expert.areas.length, expert.name).toBeGreaterThan(0);
      expect(expert.languages.length, expert.name).toBeGreaterThan(0);
    }
    expect(new Set(experts.map((e) => e.countryCode)).size).toBeGreaterThanOrEqual(20);
    expect(experts.filter((e) => e.unavailability.length > 0).length).toBeGreaterThanOrEqual(12);
  });

  it("has beneficiaries' own staff in the directory, Zambia's among them, never on their own parliament's team", async () => {
    const parliaments = await prisma().parliament.findMany({ select: { id: true, name: true, countryCode: true } });
    const experts = await prisma().expert.findMany({
      select: {
        name: true,
        institution: true,
        countryCode: true,
        assignments: { select: { phase: { select: { mission: { select: { parliamentId: true } } } } } },
      },
    });
    const ownParliaments = (expert: (typeof experts)[number]) =>
      parliaments.filter((parliament) => isBeneficiaryOwn(expert, { areas: [], languages: [], parliament }));
    const zambian = experts.filter((e) => ownParliaments(e).some((p) => p.countryCode === "ZM"));
    expect(zambian.map((e) => e.institution)).toContain("National Assembly of Zambia");
    const beneficiaries = new Set(experts.flatMap((e) => ownParliaments(e).map((p) => p.id)));
    expect(beneficiaries.size).toBeGreaterThanOrEqual(4);
    for (const expert of experts) {
      const own = new Set(ownParliaments(expert).map((p) => p.id));
      const onOwn = expert.assignments.filter((a) => own.has(a.phase.mission.parliamentId));
      expect(onOwn, `${expert.name} on their own parliament's mission`).toEqual([]);
    }
  });
});

describe("demo seed: teams the app could not produce are refused", () => {
  const phase = (
    key: string,
    startDate: DemoPhase["startDate"],
    endDate: DemoPhase["endDate"],
    team: DemoPhase["team"],
  ): DemoPhase => ({ key, kind: "ASSESSMENT", startDate, endDate, location: "Lusaka", status: "PLANNED", team });
  const mission = (...phases: DemoPhase[]): DemoMission => ({
    code: "TEST",
    title: "Test",
    type: "ASSESSMENT_AND_PLAN",
    parliament: "ZM",
    programme: null,
    objectives: "",
    phases,
  });
  const ferreira = DEMO_EXPERTS.find((e) => e.key === "ferreira")!;
  const mokoena = DEMO_EXPERTS.find((e) => e.key === "mokoena")!;

  it("accepts the demo data itself", () => {
    expect(() => checkTeams(DEMO_MISSIONS, DEMO_EXPERTS)).not.toThrow();
  });

  it("refuses a phase ending the day another starts without a reason, and accepts it with one", () => {
    const clash = (overrideReason?: string) =>
      mission(
        phase("a", "2030-01-07", "2030-01-11", [{ expert: "ferreira", role: "LEAD" }]),
        phase("b", "2030-01-11", "2030-01-15", [
          { expert: "ferreira", role: "LEAD", ...(overrideReason && { overrideReason }) },
        ]),
      );
    expect(() => checkTeams([clash()], [ferreira])).toThrow(/neither has an override reason/);
    expect(() => checkTeams([clash("Covers the closing day remotely.")], [ferreira])).not.toThrow();
  });

  it("refuses a booking inside an unavailable period without a reason, a reason without a clash, two leads", () => {
    const [off] = mokoena.unavailability;
    expect(() =>
      checkTeams(
        [mission(phase("a", off!.startDate, off!.startDate, [{ expert: "mokoena", role: "LEAD" }]))],
        [mokoena],
      ),
    ).toThrow(/unavailable/);
    expect(() =>
      checkTeams(
        [
          mission(
            phase("a", "2030-01-07", "2030-01-11", [{ expert: "ferreira", role: "LEAD", overrideReason: "Why" }]),
          ),
        ],
        [ferreira],
      ),
    ).toThrow(/without a clash/);
    expect(() =>
      checkTeams(
        [
          mission(
            phase("a", "2030-01-07", "2030-01-11", [
              { expert: "ferreira", role: "LEAD" },
              { expert: "mokoena", role: "LEAD" },
            ]),
          ),
        ],
        [ferreira, mokoena],
      ),
    ).toThrow(/two leads/);
  });
});

describe("demo seed: findings", () => {
  it("fills the Zambia assessment with findings of every status, kind and severity across the ICT areas", async () => {
    const lead = await userByEmail("lead.expert@hemicycle.test");
    const member = await userByEmail("expert@hemicycle.test");
    const coordinator = await userByEmail("coordinator@hemicycle.test");
    const findings = await prisma().finding.findMany({
      where: { phase: { kind: "ASSESSMENT", mission: { code: ZAMBIA_CODE } } },
      select: {
        area: true,
        subArea: true,
        kind: true,
        severity: true,
        grade: true,
        status: true,
        authorId: true,
        validatedById: true,
        validatedAt: true,
      },
    });
    expect(findings.length).toBeGreaterThanOrEqual(12);
    expect(new Set(findings.map((f) => f.status))).toEqual(new Set(FINDING_STATUSES));
    expect(new Set(findings.map((f) => f.kind))).toEqual(new Set(FINDING_KINDS));
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(SEVERITIES));
    expect(new Set(findings.map((f) => f.area)).size).toBeGreaterThanOrEqual(6);
    expect(findings.filter((f) => f.status === "VALIDATED").length).toBeGreaterThanOrEqual(3);
    expect(findings.some((f) => f.grade !== null)).toBe(true);
    expect(new Set(findings.map((f) => f.authorId))).toEqual(new Set([lead.id, member.id]));

    for (const f of findings) {
      if (f.subArea !== null) expect(isSubAreaOf(f.area, f.subArea), `${f.area}/${f.subArea}`).toBe(true);
      if (f.grade !== null) expect(f.grade).toBeGreaterThanOrEqual(0);
      if (f.grade !== null) expect(f.grade).toBeLessThanOrEqual(5);
      if (f.status === "VALIDATED") {
        // Four eyes: the lead validates the member's findings, the coordinator the lead's.
        expect(f.validatedById).toBe(f.authorId === lead.id ? coordinator.id : lead.id);
        expect(f.validatedAt).toBeInstanceOf(Date);
      } else {
        expect(f.validatedById).toBeNull();
        expect(f.validatedAt).toBeNull();
      }
    }
  });

  it("gives Montenegro and another parliament validated findings of their own", async () => {
    const validatedByParliament = await prisma().finding.groupBy({
      by: ["phaseId"],
      where: { status: "VALIDATED" },
      _count: true,
    });
    const phases = await prisma().phase.findMany({
      where: { id: { in: validatedByParliament.map((g) => g.phaseId) } },
      select: { mission: { select: { parliament: { select: { name: true } } } } },
    });
    const parliaments = new Set(phases.map((p) => p.mission.parliament.name));
    expect(parliaments).toContain("Parliament of Montenegro");
    expect(parliaments.has("National Assembly of Malawi") || parliaments.has("Pyidaungsu Hluttaw")).toBe(true);
    for (const f of await prisma().finding.findMany({ select: { area: true, subArea: true } })) {
      if (f.subArea !== null) expect(isSubAreaOf(f.area, f.subArea), `${f.area}/${f.subArea}`).toBe(true);
    }
  });
});

describe("demo seed: benchmarking", () => {
  it("revisits Myanmar's 2019 findings from its validation mission with a mix of outcomes", async () => {
    const revisits = await prisma().finding.findMany({
      where: { revisitsId: { not: null }, status: "VALIDATED" },
      select: {
        revisitOutcome: true,
        phase: { select: { kind: true, mission: { select: { code: true } } } },
        revisits: { select: { status: true, grade: true, phase: { select: { mission: { select: { code: true } } } } } },
      },
    });
    expect(revisits.length).toBeGreaterThanOrEqual(3);
    for (const r of revisits) {
      expect(r.phase.kind).toBe("VALIDATION");
      expect([r.phase.mission.code, r.revisits?.phase.mission.code]).toEqual(["MMR-VAL-2026", "MMR-ASM-2019"]);
      expect(r.revisits?.status).toBe("VALIDATED");
    }
    expect(new Set(revisits.map((r) => r.revisitOutcome))).toEqual(new Set(["STILL_OPEN", "IMPROVED", "RESOLVED"]));
    // Some of the 2019 findings are not revisited.
    const earlier = await prisma().finding.count({ where: { phase: { mission: { code: "MMR-ASM-2019" } } } });
    expect(earlier).toBeGreaterThan(revisits.length);
  });

  it("gives at least five SADC parliaments validated, graded findings in several areas", async () => {
    const graded = await prisma().finding.findMany({
      where: { status: "VALIDATED", grade: { not: null }, phase: { mission: { parliament: { region: "SADC" } } } },
      select: { area: true, phase: { select: { mission: { select: { parliamentId: true } } } } },
    });
    const areasByParliament = new Map<string, Set<string>>();
    for (const f of graded) {
      const id = f.phase.mission.parliamentId;
      areasByParliament.set(id, (areasByParliament.get(id) ?? new Set()).add(f.area));
    }
    expect(areasByParliament.size).toBeGreaterThanOrEqual(5);
    for (const areas of areasByParliament.values()) expect(areas.size).toBeGreaterThanOrEqual(2);
  });
});

describe("demo seed: roadmap", () => {
  it("gives the Zambia mission a draft roadmap whose items answer some findings, not all", async () => {
    const roadmap = await prisma().roadmap.findFirstOrThrow({
      where: { mission: { code: ZAMBIA_CODE } },
      select: {
        id: true,
        status: true,
        horizonStart: true,
        horizonEnd: true,
        vision: true,
        items: {
          orderBy: { position: "asc" },
          select: {
            id: true,
            position: true,
            area: true,
            costEstimate: true,
            currency: true,
            startDate: true,
            endDate: true,
            findings: { select: { finding: { select: { id: true, phase: { select: { missionId: true } } } } } },
            dependsOn: { select: { dependsOnId: true } },
          },
        },
        missionId: true,
      },
    });
    expect(roadmap).toMatchObject({ status: "DRAFT", horizonStart: 2027, horizonEnd: 2031 });
    expect(roadmap.vision).toBeTruthy();
    expect(roadmap.items.length).toBeGreaterThanOrEqual(6);
    expect(roadmap.items.map((i) => i.position)).toEqual(roadmap.items.map((_, index) => index));
    expect(new Set(roadmap.items.map((i) => i.area)).size).toBeGreaterThanOrEqual(5);
    for (const item of roadmap.items) {
      expect(item.costEstimate?.toNumber()).toBeGreaterThan(0);
      expect(["USD", "ZMW"]).toContain(item.currency);
      expect(item.startDate! <= item.endDate!).toBe(true);
      for (const link of item.findings) expect(link.finding.phase.missionId).toBe(roadmap.missionId);
    }

    const linked = new Set(roadmap.items.flatMap((i) => i.findings.map((l) => l.finding.id)));
    expect(linked.size).toBeGreaterThanOrEqual(5);
    const uncovered = await prisma().finding.count({
      where: {
        phase: { mission: { code: ZAMBIA_CODE } },
        status: "VALIDATED",
        severity: { in: ["HIGH", "CRITICAL"] },
        id: { notIn: [...linked] },
      },
    });
    expect(uncovered).toBeGreaterThan(0);

    // Dependencies exist and form no cycle (depth-first search for a back edge).
    const edges = new Map(roadmap.items.map((i) => [i.id, i.dependsOn.map((d) => d.dependsOnId)]));
    expect([...edges.values()].flat().length).toBeGreaterThanOrEqual(2);
    expect(hasCycle(edges)).toBe(false);
    expect(await prisma().roadmapRevision.count({ where: { roadmapId: roadmap.id } })).toBe(0);
  });
});

async function roadmapOf(code: string) {
  return prisma().roadmap.findFirstOrThrow({
    where: { mission: { code } },
    select: {
      id: true,
      status: true,
      version: true,
      baselineRevision: true,
      horizonStart: true,
      horizonEnd: true,
      mission: { select: { parliamentId: true } },
      items: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          title: true,
          position: true,
          costEstimate: true,
          currency: true,
          startDate: true,
          endDate: true,
          progress: true,
          dependsOn: { select: { dependsOnId: true } },
          findings: {
            select: { finding: { select: { phase: { select: { mission: { select: { parliamentId: true } } } } } } },
          },
        },
      },
      revisions: {
        orderBy: { number: "asc" },
        select: { number: true, kind: true, snapshot: true, createdAt: true, createdBy: { select: { email: true } } },
      },
      decisions: {
        orderBy: { createdAt: "asc" },
        select: {
          decision: true,
          comment: true,
          createdAt: true,
          revision: { select: { number: true, createdAt: true } },
          decidedBy: { select: { email: true } },
        },
      },
      comments: {
        orderBy: { createdAt: "asc" },
        select: { itemId: true, parentId: true, resolved: true, author: { select: { email: true } } },
      },
    },
  });
}
type SeededRoadmap = Awaited<ReturnType<typeof roadmapOf>>;

/** What every seeded roadmap shown to a parliament must hold: a realistic, consistent plan. */
function expectRealisticPlan(roadmap: SeededRoadmap) {
  expect(roadmap.items.length).toBeGreaterThanOrEqual(12);
  expect(roadmap.items.length).toBeLessThanOrEqual(20);
  expect(roadmap.items.map((i) => i.position)).toEqual(roadmap.items.map((_, index) => index));
  for (const item of roadmap.items) {
    expect(item.costEstimate?.toNumber()).toBeGreaterThan(0);
    expect(item.currency).toBe("USD");
    expect(item.startDate! <= item.endDate!).toBe(true);
    expect(item.startDate!.getUTCFullYear()).toBeGreaterThanOrEqual(roadmap.horizonStart);
    expect(item.endDate!.getUTCFullYear()).toBeLessThanOrEqual(roadmap.horizonEnd);
    for (const link of item.findings)
      expect(link.finding.phase.mission.parliamentId).toBe(roadmap.mission.parliamentId);
  }
  expect(roadmap.items.flatMap((i) => i.findings).length).toBeGreaterThanOrEqual(2);
  const edges = new Map(roadmap.items.map((i) => [i.id, i.dependsOn.map((d) => d.dependsOnId)]));
  expect([...edges.values()].flat().length).toBeGreaterThanOrEqual(2);
  expect(hasCycle(edges)).toBe(false);
}

describe("demo seed: roadmaps in review and endorsed", () => {
  it("has Myanmar's roadmap in review: one submission, frozen as submitted, discussed by the Hluttaw's staff", async () => {
    const roadmap = await roadmapOf(MYANMAR_CODE);
    expect(roadmap).toMatchObject({ status: "IN_REVIEW", baselineRevision: null, version: 2 });
    expectRealisticPlan(roadmap);

    expect(roadmap.revisions).toHaveLength(1);
    expect(roadmap.revisions[0]).toMatchObject({
      number: 1,
      kind: "SUBMISSION",
      createdBy: { email: "coordinator@hemicycle.test" },
    });
    expect(roadmap.decisions).toEqual([]);
    // Nothing changes while the parliament reviews: the stored revision is the plan as it is.
    expect(parseSnapshot(roadmap.revisions[0]!.snapshot)).toEqual(await takeSnapshot(prisma(), roadmap.id));

    const [thread, reply, itemComment] = roadmap.comments;
    expect(roadmap.comments).toHaveLength(3);
    expect(thread).toMatchObject({ itemId: null, parentId: null, author: { email: "staff.myanmar@hemicycle.test" } });
    expect(reply).toMatchObject({ itemId: null, author: { email: "coordinator@hemicycle.test" } });
    expect(reply!.parentId).not.toBeNull();
    expect(itemComment).toMatchObject({ parentId: null, author: { email: "staff.myanmar@hemicycle.test" } });
    expect(roadmap.items.map((i) => i.id)).toContain(itemComment!.itemId);
  });

  it("has Namibia's roadmap endorsed on its second submission, revision 3 the baseline of a rescheduled draft", async () => {
    const roadmap = await roadmapOf(NAMIBIA_CODE);
    // Endorsed (version 5), then rescheduled: a new draft on top of the baseline.
    expect(roadmap).toMatchObject({ status: "DRAFT", baselineRevision: 3, version: 6 });
    expectRealisticPlan(roadmap);
    expect(roadmap.revisions.map((r) => [r.number, r.kind, r.createdBy?.email])).toEqual([
      [1, "SUBMISSION", "coordinator@hemicycle.test"],
      [2, "SUBMISSION", "coordinator@hemicycle.test"],
      [3, "ENDORSEMENT", "staff.namibia@hemicycle.test"],
    ]);
    expect(roadmap.decisions.map((d) => [d.decision, d.revision.number, d.decidedBy?.email])).toEqual([
      ["REQUEST_CHANGES", 1, "staff.namibia@hemicycle.test"],
      ["ENDORSE", 2, "staff.namibia@hemicycle.test"],
    ]);
    for (const decision of roadmap.decisions) {
      expect(decision.comment).toBeTruthy();
      expect(decision.createdAt > decision.revision.createdAt).toBe(true);
    }

    // Every revision parses; the endorsement stores exactly what was endorsed, and the
    // rework between the submissions shows (an item added, others changed).
    const [first, second, endorsed] = roadmap.revisions.map((r) => parseSnapshot(r.snapshot));
    expect(endorsed).toEqual(second);
    expect(first!.items.length).toBeLessThan(second!.items.length);
    const firstById = new Map(first!.items.map((i) => [i.id, i]));
    const reworked = second!.items.filter((i) => firstById.has(i.id) && firstById.get(i.id)!.title !== i.title);
    expect(reworked.length).toBeGreaterThanOrEqual(1);
    for (const snapshot of [first!, second!]) {
      const ids = new Set(snapshot.items.map((i) => i.id));
      for (const item of snapshot.items) for (const id of item.dependsOn) expect(ids.has(id)).toBe(true);
    }
  });

  it("shows Namibia's progress since the baseline, a few slipped items and one cost increase", async () => {
    const roadmap = await roadmapOf(NAMIBIA_CODE);
    const baseline = parseSnapshot(roadmap.revisions.find((r) => r.number === roadmap.baselineRevision)!.snapshot);
    const planned = new Map(baseline.items.map((i) => [i.id, i]));
    expect(roadmap.items.map((i) => i.id).sort()).toEqual([...planned.keys()].sort());

    const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
    const slipped = roadmap.items.filter((i) => day(i.endDate)! > planned.get(i.id)!.endDate!);
    const costlier = roadmap.items.filter((i) => i.costEstimate!.toNumber() > Number(planned.get(i.id)!.costEstimate));
    expect(slipped.length).toBeGreaterThanOrEqual(3);
    expect(costlier).toHaveLength(1);
    expect(roadmap.items.filter((i) => day(i.endDate)! < planned.get(i.id)!.endDate!)).toEqual([]);

    const progress = new Set(roadmap.items.map((i) => i.progress));
    for (const status of ["DONE", "IN_PROGRESS", "BLOCKED", "NOT_STARTED"] as const) expect(progress).toContain(status);

    // The first round's thread on an item was resolved when the team resubmitted.
    expect(roadmap.comments.some((c) => c.resolved && c.itemId !== null)).toBe(true);
  });
});

describe("demo seed: activity", () => {
  it("gives every demo mission an activity feed, in the past, and Zambia's staff its validated findings only", async () => {
    const coordinator = await userByEmail("coordinator@hemicycle.test");
    const missions = await prisma().mission.findMany({ select: { id: true, code: true } });
    for (const mission of missions) {
      const feed = await missionActivity(prisma(), coordinator, mission.id, { limit: 100 });
      const actions = new Set(feed.items.map((i) => i.action));
      expect(actions, mission.code).toContain("mission.create");
      expect(feed.items.every((i) => i.actorName !== null && i.at <= new Date("2026-11-29T23:59:59Z"))).toBe(true);
    }
    const zambia = missions.find((m) => m.code === ZAMBIA_CODE)!;
    const feed = await missionActivity(prisma(), coordinator, zambia.id, { limit: 100 });
    const actions = feed.items.map((i) => i.action);
    expect(actions).toEqual(expect.arrayContaining(["phase.assignExpert", "finding.create", "roadmap.create"]));
    expect(feed.items.find((i) => i.action === "phase.assignExpert")?.expertName).toBeTruthy();
    expect(feed.items.some((i) => i.action === "finding.setStatus" && i.status === "VALIDATED")).toBe(true);

    const staff = await userByEmail("staff.zambia@hemicycle.test");
    const staffFeed = await missionActivity(prisma(), staff, zambia.id, { limit: 100 });
    expect(staffFeed.items.length).toBeGreaterThan(0);
    expect(staffFeed.items.filter((i) => i.entityType === "finding").every((i) => i.status === "VALIDATED")).toBe(true);

    const myanmar = missions.find((m) => m.code === MYANMAR_CODE)!;
    const myanmarFeed = await missionActivity(prisma(), coordinator, myanmar.id, { limit: 100 });
    expect(myanmarFeed.items.map((i) => i.action)).toContain("roadmap.submitForReview");
  });
});

describe("demo seed: once only", () => {
  it("records the seed in the audit log", async () => {
    const events = await prisma().auditEvent.findMany({
      where: { action: "demo.seed" },
      select: { entityType: true, entityId: true, actorId: true, actorRole: true, after: true },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityType: "database", entityId: "demo", actorId: null, actorRole: null });
    expect(events[0]!.after).toMatchObject({
      counts: {
        users: 9,
        roadmaps: 3,
        roadmapItems: await prisma().roadmapItem.count(),
        revisions: 4,
        reviewDecisions: 2,
        comments: await prisma().comment.count(),
      },
    });
  });

  it("does nothing on a database that already has users", async () => {
    const before = await tableCounts();
    expect(await seedDemoData(prisma())).toEqual({ seeded: false });
    expect(await tableCounts()).toEqual(before);
  });
});
