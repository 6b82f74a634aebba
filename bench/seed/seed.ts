// The scale data set (bench/seed/README.md): a deterministic, realistic database at a
// hundred times our users' size, written in bulk. Every rule the app enforces holds on it:
// an expert is never on two overlapping phases nor inside their time off without an
// override reason; phase statuses follow the calendar on REFERENCE_DAY and the workflow;
// mission statuses follow from the phases; findings sit on their phase's team's accounts,
// validated by someone other than their author; roadmap dependencies only point to earlier
// items (no cycle); reviewed roadmaps have their revisions and decisions.
import { ICT_SUB_AREAS } from "../../shared/src/ict-areas.ts";
import type {
  FindingKind,
  FindingStatus,
  IctArea,
  MissionType,
  PhaseKind,
  PhaseStatus,
  Priority,
  ProgressStatus,
  Region,
  RoadmapStatus,
  Severity,
  Term,
} from "../../shared/src/enums.ts";
import { ICT_AREA_CODES, REGIONS } from "../../shared/src/enums.ts";
import { hashPassword } from "../../server/src/auth/password.ts";
import type { Database } from "../../server/src/db/database.ts";
import { missionStatusFromPhases } from "../../server/src/services/mission-status.ts";
import { apportion, Random } from "./random.ts";
import * as words from "./vocabulary.ts";
import { type ProgressReporter, type Row, TableWriter, writeAll } from "./writer.ts";

/** The day the data set's statuses are true on (the demo data's "today"). */
export const REFERENCE_DAY = "2026-11-29";
/** The password of the bench accounts (BENCH_ACCOUNTS); every other account's is unknown. */
export const BENCH_PASSWORD = "hemicycle-bench";
export const BENCH_EMAIL_DOMAIN = "bench.hemicycle.test";
export const DEFAULT_SEED = 20261129;

/** The full data set's size (scale 1). */
export const FULL_SCALE = {
  parliaments: 300,
  experts: 2_000,
  missions: 20_000,
  findings: 500_000,
  roadmapItems: 200_000,
  users: { admins: 5, coordinators: 40, experts: 600, staff: 355 },
} as const;

export type SeedOptions = { scale?: number; seed?: number; report?: ProgressReporter };
export type SeedResult = {
  /** Rows written per table. */
  rows: Record<string, number>;
  /** Milliseconds spent per table. */
  millis: Record<string, number>;
  benchAccounts: { email: string; role: string; note: string }[];
  password: string;
};

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoDay = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
/** A timestamp on day `n` at `minutes` past midnight UTC, as PostgreSQL reads it. */
const at = (n: number, minutes: number) => new Date(n * DAY_MS + minutes * 60_000).toISOString();
const TODAY = dayNumber(REFERENCE_DAY);
const FIRST_DAY = dayNumber("2016-01-04"); // a Monday
const LAST_START = dayNumber("2028-06-26");

type PhaseTemplate = { kind: PhaseKind; offset: number; length: number; report: boolean };
const wk = (kind: PhaseKind, offset: number, length = 5): PhaseTemplate => ({
  kind,
  offset,
  length,
  report: kind !== "WORKSHOP",
});
/** The phases of each mission type (about three per mission on average, as at the hubs). */
const MISSION_PHASES: Record<MissionType, PhaseTemplate[]> = {
  ASSESSMENT_AND_PLAN: [wk("ASSESSMENT", 0), wk("STRATEGIC_PLAN", 56), wk("WORKSHOP", 119, 3), wk("VALIDATION", 399)],
  VALIDATION: [wk("VALIDATION", 0), wk("WORKSHOP", 35, 3)],
  TERMS_OF_REFERENCE: [wk("TERMS_OF_REFERENCE", 0, 19), wk("WORKSHOP", 42, 3), wk("WORKSHOP", 84, 3)],
  IMPLEMENTATION_SUPPORT: [wk("WORKSHOP", 0, 3), wk("WORKSHOP", 28, 3), wk("WORKSHOP", 56, 3), wk("WORKSHOP", 84, 3)],
  WORKSHOP: [wk("WORKSHOP", 0, 3)],
};
const MISSION_MIX: readonly (readonly [MissionType, number])[] = [
  ["ASSESSMENT_AND_PLAN", 40],
  ["VALIDATION", 15],
  ["TERMS_OF_REFERENCE", 10],
  ["IMPLEMENTATION_SUPPORT", 15],
  ["WORKSHOP", 20],
];
const TYPE_CODE: Record<MissionType, string> = {
  ASSESSMENT_AND_PLAN: "AP",
  VALIDATION: "VAL",
  TERMS_OF_REFERENCE: "TOR",
  IMPLEMENTATION_SUPPORT: "IMP",
  WORKSHOP: "WS",
};
const TYPE_TITLE: Record<MissionType, string> = {
  ASSESSMENT_AND_PLAN: "ICT assessment and strategic plan",
  VALIDATION: "Validation of the ICT strategic plan",
  TERMS_OF_REFERENCE: "Terms of reference",
  IMPLEMENTATION_SUPPORT: "Implementation support",
  WORKSHOP: "Workshop",
};
const REPORT_DUE_DAYS = 28;
/** Phases further ahead than this have no team yet. */
const TEAM_HORIZON_DAYS = 180;

type Phase = {
  id: string;
  mission: Mission;
  kind: PhaseKind;
  start: number;
  end: number;
  due: number | null;
  status: PhaseStatus;
  lead?: Expert;
  team: Expert[];
};
type Mission = {
  index: number;
  id: string;
  type: MissionType;
  parliament: Parliament;
  coordinator: User;
  phases: Phase[];
};
type Parliament = { id: string; name: string; country: (typeof words.COUNTRIES)[number]; staff: User[] };
type Expert = {
  id: string;
  user?: User;
  busyUntil: number;
  off: [number, number][];
};
type User = { id: string; email: string; role: string };
type KeptFinding = { id: string; area: IctArea; severity: Severity };

function statusOnReferenceDay(random: Random, kind: PhaseKind, start: number, end: number, due: number | null) {
  if (start > TODAY) return start - TODAY <= 45 ? "TEAM_CONFIRMED" : "PLANNED";
  if (end >= TODAY) return "FIELDWORK";
  if (kind === "WORKSHOP" || due === null) return "FINALISED";
  if (due < TODAY - 60) return "FINALISED";
  if (due < TODAY) return random.chance(0.4) ? "DRAFT_REPORT" : "PARLIAMENT_REVIEW";
  return random.chance(0.7) ? "DRAFT_REPORT" : "FIELDWORK";
}

const PHASE_STEP: Record<PhaseStatus, number> = {
  PLANNED: 0,
  TEAM_CONFIRMED: 1,
  FIELDWORK: 2,
  DRAFT_REPORT: 3,
  PARLIAMENT_REVIEW: 4,
  FINALISED: 5,
  CANCELLED: 1,
};

const FINDING_MIX: Partial<Record<PhaseStatus, readonly (readonly [FindingStatus, number])[]>> = {
  FIELDWORK: [
    ["DRAFT", 50],
    ["SUBMITTED", 33],
    ["VALIDATED", 12],
    ["REJECTED", 5],
  ],
  DRAFT_REPORT: [
    ["DRAFT", 5],
    ["SUBMITTED", 20],
    ["VALIDATED", 70],
    ["REJECTED", 5],
  ],
  PARLIAMENT_REVIEW: [
    ["DRAFT", 2],
    ["VALIDATED", 95],
    ["REJECTED", 3],
  ],
  FINALISED: [
    ["DRAFT", 2],
    ["VALIDATED", 95],
    ["REJECTED", 3],
  ],
};

/** Rows of each size at `scale` (a fraction of the full data set), never fewer than a small working minimum. */
export function plannedSizes(scale: number) {
  const n = (full: number, min: number) => Math.max(min, Math.round(full * scale));
  const parliaments = n(FULL_SCALE.parliaments, 3);
  return {
    parliaments,
    experts: n(FULL_SCALE.experts, 12),
    missions: n(FULL_SCALE.missions, 12),
    findings: n(FULL_SCALE.findings, 60),
    roadmapItems: n(FULL_SCALE.roadmapItems, 20),
    admins: n(FULL_SCALE.users.admins, 1),
    coordinators: n(FULL_SCALE.users.coordinators, 2),
    expertUsers: n(FULL_SCALE.users.experts, 4),
    staff: Math.max(parliaments, n(FULL_SCALE.users.staff, 3)),
  };
}

/** Fills an empty, migrated database with the scale data set; see the file's head. */
export async function seedBench(db: Database, options: SeedOptions = {}): Promise<SeedResult> {
  const scale = options.scale ?? 1;
  const random = new Random(options.seed ?? DEFAULT_SEED);
  const report = options.report ?? (() => {});
  const sizes = plannedSizes(scale);
  const rows: Record<string, number> = {};
  const millis: Record<string, number> = {};
  const timed = async (table: string, work: () => Promise<number>) => {
    const started = performance.now();
    rows[table] = (rows[table] ?? 0) + (await work());
    millis[table] = (millis[table] ?? 0) + performance.now() - started;
  };
  const write = (table: string, list: Row[]) => timed(table, () => writeAll(db, table, list, report));
  const created = at(FIRST_DAY - 30, 9 * 60);

  // Parliaments, programmes, experts and their time off.
  const parliaments: Parliament[] = [];
  const parliamentRows: Row[] = [];
  for (let i = 0; i < sizes.parliaments; i++) {
    const country = words.COUNTRIES[i % words.COUNTRIES.length]!;
    const round = Math.floor(i / words.COUNTRIES.length);
    const name =
      round === 0
        ? `Parliament of ${country[1]}`
        : `${["Provincial", "State", "Regional", "Territorial"][round % 4]} Assembly no. ${round} of ${country[1]}`;
    const bicameral = round === 0 && random.chance(0.35);
    const parliament: Parliament = { id: random.uuid(), name, country, staff: [] };
    parliaments.push(parliament);
    parliamentRows.push({
      id: parliament.id,
      name,
      countryCode: country[0],
      region: country[2],
      structure: bicameral ? "BICAMERAL" : "UNICAMERAL",
      chamberNames: bicameral ? [...words.CHAMBERS_BICAMERAL] : ["National Assembly"],
      website: `https://parliament-${i + 1}.${country[0].toLowerCase()}.example.org`,
      version: 1,
      createdAt: created,
      updatedAt: created,
    });
  }
  await write("parliaments", parliamentRows);

  const programmePeriods = [2016, 2020, 2024, 2028];
  const programmes = new Map<string, string>();
  const programmeRows: Row[] = [];
  for (const region of REGIONS) {
    for (const from of programmePeriods) {
      const id = random.uuid();
      programmes.set(`${region}:${from}`, id);
      programmeRows.push({
        id,
        name: `${region.replaceAll("_", " ")} parliamentary ICT programme ${from}–${from + 3}`,
        funders: random.sample(words.FUNDERS, random.int(1, 3)),
        startDate: isoDay(dayNumber(`${from}-01-01`)),
        endDate: isoDay(dayNumber(`${from + 3}-12-31`)),
        description: `Technical assistance to the parliaments of the region, ${from} to ${from + 3}.`,
        version: 1,
        createdAt: created,
        updatedAt: created,
      });
    }
  }
  await write("programmes", programmeRows);
  const programmeOf = (region: Region, start: number) => {
    const year = new Date(start * DAY_MS).getUTCFullYear();
    const from = programmePeriods.filter((p) => p <= year).pop()!;
    return programmes.get(`${region}:${from}`) ?? null;
  };

  const experts: Expert[] = [];
  const expertRows: Row[] = [];
  const offRows: Row[] = [];
  for (let i = 0; i < sizes.experts; i++) {
    const first = random.pick(words.FIRST_NAMES);
    const last = random.pick(words.LAST_NAMES);
    const ascii = (s: string) =>
      s
        .normalize("NFD")
        .replace(/\p{M}/gu, "")
        .replace(/[^A-Za-z]/g, "")
        .toLowerCase();
    const home = random.chance(0.8)
      ? random.pick(words.EXPERT_COUNTRIES)
      : (() => {
          const c = random.pick(words.COUNTRIES);
          return [c[0], `Parliament of ${c[1]}`, c[3]] as const;
        })();
    const expert: Expert = { id: random.uuid(), busyUntil: -1, off: [] };
    experts.push(expert);
    const languages = [
      ...new Set([...home[2], ...(random.chance(0.6) ? ["en"] : []), ...(random.chance(0.2) ? ["fr"] : [])]),
    ];
    expertRows.push({
      id: expert.id,
      name: `${first} ${last}`,
      email: `${ascii(first)}.${ascii(last)}.${i + 1}@experts.example.org`,
      institution: home[1],
      countryCode: home[0],
      areas: random.sample(ICT_AREA_CODES, random.int(1, 3)),
      languages,
      bio: `ICT officer at the ${home[1]} with ${random.int(5, 30)} years of parliamentary experience.`,
      version: 1,
      createdAt: created,
      updatedAt: created,
    });
    // Time off: a period or two a year, from the first mission to the last.
    for (let day = FIRST_DAY + random.int(0, 120); day < LAST_START + 500; day += random.int(120, 300)) {
      const end = day + random.int(3, 20);
      expert.off.push([day, end]);
      offRows.push({
        id: random.uuid(),
        expertId: expert.id,
        startDate: isoDay(day),
        endDate: isoDay(end),
        reason: random.pick(words.UNAVAILABILITY_REASONS),
        createdAt: created,
      });
    }
  }
  await write("experts", expertRows);
  await write("expert_unavailability", offRows);

  // Users: administrators, coordinators, experts with an account, parliament staff.
  const knownHash = await hashPassword(BENCH_PASSWORD);
  const unknownHash = await hashPassword(random.uuid() + random.uuid());
  const userRows: Row[] = [];
  const accountRows: Row[] = [];
  const benchAccounts: SeedResult["benchAccounts"] = [];
  const addUser = (
    role: string,
    index: number,
    name: string,
    link: { parliament?: Parliament; expert?: Expert },
    note: string,
  ): User => {
    const known = index < 3;
    const prefix = { ADMIN: "admin", COORDINATOR: "coordinator", EXPERT: "expert", PARLIAMENT_STAFF: "staff" }[role];
    const email = known
      ? `bench.${prefix}${index + 1}@${BENCH_EMAIL_DOMAIN}`
      : `${prefix}${index + 1}@${BENCH_EMAIL_DOMAIN}`;
    const user: User = { id: random.uuid(), email, role };
    if (known) benchAccounts.push({ email, role, note });
    userRows.push({
      id: user.id,
      name,
      email,
      emailVerified: true,
      role,
      parliamentId: link.parliament?.id ?? null,
      expertId: link.expert?.id ?? null,
      active: true,
      version: 1,
      createdAt: created,
      updatedAt: created,
    });
    accountRows.push({
      id: random.uuid(),
      accountId: user.id,
      providerId: "credential",
      userId: user.id,
      password: known ? knownHash : unknownHash,
      createdAt: created,
      updatedAt: created,
    });
    return user;
  };
  for (let i = 0; i < sizes.admins; i++) addUser("ADMIN", i, `Administrator ${i + 1}`, {}, "administrator");
  const coordinators: User[] = [];
  for (let i = 0; i < sizes.coordinators; i++)
    coordinators.push(
      addUser(
        "COORDINATOR",
        i,
        `Coordinator ${i + 1}`,
        {},
        `coordinator of about ${Math.round(sizes.missions / sizes.coordinators)} missions`,
      ),
    );
  const expertUsers = Math.min(sizes.expertUsers, experts.length);
  for (let i = 0; i < expertUsers; i++) {
    const expert = experts[i]!;
    expert.user = addUser(
      "EXPERT",
      i,
      String(expertRows[i]!.name),
      { expert },
      "expert with an account: leads phases, writes findings",
    );
  }
  for (let i = 0; i < sizes.staff; i++) {
    const parliament = parliaments[i % parliaments.length]!;
    parliament.staff.push(
      addUser(
        "PARLIAMENT_STAFF",
        i,
        `Staff ${i + 1}, ${parliament.name}`,
        { parliament },
        `staff of ${parliament.name}`,
      ),
    );
  }
  await write("users", userRows);
  await write("accounts", accountRows);

  // Missions and phases, their statuses on the reference day.
  const missions: Mission[] = [];
  const phases: Phase[] = [];
  for (let m = 0; m < sizes.missions; m++) {
    const type = random.weighted(MISSION_MIX);
    const parliament = random.pick(parliaments);
    const first = FIRST_DAY + 7 * random.int(0, Math.floor((LAST_START - FIRST_DAY) / 7));
    const mission: Mission = {
      index: m,
      id: random.uuid(),
      type,
      parliament,
      coordinator: random.pick(coordinators),
      phases: [],
    };
    const cancelled = random.chance(0.02);
    for (const t of MISSION_PHASES[type]) {
      const start = first + t.offset;
      const end = start + t.length - 1;
      const due = t.report ? end + REPORT_DUE_DAYS : null;
      let status: PhaseStatus = statusOnReferenceDay(random, t.kind, start, end, due);
      if (cancelled || (random.chance(0.015) && status !== "FINALISED")) status = "CANCELLED";
      const phase: Phase = { id: random.uuid(), mission, kind: t.kind, start, end, due, status, team: [] };
      mission.phases.push(phase);
      phases.push(phase);
    }
    missions.push(mission);
  }

  // Teams: phases in date order, each expert free (not on another phase, not off) unless overridden.
  const accountExperts = experts.filter((e) => e.user);
  const isOff = (e: Expert, start: number, end: number) => e.off.some(([a, b]) => a <= end && start <= b);
  const free = (e: Expert, p: Phase) => e.busyUntil < p.start && !isOff(e, p.start, p.end);
  const assignmentRows: Row[] = [];
  const byStart = [...phases].sort((a, b) => a.start - b.start);
  for (const phase of byStart) {
    if (phase.start > TODAY + TEAM_HORIZON_DAYS) continue;
    const size = { ASSESSMENT: 4, STRATEGIC_PLAN: 3, VALIDATION: 3, TERMS_OF_REFERENCE: 2, WORKSHOP: 2 }[phase.kind];
    const wanted = random.int(Math.max(1, size - 2), size);
    for (let slot = 0; slot < wanted; slot++) {
      const pool = slot === 0 ? accountExperts : experts;
      let chosen: Expert | undefined;
      let overrideReason: string | null = null;
      for (let attempt = 0; attempt < 60 && !chosen; attempt++) {
        const candidate = random.pick(pool);
        if (!phase.team.includes(candidate) && free(candidate, phase)) chosen = candidate;
      }
      // Now and then a coordinator keeps an expert on two missions at once, with a reason.
      if ((!chosen || random.chance(0.002)) && slot === 0) {
        const candidate = random.pick(pool);
        if (!phase.team.includes(candidate)) {
          chosen = candidate;
          overrideReason = free(candidate, phase) ? null : "Only expert with the language; agreed with both teams";
        }
      }
      if (!chosen) continue;
      chosen.busyUntil = Math.max(chosen.busyUntil, phase.end);
      phase.team.push(chosen);
      if (slot === 0) phase.lead = chosen;
      assignmentRows.push({
        id: random.uuid(),
        phaseId: phase.id,
        expertId: chosen.id,
        role: slot === 0 ? "LEAD" : "MEMBER",
        overrideReason,
        assignedById: phase.mission.coordinator.id,
        createdAt: at(Math.min(phase.start - 20, TODAY), 10 * 60),
      });
    }
  }

  await write(
    "missions",
    missions.map((m) => {
      const first = m.phases[0]!;
      const year = new Date(first.start * DAY_MS).getUTCFullYear();
      const when = at(Math.min(first.start - 60, TODAY), 9 * 60 + (m.index % 480));
      return {
        id: m.id,
        code: `${m.parliament.country[0]}-${TYPE_CODE[m.type]}-${year}-${String(m.index + 1).padStart(5, "0")}`,
        title: `${TYPE_TITLE[m.type]}, ${m.parliament.name} ${year}`,
        type: m.type,
        parliamentId: m.parliament.id,
        programmeId: random.chance(0.75) ? programmeOf(m.parliament.country[2], first.start) : null,
        objectives: `Support the ${m.parliament.name} in ${TYPE_TITLE[m.type].toLowerCase()}.`,
        coordinatorId: m.coordinator.id,
        status: missionStatusFromPhases(m.phases),
        version: 1 + m.phases.length,
        createdAt: when,
        updatedAt: when,
      };
    }),
  );
  await write(
    "phases",
    phases.map((p) => {
      const begun = PHASE_STEP[p.status] >= 2 && p.status !== "CANCELLED";
      const ended = begun && p.end < TODAY;
      const when = at(Math.min(p.start - 60, TODAY), 9 * 60);
      return {
        id: p.id,
        missionId: p.mission.id,
        kind: p.kind,
        startDate: isoDay(p.start),
        endDate: isoDay(p.end),
        actualStartDate: begun ? isoDay(p.start) : null,
        actualEndDate: ended ? isoDay(p.end) : null,
        location: `${p.mission.parliament.country[1]}, ${words.LOCATIONS_SUFFIX[p.start % words.LOCATIONS_SUFFIX.length]}`,
        status: p.status,
        reportDueDate: p.due === null ? null : isoDay(p.due),
        version: 1 + PHASE_STEP[p.status],
        createdAt: when,
        updatedAt: when,
      };
    }),
  );
  await write("assignments", assignmentRows);

  // Findings: on assessments and validations that reached the field, by the team's account holders.
  const eligible = phases.filter(
    (p) => (p.kind === "ASSESSMENT" || p.kind === "VALIDATION") && FINDING_MIX[p.status] && p.lead?.user,
  );
  const counts = apportion(
    sizes.findings,
    eligible.map(
      (p) => (p.kind === "ASSESSMENT" ? 1.2 : 0.8) * (p.status === "FIELDWORK" ? 0.5 : 1) * (0.5 + random.next()),
    ),
  );
  const keptByMission = new Map<number, KeptFinding[]>();
  const notes: Row[] = [];
  const findings = new TableWriter(db, "findings", sizes.findings, report);
  const findingsStarted = performance.now();
  for (let e = 0; e < eligible.length; e++) {
    const phase = eligible[e]!;
    const authors = phase.team.filter((x) => x.user);
    const kept = keptByMission.get(phase.mission.index) ?? [];
    const revisable = phase.kind === "VALIDATION" ? [...kept] : [];
    for (let f = 0; f < counts[e]!; f++) {
      const author = random.pick(authors);
      const status = random.weighted(FINDING_MIX[phase.status]!);
      const revisit =
        revisable.length && random.chance(0.5)
          ? revisable.splice(random.int(0, revisable.length - 1), 1)[0]!
          : undefined;
      const area: IctArea = revisit?.area ?? random.pick(ICT_AREA_CODES);
      const kind = random.weighted<FindingKind>([
        ["GAP", 50],
        ["STRENGTH", 20],
        ["OPPORTUNITY", 15],
        ["RISK", 15],
      ]);
      const severity = random.weighted<Severity>([
        ["LOW", 25],
        ["MEDIUM", 40],
        ["HIGH", 25],
        ["CRITICAL", 10],
      ]);
      const subAreas: readonly string[] = ICT_SUB_AREAS[area];
      const subject = random.pick(words.AREA_SUBJECTS[area]);
      const lastDay = Math.min(phase.end, TODAY);
      const createdDay = random.int(phase.start, lastDay);
      const createdAt = at(createdDay, random.int(8 * 60, 18 * 60));
      const reviewer = author === phase.lead ? phase.mission.coordinator : phase.lead!.user!;
      const reviewDay = Math.min(TODAY, createdDay + random.int(1, 30));
      const reviewedAt = at(reviewDay, 19 * 60 + random.int(0, 200));
      const id = random.uuid();
      if (status === "VALIDATED" && phase.kind === "ASSESSMENT") kept.push({ id, area, severity });
      if (status === "REJECTED") {
        notes.push({
          id: random.uuid(),
          findingId: id,
          authorId: reviewer.id,
          fromStatus: "SUBMITTED",
          toStatus: "REJECTED",
          body: "Please add the evidence (who said it, which document) and split the two issues.",
          createdAt: reviewedAt,
        });
      }
      await findings.add({
        id,
        phaseId: phase.id,
        area,
        subArea: subAreas.length && random.chance(0.8) ? random.pick(subAreas) : null,
        kind,
        severity,
        grade: random.chance(0.85) ? random.int(0, 5) : null,
        title: `The parliament ${random.pick(words.KIND_PHRASES[kind])} ${subject}`,
        description: `${random.pick(words.SENTENCES)} ${random.pick(words.SENTENCES)} Observed in the ${subject} during the ${phase.kind.toLowerCase().replace("_", " ")} mission.`,
        evidence: random.chance(0.7) ? random.pick(words.SENTENCES) : null,
        recommendation: kind === "STRENGTH" ? null : random.pick(words.RECOMMENDATIONS),
        status,
        authorId: author.user!.id,
        clientId: null,
        validatedById: status === "VALIDATED" ? reviewer.id : null,
        validatedAt: status === "VALIDATED" ? reviewedAt : null,
        revisitsId: revisit?.id ?? null,
        revisitOutcome: revisit ? random.pick(["STILL_OPEN", "IMPROVED", "RESOLVED"]) : null,
        version: status === "DRAFT" ? 1 : status === "SUBMITTED" ? 2 : 3,
        createdAt,
        updatedAt: status === "VALIDATED" || status === "REJECTED" ? reviewedAt : createdAt,
      });
    }
    if (kept.length) keptByMission.set(phase.mission.index, kept);
  }
  rows.findings = await findings.close();
  millis.findings = performance.now() - findingsStarted;
  await write("finding_review_notes", notes);

  // Roadmaps of the strategic plans that began, their items, dependencies and findings answered.
  type Plan = { id: string; mission: Mission; status: RoadmapStatus; phase: Phase };
  const plans: Plan[] = [];
  for (const mission of missions) {
    const phase = mission.phases.find((p) => p.kind === "STRATEGIC_PLAN");
    if (!phase || PHASE_STEP[phase.status] < 2 || phase.status === "CANCELLED") continue;
    let status: RoadmapStatus = "DRAFT";
    if (phase.status === "FINALISED") status = random.chance(0.85) ? "ENDORSED" : "DRAFT";
    else if (phase.status === "PARLIAMENT_REVIEW") status = random.chance(0.7) ? "IN_REVIEW" : "CHANGES_REQUESTED";
    plans.push({ id: random.uuid(), mission, status, phase });
  }
  const itemCounts = apportion(
    plans.length ? sizes.roadmapItems : 0,
    plans.map(() => 0.5 + random.next()),
  );
  const roadmapRows: Row[] = plans.map((p) => {
    const year = new Date(p.phase.end * DAY_MS).getUTCFullYear() + 1;
    const when = at(p.phase.start, 11 * 60);
    return {
      id: p.id,
      missionId: p.mission.id,
      title: `ICT strategic plan of the ${p.mission.parliament.name} ${year}–${year + 3}`,
      vision: "A parliament whose members, staff and citizens reach every document and decision online.",
      horizonStart: year,
      horizonEnd: year + 3,
      status: p.status,
      baselineRevision: p.status === "ENDORSED" ? 2 : null,
      version: { DRAFT: 1, IN_REVIEW: 2, CHANGES_REQUESTED: 3, ENDORSED: 3 }[p.status],
      createdAt: when,
      updatedAt: when,
    };
  });
  await write("roadmaps", roadmapRows);

  const items = new TableWriter(db, "roadmap_items", sizes.roadmapItems, report);
  const dependencies: Row[] = [];
  const links: Row[] = [];
  const itemsStarted = performance.now();
  for (let r = 0; r < plans.length; r++) {
    const plan = plans[r]!;
    const horizon = Number(roadmapRows[r]!.horizonStart);
    const firstDay = dayNumber(`${horizon}-01-01`);
    const answers = keptByMission.get(plan.mission.index) ?? [];
    const ids: string[] = [];
    for (let i = 0; i < itemCounts[r]!; i++) {
      const id = random.uuid();
      const linked = answers.length ? random.sample(answers, random.int(0, 3)) : [];
      const area = linked[0]?.area ?? random.pick(ICT_AREA_CODES);
      const term = random.weighted<Term>([
        ["SHORT", 40],
        ["MEDIUM", 40],
        ["LONG", 20],
      ]);
      const start = firstDay + { SHORT: 0, MEDIUM: 365, LONG: 730 }[term] + random.int(0, 300);
      const end = start + random.int(60, 400);
      const endorsed = plan.status === "ENDORSED";
      const progress: ProgressStatus = !endorsed
        ? "NOT_STARTED"
        : end < TODAY
          ? random.weighted<ProgressStatus>([
              ["DONE", 70],
              ["BLOCKED", 10],
              ["DROPPED", 10],
              ["IN_PROGRESS", 10],
            ])
          : start < TODAY
            ? random.weighted<ProgressStatus>([
                ["IN_PROGRESS", 70],
                ["BLOCKED", 15],
                ["NOT_STARTED", 15],
              ])
            : "NOT_STARTED";
      const costed = random.chance(0.8);
      await items.add({
        id,
        roadmapId: plan.id,
        title: `${random.pick(["Renew", "Introduce", "Extend", "Document", "Train staff on"])} the ${random.pick(words.AREA_SUBJECTS[area])}`,
        description: random.pick(words.RECOMMENDATIONS),
        area,
        strategicObjective: `Objective ${1 + (i % 5)}: ${random.pick(["open parliament", "efficient secretariat", "resilient ICT", "informed members"])}`,
        responsibleUnit: random.pick(words.UNITS),
        priority: random.weighted<Priority>([
          ["HIGH", 30],
          ["MEDIUM", 50],
          ["LOW", 20],
        ]),
        term,
        startDate: isoDay(start),
        endDate: isoDay(end),
        costEstimate: costed ? `${random.int(5, 400) * 500}.00` : null,
        currency: costed ? random.pick(["USD", "EUR"]) : null,
        fundingSource: random.pick(words.FUNDERS),
        expectedBenefit: "Less time lost by staff, and documents reach members and citizens sooner.",
        kpi: `${random.int(50, 100)} % of ${random.pick(["documents", "sittings", "committees", "staff"])} covered by the end of ${new Date(end * DAY_MS).getUTCFullYear()}`,
        progress,
        progressNote: progress === "BLOCKED" ? "Waiting for the budget line." : null,
        position: i,
        version: progress === "NOT_STARTED" ? 1 : 2,
        createdAt: at(plan.phase.start, 12 * 60 + i),
        updatedAt: at(plan.phase.start, 12 * 60 + i),
      });
      // Dependencies only on earlier items: no cycle can form.
      for (const before of random.sample(ids.slice(-8), random.chance(0.6) ? random.int(1, 2) : 0))
        dependencies.push({ itemId: id, dependsOnId: before });
      for (const f of linked) links.push({ itemId: id, findingId: f.id });
      ids.push(id);
    }
  }
  rows.roadmap_items = await items.close();
  millis.roadmap_items = performance.now() - itemsStarted;
  await write("roadmap_item_dependencies", dependencies);
  await write("roadmap_item_findings", links);

  // Revisions of the roadmaps that were submitted (their snapshots taken by PostgreSQL from
  // the items just written, in takeSnapshot's shape) and the parliaments' decisions.
  const revisions: Row[] = [];
  const decisions: Row[] = [];
  for (const plan of plans) {
    if (plan.status === "DRAFT") continue;
    const submittedDay = Math.min(TODAY - 1, plan.phase.end + 20);
    const submitter = plan.phase.lead?.user ?? plan.mission.coordinator;
    const reviewer = random.pick(plan.mission.parliament.staff);
    const first = random.uuid();
    revisions.push({
      id: first,
      roadmapId: plan.id,
      number: 1,
      kind: "SUBMISSION",
      createdById: submitter.id,
      createdAt: at(submittedDay, 15 * 60),
    });
    if (plan.status === "IN_REVIEW") continue;
    const decidedAt = at(Math.min(TODAY, submittedDay + 14), 10 * 60);
    const endorse = plan.status === "ENDORSED";
    decisions.push({
      id: random.uuid(),
      roadmapId: plan.id,
      revisionId: first,
      decision: endorse ? "ENDORSE" : "REQUEST_CHANGES",
      comment: endorse
        ? "Endorsed by the ICT steering committee."
        : "Please cost the training items and add a KPI for the website.",
      decidedById: reviewer.id,
      createdAt: decidedAt,
    });
    if (endorse)
      revisions.push({
        id: random.uuid(),
        roadmapId: plan.id,
        number: 2,
        kind: "ENDORSEMENT",
        createdById: reviewer.id,
        createdAt: decidedAt,
      });
  }
  await timed("roadmap_revisions", () => writeRevisions(db, revisions, report));
  await write("review_decisions", decisions);

  // VACUUM too: PGlite has no autovacuum, and without it no page is marked all-visible, so
  // an index-only scan reads the table (findings.list's count: 300 ms instead of 10 at
  // scale 0.2); on PostgreSQL it does what autovacuum would do a little later.
  await db.prisma.$executeRawUnsafe("VACUUM (ANALYZE)");
  return { rows, millis, benchAccounts, password: BENCH_PASSWORD };
}

type Queryable = Pick<Database["prisma"], "$queryRawUnsafe">;

/** The application's tables (all of schema public but Prisma's migration log). */
export async function appTables(db: Queryable): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

/** The application's tables that hold at least one row: the seed refuses such a database unless forced. */
export async function tablesWithRows(db: Database): Promise<string[]> {
  const filled: string[] = [];
  for (const name of await appTables(db.prisma)) {
    const rows = await db.prisma.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM "${name}" LIMIT 1`);
    if (rows.length) filled.push(name);
  }
  return filled;
}

/**
 * Empties every application table (--force), in one transaction; the record tables'
 * triggers that refuse TRUNCATE (docs/security.md) are off inside it only, which takes the
 * database owner's role, as restoring a backup does.
 */
export async function emptyDatabase(db: Database): Promise<void> {
  await db.prisma.$transaction(
    async (tx) => {
      const tables = await appTables(tx);
      for (const name of tables) await tx.$executeRawUnsafe(`ALTER TABLE "${name}" DISABLE TRIGGER USER`);
      await tx.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t}"`).join(", ")}`);
      for (const name of tables) await tx.$executeRawUnsafe(`ALTER TABLE "${name}" ENABLE TRIGGER USER`);
    },
    { timeout: 10 * 60_000 },
  );
}

/** The snapshot of each revision's roadmap, built by PostgreSQL from the stored items, in takeSnapshot's shape. */
async function writeRevisions(db: Database, revisions: Row[], report: ProgressReporter): Promise<number> {
  const progress = { table: "roadmap_revisions", done: 0, total: revisions.length, startedAt: performance.now() } as {
    table: string;
    done: number;
    total: number;
    startedAt: number;
    finishedAt?: number;
  };
  report(progress);
  const BATCH = 200;
  // Submissions first, endorsements in statements of their own after them: an endorsement
  // stores its submission's snapshot again, as the app does.
  const batches: Row[][] = [];
  for (const kind of ["SUBMISSION", "ENDORSEMENT"]) {
    const ofKind = revisions.filter((r) => r.kind === kind);
    for (let i = 0; i < ofKind.length; i += BATCH) batches.push(ofKind.slice(i, i + BATCH));
  }
  for (const batch of batches) {
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "roadmap_revisions" ("id","roadmapId","number","kind","snapshot","createdById","createdAt")
       SELECT v.id, v."roadmapId", v.number, v.kind::"RevisionKind", CASE WHEN v.kind = 'ENDORSEMENT'
         THEN (SELECT s.snapshot FROM "roadmap_revisions" s WHERE s."roadmapId" = v."roadmapId" AND s.number = v.number - 1)
         ELSE (SELECT jsonb_build_object(
           'roadmap', jsonb_build_object('title', r.title, 'vision', r.vision, 'horizonStart', r."horizonStart", 'horizonEnd', r."horizonEnd"),
           'items', COALESCE((
             SELECT jsonb_agg(jsonb_build_object(
               'id', it.id, 'title', it.title, 'description', it.description, 'area', it.area,
               'strategicObjective', it."strategicObjective", 'responsibleUnit', it."responsibleUnit",
               'priority', it.priority, 'term', it.term,
               'startDate', to_char(it."startDate", 'YYYY-MM-DD'), 'endDate', to_char(it."endDate", 'YYYY-MM-DD'),
               'costEstimate', it."costEstimate"::text, 'currency', it.currency, 'fundingSource', it."fundingSource",
               'expectedBenefit', it."expectedBenefit", 'kpi', it.kpi,
               -- Progress as it was when submitted: nothing had started.
               'progress', 'NOT_STARTED', 'progressNote', NULL, 'position', it.position,
               'dependsOn', COALESCE((SELECT jsonb_agg(d."dependsOnId" ORDER BY d."dependsOnId") FROM "roadmap_item_dependencies" d WHERE d."itemId" = it.id), '[]'::jsonb),
               'findingIds', COALESCE((SELECT jsonb_agg(l."findingId" ORDER BY l."findingId") FROM "roadmap_item_findings" l WHERE l."itemId" = it.id), '[]'::jsonb)
             ) ORDER BY it.position, it.id)
             FROM "roadmap_items" it WHERE it."roadmapId" = r.id), '[]'::jsonb))
         FROM "roadmaps" r WHERE r.id = v."roadmapId") END, v."createdById", v."createdAt"
       FROM json_to_recordset($1::json) AS v(id text, "roadmapId" text, number int, kind text, "createdById" text, "createdAt" timestamp(3))`,
      JSON.stringify(batch),
    );
    progress.done += batch.length;
    report(progress);
  }
  progress.finishedAt = performance.now();
  report(progress);
  return progress.done;
}
