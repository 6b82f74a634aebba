// A record out of the caller's reach answers as if it did not exist (issue 9, docs/security.md,
// "Scope"): every procedure that takes a record's id, query or mutation, given the id of a
// record the persona may not see answers exactly what it answers for an id that exists
// nowhere (NOT_FOUND, or FORBIDDEN when the role may not call it at all), never succeeds,
// and its refusal carries none of the record's text. Parliament A's staff are given
// parliament B's records and their own parliament's drafts; the expert on A1 the records
// of A2 (their parliament's other mission) and of B. Ids also go where a procedure
// references a record from one the caller may touch: a foreign finding linked to one's own
// roadmap item, a foreign item as a dependency, a foreign comment as the parent of a reply.
// The live feed (roadmaps.onChange) tells a viewer nothing of other roadmaps. A guard keeps
// the table complete: every procedure has a row or a reasoned exclusion.
import { randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCaller } from "@hemicycle/server/router";
import { TOR_SECTIONS } from "@hemicycle/shared/schemas/terms-of-reference";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contextFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { appErrorOf } from "../helpers/trpc-errors.ts";
import { call, procedureKinds, type Outcome } from "./scope-leakage-calls.ts";
import { buildWorld, leaksIn, serialize, type ScopePersona, type World } from "./scope-leakage-world.ts";

const db = useTestDatabase();
let world: World;
const filesDir = join(tmpdir(), `hc-scope-ids-${process.pid}`);

/** The records one persona is handed: ids of records out of their reach, or of none at all. */
type Ids = {
  mission: string;
  phase: string;
  finding: string;
  roadmap: string;
  item: string;
  comment: string;
  attachment: string;
  parliament: string;
  programme: string;
  expert: string;
  user: string;
  session: string;
  termsOfReference: string;
};

/** What the persona may touch, for the calls that reference a foreign record from their own. */
type Own = { roadmap: string; item: string; commentRoadmap: string; validationPhase: string; phase: string };

const FOREIGN: Record<string, (x: Ids, own: Own) => unknown> = {
  "auth.revokeSession": (x) => ({ id: x.session }),

  "parliaments.byId": (x) => ({ id: x.parliament }),
  "parliaments.overview": (x) => ({ parliamentId: x.parliament }),
  "parliaments.update": (x) => ({ id: x.parliament, version: 1, website: "https://example.org" }),
  "programmes.byId": (x) => ({ id: x.programme }),
  "programmes.update": (x) => ({ id: x.programme, version: 1, description: "Changed" }),
  "programmes.iatiSummary": (x) => ({ id: x.programme }),
  "experts.byId": (x) => ({ id: x.expert }),
  "experts.update": (x) => ({ id: x.expert, version: 1, languages: ["fr"] }),
  "experts.suggest": (x) => ({ phaseId: x.phase }),

  "missions.byId": (x) => ({ id: x.mission }),
  "missions.activity": (x) => ({ missionId: x.mission }),
  "missions.create": (x) => ({
    code: `SCOPE-${randomUUID().slice(0, 6)}`.toUpperCase(),
    title: "Scope",
    type: "WORKSHOP",
    parliamentId: x.parliament,
    programmeId: x.programme,
    phases: [{ kind: "WORKSHOP", startDate: "2031-01-06", endDate: "2031-01-07" }],
  }),
  "missions.update": (x) => ({ id: x.mission, version: 1, title: "Renamed" }),
  "missions.addPhase": (x) => ({
    missionId: x.mission,
    kind: "WORKSHOP",
    startDate: "2031-02-03",
    endDate: "2031-02-04",
  }),
  "missions.updatePhase": (x) => ({ id: x.phase, version: 1, location: "Elsewhere" }),
  "missions.assignExpert": (x) => ({ phaseId: x.phase, expertId: x.expert, role: "MEMBER" }),
  "missions.unassignExpert": (x) => ({ phaseId: x.phase, expertId: x.expert }),
  "missions.copyTeam": (x, own) => ({ fromPhaseId: x.phase, toPhaseId: own.phase }),
  "missions.setLead": (x) => ({ phaseId: x.phase, expertId: x.expert }),

  "findings.byId": (x) => ({ id: x.finding }),
  "findings.create": (x) => ({
    phaseId: x.phase,
    area: "SEC",
    kind: "RISK",
    severity: "HIGH",
    title: "Scope probe",
    description: "Scope probe",
  }),
  "findings.update": (x) => ({ id: x.finding, version: 1, severity: "LOW" }),
  "findings.setStatus": (x) => ({ id: x.finding, version: 1, status: "REJECTED", comment: "Scope probe" }),
  "findings.validateMany": (x) => ({ items: [{ id: x.finding, version: 1 }] }),
  "findings.compareAssessments": (x) => ({ missionId: x.mission }),
  "findings.revisitCandidates": (x) => ({ phaseId: x.phase }),
  "findings.removeAttachment": (x) => ({ id: x.attachment }),

  "roadmaps.byMission": (x) => ({ missionId: x.mission }),
  "roadmaps.byId": (x) => ({ id: x.roadmap }),
  "roadmaps.create": (x) => ({ missionId: x.mission, title: "Scope", horizonStart: 2027, horizonEnd: 2030 }),
  "roadmaps.update": (x) => ({ id: x.roadmap, version: 1, title: "Renamed" }),
  "roadmaps.createItem": (x) => ({ roadmapId: x.roadmap, title: "Scope item", area: "LEG" }),
  "roadmaps.updateItem": (x) => ({ id: x.item, version: 1, title: "Renamed" }),
  "roadmaps.removeItem": (x) => ({ id: x.item, version: 1 }),
  "roadmaps.reorderItems": (x) => ({ id: x.roadmap, version: 1, itemIds: [x.item] }),
  "roadmaps.setDependencies": (x) => ({ itemId: x.item, dependsOn: [] }),
  "roadmaps.linkFindings": (x) => ({ itemId: x.item, findingIds: [] }),
  "roadmaps.coverage": (x) => ({ id: x.roadmap }),
  "roadmaps.proposeItems": (x) => ({ id: x.roadmap }),
  "roadmaps.submitForReview": (x) => ({ id: x.roadmap, version: 1 }),
  "roadmaps.review": (x) => ({ id: x.roadmap, revision: 1, decision: "REQUEST_CHANGES", comment: "Scope probe" }),
  "roadmaps.revisions": (x) => ({ id: x.roadmap }),
  "roadmaps.compare": (x) => ({ id: x.roadmap, from: 1, to: "current" }),
  "roadmaps.markRevisionSeen": (x) => ({ id: x.roadmap, number: 1 }),
  "roadmaps.comments": (x) => ({ id: x.roadmap }),
  "roadmaps.onChange": (x) => ({ id: x.roadmap }),
  "roadmaps.comment": (x) => ({ roadmapId: x.roadmap, body: "Scope probe" }),
  "roadmaps.resolveComment": (x) => ({ id: x.comment, version: 1, resolved: true }),
  "roadmaps.updateProgress": (x) => ({ itemId: x.item, version: 1, progress: "DONE" }),

  "assessmentReport.content": (x) => ({ missionId: x.mission }),
  "termsOfReference.list": (x) => ({ missionId: x.mission }),
  "termsOfReference.sources": (x) => ({ missionId: x.mission }),
  "termsOfReference.create": (x) => ({
    missionId: x.mission,
    title: "Scope probe",
    language: "en",
    roadmapItemIds: [x.item],
  }),
  "termsOfReference.byId": (x) => ({ id: x.termsOfReference }),
  "termsOfReference.version": (x) => ({ id: x.termsOfReference, number: 1 }),
  "termsOfReference.compare": (x) => ({ id: x.termsOfReference, from: 1, to: 1 }),
  "termsOfReference.save": (x) => ({
    id: x.termsOfReference,
    version: 1,
    title: "Renamed",
    ...Object.fromEntries(TOR_SECTIONS.map((section) => [section, "Scope probe"])),
  }),

  // A report comment's id: a roadmap comment's is as foreign to it as one out of reach.
  "reportReview.comments": (x) => ({ phaseId: x.phase }),
  "reportReview.comment": (x) => ({ phaseId: x.phase, body: "Scope probe" }),
  "reportReview.deleteComment": (x) => ({ id: x.comment }),

  "users.update": (x) => ({ id: x.user, version: 1, name: "Renamed" }),

  // An export of a mission out of reach is refused as its direct route refuses it.
  "exportJobs.start": (x) => ({ kind: "findingsCsv", params: { missionId: x.mission } }),
};

/** A foreign record referenced from one the persona may touch. */
const REFERENCED: Record<string, (x: Ids, own: Own) => unknown> = {
  "findings.create revisiting a foreign finding": (x, own) => ({
    phaseId: own.validationPhase,
    area: "SEC",
    kind: "RISK",
    severity: "HIGH",
    title: "Scope probe",
    description: "Scope probe",
    revisitsId: x.finding,
    revisitOutcome: "STILL_OPEN",
  }),
  "roadmaps.createItem answering a foreign finding": (x, own) => ({
    roadmapId: own.roadmap,
    title: "Scope item",
    area: "LEG",
    findingIds: [x.finding],
  }),
  "roadmaps.linkFindings to a foreign finding": (x, own) => ({ itemId: own.item, findingIds: [x.finding] }),
  "roadmaps.setDependencies on a foreign item": (x, own) => ({ itemId: own.item, dependsOn: [x.item] }),
  "roadmaps.reorderItems with a foreign item": (x, own) => ({
    id: own.roadmap,
    version: 1,
    itemIds: [own.item, x.item],
  }),
  "roadmaps.comment on a foreign item": (x, own) => ({
    roadmapId: own.commentRoadmap,
    itemId: x.item,
    body: "Scope probe",
  }),
  "exportJobs.start of a foreign mission's report": (x) => ({
    kind: "assessmentReportPdf",
    params: { missionId: x.mission },
  }),
  "roadmaps.comment replying to a foreign comment": (x, own) => ({
    roadmapId: own.commentRoadmap,
    parentId: x.comment,
    body: "Scope probe",
  }),
};

/** Procedures that take no record's id, with the reason none is to be tried. */
const NO_RECORD_ID: Record<string, string> = {
  "auth.login": "an e-mail and a password",
  "auth.logout": "the caller's own session",
  "auth.me": "the caller",
  "auth.session": "the caller",
  "auth.sessions": "the caller's own sessions",
  "auth.revokeOtherSessions": "the caller's own sessions",
  "auth.changePassword": "the caller's own password",
  "auth.setLanguage": "the caller's own language",
  "parliaments.list": "a list: scope-leakage-queries.test.ts (its filters' ids included)",
  "parliaments.create": "a new record; managers only",
  "parliaments.importCsv": "new records; managers only",
  "programmes.list": "a list: scope-leakage-queries.test.ts",
  "programmes.funders": "a list: scope-leakage-queries.test.ts",
  "programmes.create": "a new record; managers only",
  "experts.list": "a list: scope-leakage-queries.test.ts",
  "experts.create": "a new record; managers only",
  "experts.importCsv": "new records; managers only",
  "missions.list": "a list: scope-leakage-queries.test.ts (its filters' ids included)",
  "findings.list": "a list: scope-leakage-queries.test.ts (its filters' ids included)",
  "findings.summary": "counts: scope-leakage-queries.test.ts (its filters' ids included)",
  "findings.reviewQueue": "a list: scope-leakage-queries.test.ts (its filters' ids included)",
  "findings.benchmark":
    "aggregates: scope-leakage-queries.test.ts (a foreign programme or parliament is NOT_FOUND there)",
  "roadmaps.list": "a list: scope-leakage-queries.test.ts (its filters' ids included)",
  "reportReview.inReview": "a list: scope-leakage-queries.test.ts",
  "calendar.range": "a range: scope-leakage-queries.test.ts (its filters' ids included)",
  "search.global": "a text: scope-leakage-queries.test.ts",
  "audit.list": "managers only: scope-leakage-queries.test.ts",
  "audit.actors": "managers only: scope-leakage-queries.test.ts",
  "dashboard.summary": "managers only: scope-leakage-queries.test.ts",
  "dashboard.expertHome": "the caller's own home: scope-leakage-queries.test.ts",
  "notifications.list": "the caller's own notices: scope-leakage-queries.test.ts",
  "notifications.unreadCount": "the caller's own notices",
  "notifications.onChange": "the caller's own unread count",
  "notifications.markAllRead": "the caller's own notices",
  "notifications.markRead":
    "notices' ids, the caller's own only: another user's changes nothing and answers as an id of nothing does, marked 0 (notifications-centre.test.ts)",
  "notifications.emailPreferences": "the caller's own account",
  "notifications.setEmailPreferences": "the caller's own account",
  "users.list": "admin only: scope-leakage-queries.test.ts",
  "users.create": "a new record; admin only",
  "exportJobs.list": "the caller's own export jobs",
  "exportJobs.onChange": "the caller's own export jobs",
  "exportJobs.byId": "an export job's id, the caller's own only: another user's is NOT_FOUND (export-jobs.test.ts)",
  "exportJobs.cancel": "an export job's id, the caller's own only: another user's is NOT_FOUND (export-jobs.test.ts)",
};

let seq = 0;
/** Ids of nothing: what "does not exist" answers. */
function nowhere(): Ids {
  const id = () => `nowhere${++seq}${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  return {
    mission: id(),
    phase: id(),
    finding: id(),
    roadmap: id(),
    item: id(),
    comment: id(),
    attachment: id(),
    parliament: id(),
    programme: id(),
    expert: id(),
    user: id(),
    session: id(),
    termsOfReference: id(),
  };
}

type Case = { persona: "staffA" | "expertA1"; label: string; ids: () => Ids; own: () => Own };
let foreignSession: string;

const CASES: Case[] = [
  {
    persona: "staffA",
    label: "parliament B's records",
    ids: () => recordsOf(world.B1, { directory: "B" }),
    own: () => ({
      roadmap: world.A1.roadmapId!,
      item: world.A1.itemIds[0]!,
      commentRoadmap: world.A1.roadmapId!,
      validationPhase: world.AV.phaseIds[0]!,
      phase: world.A1.phaseIds[0]!,
    }),
  },
  {
    persona: "staffA",
    label: "their parliament's drafts (a draft finding, a roadmap not yet submitted)",
    // Their parliament's missions, phases and directory are theirs to see: ids of nothing there.
    ids: () => ({
      ...nowhere(),
      finding: world.A1.findings.DRAFT!,
      roadmap: world.A2.roadmapId!,
      item: world.A2.itemIds[0]!,
      comment: world.A2.commentId!,
      attachment: (world as WorldWithDraftFile).draftAttachmentId,
    }),
    own: () => ({
      roadmap: world.A1.roadmapId!,
      item: world.A1.itemIds[0]!,
      commentRoadmap: world.A1.roadmapId!,
      validationPhase: world.AV.phaseIds[0]!,
      phase: world.A1.phaseIds[0]!,
    }),
  },
  ...(["A2", "B1"] as const).map((m): Case => ({
    persona: "expertA1",
    label: `mission ${m}'s records (not on its team)`,
    ids: () => recordsOf(world[m], { directory: null }),
    own: () => ({
      roadmap: world.AV.roadmapId!,
      item: world.AV.itemIds[0]!,
      commentRoadmap: world.A1.roadmapId!,
      validationPhase: world.AV.phaseIds[0]!,
      phase: world.AV.phaseIds[0]!,
    }),
  })),
];

type WorldWithDraftFile = World & { draftAttachmentId: string };

/** A mission's records; with `directory: "B"` parliament B's directory too (else ids of nothing). */
function recordsOf(m: World["A1"], options: { directory: "B" | null }): Ids {
  const none = nowhere();
  return {
    mission: m.missionId,
    phase: m.phaseIds[0]!,
    finding: m.findings.VALIDATED ?? m.findings.DRAFT!,
    roadmap: m.roadmapId!,
    item: m.itemIds[0]!,
    comment: m.commentId!,
    attachment: m.attachmentId ?? world.B1.attachmentId!,
    parliament: options.directory ? world.parliaments.B : none.parliament,
    programme: options.directory ? world.programmes.B : none.programme,
    expert: options.directory ? world.experts.B : none.expert,
    user: world.users.staffB.id,
    session: foreignSession,
    termsOfReference: termsOfReferenceOf.get(m.missionId) ?? none.termsOfReference,
  };
}

/** Terms of reference of missions A2 and B1, drafted by the coordinator from their roadmaps' items. */
const termsOfReferenceOf = new Map<string, string>();

beforeAll(async () => {
  world = await buildWorld(db(), filesDir);
  const draftFile = await db().prisma.attachment.findFirstOrThrow({
    where: { findingId: world.A1.findings.DRAFT! },
    select: { id: true },
  });
  (world as WorldWithDraftFile).draftAttachmentId = draftFile.id;
  for (const m of [world.A2, world.B1]) {
    const tor = await createCaller(contextFor(db(), world.users.coordinator)).termsOfReference.create({
      missionId: m.missionId,
      title: "ZQ terms of reference",
      language: "en",
      roadmapItemIds: [m.itemIds[0]!],
    });
    termsOfReferenceOf.set(m.missionId, tor.id);
  }
  foreignSession = randomUUID();
  await db().prisma.session.create({
    data: {
      id: foreignSession,
      token: randomUUID(),
      userId: world.users.staffB.id,
      expiresAt: new Date(Date.now() + 3_600_000),
    },
  });
}, 60_000);

afterAll(() => rm(filesDir, { recursive: true, force: true }));

describe("the table of procedures taking a record's id", () => {
  it("has a row (or a reasoned exclusion) for every procedure of the router, and none for one that is gone", () => {
    const paths = Object.keys(procedureKinds()).sort();
    expect(paths.length).toBeGreaterThan(60);
    expect(paths.filter((p) => !FOREIGN[p] && !NO_RECORD_ID[p])).toEqual([]);
    expect([...Object.keys(FOREIGN), ...Object.keys(NO_RECORD_ID)].filter((p) => !paths.includes(p))).toEqual([]);
    expect(Object.keys(FOREIGN).filter((p) => NO_RECORD_ID[p])).toEqual([]);
  });
});

/** A refusal as text: code, message and the domain error's details (what the client receives). */
const refusalText = (outcome: Outcome) => serialize(outcome);

async function outcome(persona: ScopePersona, path: string, input: unknown): Promise<Outcome> {
  return call(db(), world, persona, path.split(" ")[0]!, input);
}

const codeOf = (o: Outcome) => (o.ok ? "OK" : o.code);

describe.each(CASES)("$persona given $label", (c) => {
  it.each(Object.keys(FOREIGN).sort())("%s answers as for a record that does not exist", async (path) => {
    const foreign = await outcome(c.persona, path, FOREIGN[path]!(c.ids(), c.own()));
    const absent = await outcome(c.persona, path, FOREIGN[path]!(nowhere(), c.own()));
    expect(codeOf(absent), `${path} for ids of nothing`).toMatch(/^(NOT_FOUND|FORBIDDEN)$/);
    expect(codeOf(foreign)).toBe(codeOf(absent));
    expect(leaksIn(refusalText(foreign), c.persona, world)).toEqual([]);
  });

  it.each(Object.keys(REFERENCED).sort())("%s answers as for a record that does not exist", async (label) => {
    const foreign = await outcome(c.persona, label, REFERENCED[label]!(c.ids(), c.own()));
    const absent = await outcome(c.persona, label, REFERENCED[label]!(nowhere(), c.own()));
    expect(codeOf(absent), `${label} for ids of nothing`).not.toBe("OK");
    expect(codeOf(foreign)).toBe(codeOf(absent));
    expect(leaksIn(refusalText(foreign), c.persona, world)).toEqual([]);
  });
});

describe("a refused attempt on one's record", () => {
  it("is never named as the last save in a conflict's current record", async () => {
    const as = (persona: "expertA1" | "staffB") => createCaller(contextFor(db(), world.users[persona]));
    const draft = world.AV.findings.DRAFT!;
    await as("expertA1").findings.update({ id: draft, version: 1, severity: "HIGH", subArea: null });
    // Parliament B's staff try to change it: refused, and the refusal is in the audit log.
    await expect(as("staffB").findings.update({ id: draft, version: 2, severity: "LOW" })).rejects.toThrow();
    const stale = await appErrorOf(as("expertA1").findings.update({ id: draft, version: 1, severity: "LOW" }));
    expect(stale.trpcCode).toBe("CONFLICT");
    expect(stale.details?.current.savedBy.id).toBe(world.users.expertA1.id);
    expect(leaksIn(serialize(stale), "expertA1", world)).toEqual([]);
  });
});

describe("the live feed (roadmaps.onChange)", () => {
  /** Resolves with what `promise` gave, or "timeout" after `ms`. */
  const within = <T>(promise: Promise<T>, ms: number) =>
    Promise.race([promise, new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), ms))]);

  async function openFeed(persona: ScopePersona, roadmapId: string) {
    const abort = new AbortController();
    const caller = createCaller(contextFor(db(), world.users[persona]), { signal: abort.signal });
    const feed = (await caller.roadmaps.onChange({ id: roadmapId }))[Symbol.asyncIterator]();
    return { next: () => feed.next(), close: () => abort.abort() };
  }
  const as = (persona: ScopePersona) => createCaller(contextFor(db(), world.users[persona]));

  it.each([
    ["staffA", () => world.B1.roadmapId!, () => world.A1.roadmapId!],
    ["expertA1", () => world.A2.roadmapId!, () => world.AV.roadmapId!],
  ] as const)(
    "tells %s nothing of another roadmap's changes, and of their own roadmap's without a foreign word",
    async (persona, foreignRoadmap, ownRoadmap) => {
      const feed = await openFeed(persona, ownRoadmap());
      const notice = feed.next();
      await as("coordinator").roadmaps.comment({ roadmapId: foreignRoadmap(), body: "ZQBMIS ZQA2MIS elsewhere" });
      expect(await within(notice, 300)).toBe("timeout");
      await as("coordinator").roadmaps.comment({ roadmapId: ownRoadmap(), body: "Here" });
      const received = await within(notice, 2000);
      expect(received).toMatchObject({ done: false, value: { kind: "comment" } });
      expect(leaksIn(serialize(received), persona, world)).toEqual([]);
      feed.close();
    },
  );
});
