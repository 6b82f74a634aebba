// Traceability (docs/roadmaps.md, "Editing"): coverage of a mission's validated findings by
// its roadmap's items, on a known set, and the items proposed from the high and critical
// findings no item answers yet.
import type { SessionUser } from "@hemicycle/server/context";
import { roadmapCoverage } from "@hemicycle/server/services/roadmap-coverage";
import { beforeAll, describe, expect, it } from "vitest";
import { createFindingOf, createItems, linkFindings } from "../factories/roadmap-editing.ts";
import { createRoadmapAt, type RoadmapFixture } from "../factories/roadmap-review.ts";
import { createExpert, createParliament, createUser } from "../factories/records.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { appErrorOf } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

let parliamentId: string;
let lead: SessionUser;
let staff: SessionUser;
let outsider: SessionUser;

type Finding = Awaited<ReturnType<typeof createFindingOf>>;
let r: RoadmapFixture;
let f: Record<string, Finding>;
let items: Record<"answersTwo" | "answersLow" | "answersNothing" | "answersADraft", string>;

beforeAll(async () => {
  parliamentId = (await createParliament(db())).id;
  lead = await createUser(db(), { role: "EXPERT", expertId: (await createExpert(db())).id });
  outsider = await createUser(db(), { role: "EXPERT", expertId: (await createExpert(db())).id });
  staff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId });
  r = await createRoadmapAt(db(), {
    parliamentId,
    stage: "DRAFT",
    items: 0,
    team: [{ expertId: lead.expertId!, role: "LEAD" }],
  });
  const on = (
    severity: Finding["severity"],
    title: string,
    more: Partial<Parameters<typeof createFindingOf>[1]> = {},
  ) => createFindingOf(db(), { phaseId: r.phaseId, authorId: lead.id, severity, title, ...more });
  f = {
    critical1: await on("CRITICAL", "No backups", { area: "SEC", recommendation: "Back up offsite every night" }),
    critical2: await on("CRITICAL", "No firewall", { area: "SEC", recommendation: "Install a firewall" }),
    high1: await on("HIGH", "Bills on paper", { area: "LEG" }),
    high2: await on("HIGH", "Website outdated", { area: "WEB" }),
    high3: await on("HIGH", "No ICT committee", { area: "GOV", recommendation: null }),
    medium1: await on("MEDIUM", "Slow network", { area: "INF" }),
    medium2: await on("MEDIUM", "Library catalogue on cards", { area: "LIB" }),
    low1: await on("LOW", "No social media policy", { area: "CIT" }),
    // Not counted: not validated.
    submittedHigh: await on("HIGH", "Submitted", { status: "SUBMITTED" }),
    draftCritical: await on("CRITICAL", "Draft", { status: "DRAFT" }),
  };
  // Not counted: a validated finding of another mission of the same parliament.
  const other = await createRoadmapAt(db(), { parliamentId, stage: "DRAFT", items: 0 });
  await createFindingOf(db(), { phaseId: other.phaseId, authorId: lead.id, severity: "CRITICAL" });

  const [answersTwo, answersLow, answersNothing, answersADraft] = await createItems(db(), r.roadmapId, [
    "Backup and document system",
    "Website and social media",
    "Training",
    "Firewall draft",
  ]);
  items = {
    answersTwo: answersTwo!,
    answersLow: answersLow!,
    answersNothing: answersNothing!,
    answersADraft: answersADraft!,
  };
  await linkFindings(db(), items.answersTwo, [f.critical1!.id, f.high1!.id]);
  await linkFindings(db(), items.answersLow, [f.high2!.id, f.low1!.id, f.high1!.id]);
  await linkFindings(db(), items.answersADraft, [f.draftCritical!.id]);
});

const summary = (x: Finding) => ({ id: x.id, title: x.title, severity: x.severity, area: x.area });

describe("roadmaps.coverage", () => {
  it("counts the validated findings of the mission answered by an item, by severity", async () => {
    expect(await as(lead).roadmaps.coverage({ id: r.roadmapId })).toEqual({
      highCritical: { total: 5, answered: 3, percent: 60 },
      bySeverity: [
        { severity: "CRITICAL", total: 2, answered: 1 },
        { severity: "HIGH", total: 3, answered: 2 },
        { severity: "MEDIUM", total: 2, answered: 0 },
        { severity: "LOW", total: 1, answered: 1 },
      ],
      // Most severe first, then by area.
      unansweredFindings: [summary(f.critical2!), summary(f.high3!), summary(f.medium1!), summary(f.medium2!)],
      itemsWithoutFindings: [{ id: items.answersNothing, title: "Training" }],
    });
  });

  it("counts for the parliament's staff within their reach: an item answering only a draft answers nothing to them", async () => {
    await prisma().roadmap.update({ where: { id: r.roadmapId }, data: { status: "IN_REVIEW" } });
    try {
      const seen = await as(staff).roadmaps.coverage({ id: r.roadmapId });
      expect(seen.highCritical).toEqual({ total: 5, answered: 3, percent: 60 });
      expect(seen.itemsWithoutFindings.map((i) => i.id)).toEqual([items.answersNothing, items.answersADraft]);
      // The PDF export calls the service itself.
      expect(await roadmapCoverage(prisma(), staff, r.roadmapId)).toEqual(seen);
    } finally {
      await prisma().roadmap.update({ where: { id: r.roadmapId }, data: { status: "DRAFT" } });
    }
  });

  it("says null rather than a percentage when there is no high or critical finding", async () => {
    const empty = await createRoadmapAt(db(), {
      parliamentId,
      stage: "DRAFT",
      team: [{ expertId: lead.expertId!, role: "MEMBER" }],
    });
    await createFindingOf(db(), { phaseId: empty.phaseId, authorId: lead.id, severity: "LOW" });
    const coverage = await as(lead).roadmaps.coverage({ id: empty.roadmapId });
    expect(coverage.highCritical).toEqual({ total: 0, answered: 0, percent: null });
    expect(coverage.itemsWithoutFindings).toHaveLength(2);
  });

  it("answers NOT_FOUND out of reach", async () => {
    expect((await appErrorOf(as(outsider).roadmaps.coverage({ id: r.roadmapId }))).trpcCode).toBe("NOT_FOUND");
    expect((await appErrorOf(as(staff).roadmaps.coverage({ id: r.roadmapId }))).trpcCode).toBe("NOT_FOUND");
  });
});

describe("roadmaps.proposeItems", () => {
  it("proposes one item per validated high or critical finding no item answers, from its recommendation", async () => {
    expect(await as(lead).roadmaps.proposeItems({ id: r.roadmapId })).toEqual([
      {
        findingId: f.critical2!.id,
        findingTitle: "No firewall",
        severity: "CRITICAL",
        area: "SEC",
        title: "No firewall",
        description: "Install a firewall",
        priority: "HIGH",
        term: "SHORT",
        findingIds: [f.critical2!.id],
      },
      {
        findingId: f.high3!.id,
        findingTitle: "No ICT committee",
        severity: "HIGH",
        area: "GOV",
        title: "No ICT committee",
        description: null,
        priority: "HIGH",
        term: "MEDIUM",
        findingIds: [f.high3!.id],
      },
    ]);
  });

  it("stores nothing: accepting one creates the item, merging one links it, and coverage follows", async () => {
    const [firewall, committee] = await as(lead).roadmaps.proposeItems({ id: r.roadmapId });
    const { findingId: _findingId, findingTitle: _title, severity: _severity, ...accepted } = firewall!;
    const { item } = await as(lead).roadmaps.createItem({ roadmapId: r.roadmapId, ...accepted });
    expect(item).toMatchObject({ title: "No firewall", priority: "HIGH", findingIds: [f.critical2!.id] });
    await as(lead).roadmaps.linkFindings({
      itemId: items.answersNothing,
      findingIds: committee!.findingIds,
    });
    expect(await as(lead).roadmaps.proposeItems({ id: r.roadmapId })).toEqual([]);
    const coverage = await as(lead).roadmaps.coverage({ id: r.roadmapId });
    expect(coverage.highCritical).toEqual({ total: 5, answered: 5, percent: 100 });
    expect(coverage.itemsWithoutFindings).toEqual([]);
  });

  it("is for the editors: the parliament's staff are refused, an expert off the mission gets NOT_FOUND", async () => {
    await prisma().roadmap.update({ where: { id: r.roadmapId }, data: { status: "IN_REVIEW" } });
    try {
      expect((await appErrorOf(as(staff).roadmaps.proposeItems({ id: r.roadmapId }))).trpcCode).toBe("FORBIDDEN");
      expect((await appErrorOf(as(outsider).roadmaps.proposeItems({ id: r.roadmapId }))).trpcCode).toBe("NOT_FOUND");
    } finally {
      await prisma().roadmap.update({ where: { id: r.roadmapId }, data: { status: "DRAFT" } });
    }
  });
});
