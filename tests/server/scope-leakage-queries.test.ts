// Scope leakage beyond the authorization matrix (issue 9, docs/security.md, "Scope"):
// every query of the router, with each of its filters and sorts and every page of its
// cursor, answers parliament A's staff nothing of parliament B (nor anything unvalidated,
// unsubmitted or private), and an expert on mission A1 nothing of a mission they are not
// on. The answers are read as text for the markers planted in out-of-scope records
// (scope-leakage-world.ts) and for those records' ids; the coordinator and the admin, who
// see everything, are the controls that prove the markers are there to be found. A guard
// keeps this table complete: a new query or subscription fails here until it has a row.
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FINDING_SORTS } from "@hemicycle/shared/schemas/findings";
import { MISSION_SORTS } from "@hemicycle/shared/schemas/missions";
import { useTestDatabase } from "../helpers/database.ts";
import { callAllPages, procedureKinds, type Outcome } from "./scope-leakage-calls.ts";
import {
  MARKERS,
  PERSONAS,
  buildWorld,
  leaksIn,
  serialize,
  type Marker,
  type ScopePersona,
  type World,
} from "./scope-leakage-world.ts";
import { callerFor } from "../helpers/context.ts";
import { day } from "../factories/records.ts";

const db = useTestDatabase();
let world: World;
const filesDir = join(tmpdir(), `hc-scope-queries-${process.pid}`);

beforeAll(async () => {
  world = await buildWorld(db(), filesDir);
  // Writes through the API, so that the audit log and the activity feeds have events on
  // every mission: a draft by the expert on A1, a finding and a comment on B1.
  const as = (persona: ScopePersona | "expertB" | "staffB") => callerFor(db(), world.users[persona]);
  await as("expertA1").findings.create({
    phaseId: world.A1.phaseIds[0]!,
    area: "GOV",
    kind: "RISK",
    severity: "HIGH",
    title: "ZQDRAFT Avalon draft through the API",
    description: "ZQDRAFT written in the field",
  });
  await as("expertB").findings.create({
    phaseId: world.B1.phaseIds[0]!,
    area: "GOV",
    kind: "RISK",
    severity: "HIGH",
    title: "ZQBMIS Borduria finding through the API",
    description: "ZQBMIS written in the field",
  });
  await as("coordinator").roadmaps.comment({ roadmapId: world.B1.roadmapId!, body: "ZQBMIS coordinator's note" });
  await as("staffA").roadmaps.comment({ roadmapId: world.A1.roadmapId!, body: "Avalon staff's question" });
  // Refused attempts on A1's records by B's people, which the audit log records.
  const refused = (attempt: Promise<unknown>) =>
    attempt.then(
      () => expect.unreachable(),
      () => undefined,
    );
  await refused(as("expertB").missions.update({ id: world.A1.missionId, version: 1, title: "Taken" }));
  await refused(as("expertB").findings.update({ id: world.A1.findings.VALIDATED!, version: 1, severity: "LOW" }));
  await refused(as("staffB").roadmaps.comment({ roadmapId: world.A1.roadmapId!, body: "Probe" }));
  await refused(as("staffB").missions.updatePhase({ id: world.A1.phaseIds[0]!, version: 1, location: "Probe" }));
  // Terms of reference of A1, drafted from its validated finding and its roadmap's first item.
  torA1 = (
    await as("coordinator").termsOfReference.create({
      missionId: world.A1.missionId,
      title: "Avalon terms of reference",
      language: "en",
      findingIds: [world.A1.findings.VALIDATED!],
      roadmapItemIds: [world.A1.itemIds[0]!],
    })
  ).id;
}, 60_000);

let torA1: string;

afterAll(() => rm(filesDir, { recursive: true, force: true }));

/** A call some personas must be refused, with the code (the rest get an answer). */
class Refusing {
  constructor(
    readonly input: unknown,
    readonly codes: Partial<Record<ScopePersona, "FORBIDDEN" | "NOT_FOUND">>,
  ) {}
}
const refusing = (codes: Refusing["codes"], input: unknown) => new Refusing(input, codes);

/** Each query's calls: its filters and orders one by one, small pages so that cursors run. */
type Row = {
  calls: (w: World) => unknown[];
  /** Personas the procedure refuses by role (FORBIDDEN whatever the input): nothing to read. */
  refused?: ScopePersona[];
  /** Markers the controls (coordinator, admin) must find in this row's answers. */
  control?: Marker[];
};

const ALL_OUT_OF_A: Marker[] = ["ZQBDIR", "ZQBMIS", "ZQA2MIS", "ZQDRAFT"];
const CALENDAR = { from: day("2026-09-01"), to: day("2027-08-31") };
const NOT_MANAGERS: ScopePersona[] = ["staffA", "expertA1"];

const QUERIES: Record<string, Row> = {
  "auth.me": { calls: () => [undefined] },
  "auth.session": { calls: () => [undefined] },

  "parliaments.list": {
    calls: () => [
      { limit: 1 },
      { search: "ZQBDIR", limit: 1 },
      { search: "Parliament", limit: 2, sort: "country", order: "desc" },
      { region: "SADC", limit: 2, sort: "region" },
      { structure: "UNICAMERAL", limit: 2 },
    ],
    control: ["ZQBDIR"],
  },
  "parliaments.byId": { calls: (w) => [{ id: w.parliaments.A }] },
  "parliaments.overview": { calls: (w) => [{ parliamentId: w.parliaments.A }] },

  "programmes.list": {
    calls: () => [
      { limit: 1 },
      { search: "ZQBDIR", limit: 1 },
      { funder: "ZQBDIR Funder" },
      { activeIn: 2027, limit: 1, sort: "name", order: "asc" },
    ],
    control: ["ZQBDIR"],
  },
  "programmes.funders": { calls: () => [undefined], control: ["ZQBDIR"] },
  "programmes.byId": { calls: (w) => [{ id: w.programmes.A }] },
  "programmes.iatiSummary": { calls: (w) => [{ id: w.programmes.A }], refused: NOT_MANAGERS },

  "experts.list": {
    calls: () => [
      { limit: 1 },
      { search: "ZQBDIR", limit: 1 },
      { area: "SEC", limit: 2 },
      { language: "en", limit: 2, sort: "country" },
      // Availability tells of bookings on other parliaments' missions: not for staff.
      refusing({ staffA: "FORBIDDEN" }, { availableFrom: day("2027-01-12"), availableTo: day("2027-01-14"), limit: 2 }),
      { country: "ZA", limit: 2 },
    ],
    control: ["ZQBDIR"],
  },
  "experts.byId": {
    calls: (w) => [{ id: w.experts.A1 }, { id: w.experts.shared }, { id: w.experts.A2 }],
    control: ["ZQPRIV"],
  },
  "experts.suggest": { calls: (w) => [{ phaseId: w.A1.phaseIds[1]! }], refused: NOT_MANAGERS },

  "missions.list": {
    calls: (w) => [
      { limit: 1 },
      { search: "ZQ", limit: 1 },
      { search: "Avalon", limit: 1 },
      { parliamentId: w.parliaments.A, limit: 1 },
      { parliamentId: w.parliaments.B },
      { programmeId: w.programmes.A, limit: 1 },
      { programmeId: w.programmes.B },
      { status: "PLANNED", limit: 2 },
      { status: "IN_PROGRESS" },
      ...MISSION_SORTS.map((sort, i) => ({ sort, sortDirection: i % 2 ? "asc" : "desc", limit: 3 })),
    ],
    control: ["ZQBMIS", "ZQA2MIS"],
  },
  "missions.byId": { calls: (w) => [{ id: w.A1.missionId }, { id: w.AV.missionId }] },
  "missions.activity": {
    calls: (w) => [{ missionId: w.A1.missionId, limit: 1 }],
    control: ["ZQDRAFT"],
  },

  "findings.list": {
    calls: (w) => [
      { limit: 2 },
      { search: "ZQ", limit: 4 },
      { search: "Avalon", limit: 2 },
      { missionId: w.A1.missionId, limit: 1 },
      { missionId: w.B1.missionId },
      { missionId: w.A2.missionId },
      { phaseId: w.B1.phaseIds[0]! },
      { parliamentId: w.parliaments.A, limit: 2 },
      { parliamentId: w.parliaments.B },
      { area: ["SEC", "LIB"], limit: 2 },
      { severity: "CRITICAL", limit: 2 },
      { severity: ["HIGH", "LOW"], limit: 6 },
      { kind: "GAP", limit: 6 },
      { grade: 2, limit: 6 },
      { status: "DRAFT" },
      { status: ["SUBMITTED", "REJECTED"] },
      { status: "VALIDATED", limit: 6 },
      ...FINDING_SORTS.map((sort, i) => ({ sort, sortDirection: i % 2 ? "asc" : "desc", limit: 8 })),
    ],
    control: ALL_OUT_OF_A,
  },
  "findings.summary": {
    calls: (w) => [
      {},
      { search: "ZQ" },
      { missionId: w.B1.missionId },
      { missionId: w.A1.missionId },
      { parliamentId: w.parliaments.B },
      { phaseId: w.A2.phaseIds[0]! },
      { status: "DRAFT" },
      { area: "LIB" },
    ],
  },
  "findings.byId": {
    calls: (w) => [
      { id: w.A1.findings.VALIDATED! },
      // The validation's findings, revisiting A1's and A2's (the draft is staff's NOT_FOUND):
      // the expert on AV, not on A2, is not told the id of A2's finding (revisitsId null).
      ...w.AV.allFindings.map((id, i) => (i < 2 ? { id } : refusing({ staffA: "NOT_FOUND" }, { id }))),
    ],
  },
  "findings.reviewQueue": {
    calls: (w) => [
      { limit: 1 },
      { status: "DRAFT" },
      { status: "VALIDATED", limit: 2 },
      { status: "REJECTED" },
      { missionId: w.B1.missionId },
      { phaseId: w.A2.phaseIds[0]! },
      { area: "LEG", status: "VALIDATED" },
      { severity: "HIGH", status: "VALIDATED" },
    ],
    refused: ["staffA"],
    control: ["ZQBMIS", "ZQDRAFT"],
  },
  "findings.benchmark": {
    calls: (w) => [
      {},
      { region: "SADC" },
      { programmeId: w.programmes.A },
      refusing({ staffA: "NOT_FOUND" }, { programmeId: w.programmes.B }),
      { parliamentId: w.parliaments.A },
      refusing({ staffA: "NOT_FOUND" }, { parliamentId: w.parliaments.B }),
      { region: "SADC", programmeId: w.programmes.A },
    ],
    control: ["ZQBDIR"],
  },
  "findings.compareAssessments": { calls: (w) => [{ missionId: w.AV.missionId }] },
  "findings.revisitCandidates": { calls: (w) => [{ phaseId: w.AV.phaseIds[0]! }] },

  "roadmaps.byMission": {
    calls: (w) => [
      { missionId: w.A1.missionId },
      refusing({ expertA1: "NOT_FOUND" }, { missionId: w.A2.missionId }),
      { missionId: w.AV.missionId },
    ],
  },
  // Its items name the findings they answer by id (the ids check covers them).
  "roadmaps.byId": { calls: (w) => [{ id: w.A1.roadmapId! }] },
  "roadmaps.coverage": { calls: (w) => [{ id: w.A1.roadmapId! }] },
  // Proposals are the editors' (staff read the roadmap in review but do not edit it).
  "roadmaps.proposeItems": { calls: (w) => [{ id: w.A1.roadmapId! }], refused: ["staffA"] },
  "roadmaps.list": {
    calls: (w) => [
      { limit: 1 },
      { parliamentId: w.parliaments.A, limit: 1 },
      { parliamentId: w.parliaments.B },
      { status: "DRAFT" },
      { status: "IN_REVIEW" },
      { status: "ENDORSED" },
      { status: "CHANGES_REQUESTED" },
    ],
    control: ["ZQBMIS", "ZQA2MIS", "ZQDRAFT"],
  },
  "roadmaps.revisions": { calls: (w) => [{ id: w.A1.roadmapId! }] },
  // Since revision 1 the first item came to answer A2's finding and a rejected one: the
  // controls read their titles in the comparison, the expert and staff must not.
  "roadmaps.compare": {
    calls: (w) => [{ id: w.A1.roadmapId!, from: 1, to: "current" }],
    control: ["ZQA2MIS", "ZQDRAFT"],
  },
  "roadmaps.comments": { calls: (w) => [{ id: w.A1.roadmapId! }] },

  // A1's assessment is not yet in parliament review: its report is the team's alone.
  "reportReview.comments": { calls: (w) => [refusing({ staffA: "NOT_FOUND" }, { phaseId: w.A1.phaseIds[0]! })] },
  "reportReview.inReview": { calls: () => [undefined] },
  // The report holds A1's validated findings alone: never the draft written in the field.
  "assessmentReport.content": {
    calls: (w) => [
      refusing({ staffA: "NOT_FOUND" }, { missionId: w.A1.missionId }),
      refusing({ staffA: "NOT_FOUND" }, { missionId: w.A1.missionId, phaseId: w.A1.phaseIds[0]!, language: "fr" }),
    ],
  },

  // Drafted from validated findings only: the sources offer no draft either.
  "termsOfReference.list": { calls: (w) => [{ missionId: w.A1.missionId }] },
  "termsOfReference.sources": { calls: (w) => [{ missionId: w.A1.missionId }], refused: ["staffA"] },
  "termsOfReference.byId": { calls: () => [{ id: torA1 }] },
  "termsOfReference.version": { calls: () => [{ id: torA1, number: 1 }] },
  "termsOfReference.compare": { calls: () => [{ id: torA1, from: 1, to: 1 }] },

  "calendar.range": {
    calls: (w) => [
      { ...CALENDAR, by: "expert" },
      { ...CALENDAR, by: "mission" },
      { ...CALENDAR, expertId: w.experts.shared },
      { ...CALENDAR, expertId: w.experts.B, by: "mission" },
      { ...CALENDAR, missionId: w.B1.missionId },
      { ...CALENDAR, missionId: w.A2.missionId, by: "mission" },
      { ...CALENDAR, programmeId: w.programmes.B },
    ],
    refused: ["staffA"],
    control: ["ZQBMIS", "ZQA2MIS", "ZQPRIV"],
  },

  "search.global": {
    calls: () => [{ q: "ZQ" }, { q: "ZQBMIS" }, { q: "ZQBDIR" }, { q: "ZQDRAFT" }, { q: "ZQA2MIS" }, { q: "Avalon" }],
    control: ["ZQBDIR", "ZQBMIS", "ZQA2MIS"],
  },

  "audit.list": {
    calls: () => [{ limit: 1 }, { entityType: "finding", limit: 2 }],
    refused: NOT_MANAGERS,
    control: ["ZQBMIS", "ZQDRAFT"],
  },

  "audit.actors": { calls: () => [undefined], refused: NOT_MANAGERS, control: ["ZQBDIR"] },

  "dashboard.summary": {
    calls: (w) => [{}, { regionFilter: "SADC" }, { programmeId: w.programmes.B }],
    refused: NOT_MANAGERS,
    control: ["ZQBDIR", "ZQBMIS"],
  },
  // The expert's own home: their phases, findings and deadlines.
  "dashboard.expertHome": { calls: () => [undefined], refused: ["staffA", "coordinator", "admin"] },

  // The caller's own jobs only (none of anyone else's, whatever they export).
  "exportJobs.list": { calls: () => [undefined] },

  // The caller's own notices and preferences only (none of anyone else's).
  "notifications.list": { calls: () => [{ unreadOnly: false, limit: 2 }, { unreadOnly: true }] },
  "notifications.unreadCount": { calls: () => [undefined] },
  "notifications.emailPreferences": { calls: () => [undefined] },

  "users.list": {
    calls: () => [{ limit: 1 }, { search: "ZQBDIR" }, { role: "PARLIAMENT_STAFF" }],
    refused: ["staffA", "expertA1", "coordinator"],
    control: ["ZQBDIR"],
  },
};

/** Queries and subscriptions proven elsewhere, with the reason. */
const EXCLUDED: Record<string, string> = {
  "notifications.onChange":
    "the caller's own unread count, as notifications.unreadCount, then again on each change (notifications-centre.test.ts)",
  "auth.sessions": "the caller's own sessions only, by user id; another user's is NOT_FOUND (account-sessions.test.ts)",
  "roadmaps.onChange": "a subscription: scope-leakage-ids.test.ts opens it on foreign roadmaps and listens to others",
  "exportJobs.byId": "the caller's own job by id; another user's is NOT_FOUND (export-jobs.test.ts)",
  "exportJobs.onChange": "the caller's own jobs, as exportJobs.list, then again on each change (export-jobs.test.ts)",
};

describe("the table of queries", () => {
  it("has a row (or a reasoned exclusion) for every query and subscription of the router, and none for one that is gone", () => {
    const reads = Object.entries(procedureKinds())
      .filter(([, kind]) => kind !== "mutation")
      .map(([path]) => path)
      .sort();
    expect(reads.length).toBeGreaterThan(30);
    expect(reads.filter((p) => !QUERIES[p] && !EXCLUDED[p])).toEqual([]);
    expect([...Object.keys(QUERIES), ...Object.keys(EXCLUDED)].filter((p) => !reads.includes(p))).toEqual([]);
  });
});

/** Every answer of a row to a persona, each page of each call, as text. */
type Answer = { input: unknown; outcome: Outcome; refusal: string | undefined };

async function answersOf(path: string, persona: ScopePersona): Promise<Answer[]> {
  const row = QUERIES[path]!;
  const answers: Answer[] = [];
  for (const call of row.calls(world)) {
    const input = call instanceof Refusing ? call.input : call;
    const refusal = row.refused?.includes(persona)
      ? "FORBIDDEN"
      : call instanceof Refusing
        ? call.codes[persona]
        : undefined;
    for (const outcome of await callAllPages(db(), world, persona, path, input))
      answers.push({ input, outcome, refusal });
  }
  return answers;
}

describe.each(Object.keys(QUERIES).sort())("%s", (path) => {
  it.each(PERSONAS)("answers %s nothing outside their scope, with every filter and page", async (persona) => {
    const row = QUERIES[path]!;
    const answers = await answersOf(path, persona);
    const refused = row.refused?.includes(persona) ?? false;
    for (const { input, outcome, refusal } of answers) {
      const label = `${path}(${serialize(input)}) as ${persona}`;
      if (refusal) {
        expect(outcome.ok ? "OK" : outcome.code, label).toBe(refusal);
        continue;
      }
      if (!outcome.ok) throw new Error(`${label} failed: ${outcome.code} ${outcome.message}`);
      expect(leaksIn(serialize(outcome.value), persona, world), label).toEqual([]);
    }
    if (!refused && (persona === "admin" || persona === "coordinator")) {
      const text = answers.map(({ outcome }) => serialize(outcome.ok ? outcome.value : null)).join("\n");
      const seen = MARKERS.filter((m) => text.toUpperCase().includes(m));
      expect(seen, `${path} as ${persona}: the control sees the markers`).toEqual(
        expect.arrayContaining(row.control ?? []),
      );
    }
  });
});

/** Ids of records out of the persona's reach, one of each kind a list's cursor may name. */
function foreignCursors(persona: "staffA" | "expertA1"): string[] {
  const { A2, B1, parliaments, programmes, experts, users } = world;
  const ofMission = (m: typeof B1) => [m.missionId, m.allFindings[0]!, m.roadmapId!, m.commentId!];
  return persona === "staffA"
    ? [...ofMission(B1), world.A1.findings.DRAFT!, parliaments.B, programmes.B, experts.B, users.staffB.id]
    : [...ofMission(A2), ...ofMission(B1)];
}

describe.each(["staffA", "expertA1"] as const)("a cursor naming a record out of %s's reach", (persona) => {
  const paginated = Object.keys(QUERIES)
    .filter((path) => !QUERIES[path]!.refused?.includes(persona))
    .sort();

  it.each(paginated)("%s: pages as from a cursor of nothing, telling nothing", async (path) => {
    const first = QUERIES[path]!.calls(world).find(
      (c): c is Record<string, unknown> =>
        !(c instanceof Refusing) && typeof c === "object" && c !== null && "limit" in c,
    );
    if (!first) return; // Not a paged list.
    const nowhere = await callAllPages(db(), world, persona, path, { ...first, cursor: "nowhere0000000000000000" });
    for (const cursor of foreignCursors(persona)) {
      const outcomes = await callAllPages(db(), world, persona, path, { ...first, cursor });
      expect(serialize(outcomes), `${path} from ${cursor}`).toBe(serialize(nowhere));
    }
    expect(leaksIn(serialize(nowhere), persona, world)).toEqual([]);
  });
});

// Totals and aggregates hold no text to find markers in: each must count exactly what the
// persona may see, worked out here from the world's own ids (not from the server's scopes).
describe.each(["staffA", "expertA1"] as const)("the totals and aggregates %s reads", (persona) => {
  const visibleMissions = () =>
    persona === "staffA"
      ? [world.A1.missionId, world.A2.missionId, world.AV.missionId]
      : [world.A1.missionId, world.AV.missionId];
  const findingsWhere = () => ({
    phase: { missionId: { in: visibleMissions() } },
    ...(persona === "staffA" ? { status: "VALIDATED" as const } : {}),
  });
  const valueOf = async (path: string, input: unknown) => {
    const [outcome] = await callAllPages(db(), world, persona, path, input);
    if (!outcome?.ok) throw new Error(`${path} failed`);
    return outcome.value as Record<string, unknown>;
  };
  const itemsOf = async (path: string, input: unknown) =>
    (await callAllPages(db(), world, persona, path, input)).flatMap((o) =>
      o.ok ? ((o.value as { items: unknown[] }).items ?? []) : [],
    );
  const sum = (rows: unknown) => (rows as { count: number }[]).reduce((total, r) => total + r.count, 0);

  it("count only the missions, findings, roadmaps and directory entries within reach", async () => {
    const { prisma } = db();
    const missions = visibleMissions();
    const staff = persona === "staffA";
    const findings = await prisma.finding.count({ where: findingsWhere() });
    // The world holds more than the persona sees, so a total of everything would fail.
    expect(findings).toBeLessThan(await prisma.finding.count());
    expect(missions.length).toBeLessThan(await prisma.mission.count());
    expect((await valueOf("missions.list", {})).total).toBe(missions.length);
    expect((await valueOf("findings.list", {})).total).toBe(findings);
    expect((await valueOf("findings.summary", {})).total).toBe(findings);
    expect(sum((await valueOf("findings.summary", {})).cells)).toBe(findings);
    expect((await itemsOf("roadmaps.list", { limit: 2 })).length).toBe(
      await prisma.roadmap.count({
        where: { missionId: { in: missions }, ...(staff ? { status: { not: "DRAFT" as const } } : {}) },
      }),
    );
    const directory = {
      parliaments: staff ? 1 : await prisma.parliament.count(),
      programmes: staff ? 1 : await prisma.programme.count(),
      experts: staff
        ? await prisma.expert.count({ where: { assignments: { some: { phase: { missionId: { in: missions } } } } } })
        : await prisma.expert.count(),
    };
    expect((await valueOf("parliaments.list", {})).total).toBe(directory.parliaments);
    expect((await valueOf("programmes.list", {})).total).toBe(directory.programmes);
    expect((await valueOf("experts.list", {})).total).toBe(directory.experts);
  });

  it("count only what is within reach on parliament A's overview", async () => {
    const overview = await valueOf("parliaments.overview", { parliamentId: world.parliaments.A });
    expect(sum(overview.missionsByStatus)).toBe(visibleMissions().length);
    expect(sum(overview.validatedFindings)).toBe(
      await db().prisma.finding.count({ where: { ...findingsWhere(), status: "VALIDATED" } }),
    );
  });
});
