// Terms of reference (docs/documents.md, "Terms of reference"): a draft written from the
// chosen findings and roadmap items, section by section; versions saved one after the
// other, each naming the version it was edited from (a stale one answers CONFLICT with the
// latest text); who may draft, edit and read, and what the others are told.
import type { SessionUser } from "@hemicycle/server/context";
import { translator } from "@hemicycle/server/lib/translate";
import { MAX_TOR_SECTION_LENGTH, TOR_SECTIONS } from "@hemicycle/shared/schemas/terms-of-reference";
import { beforeAll, describe, expect, it } from "vitest";
import { createExpert, createParliament, createUser, day } from "../factories/records.ts";
import { createTorSources, sectionsNamed, type TorSourcesFixture } from "../factories/terms-of-reference.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { appErrorOf, issuePaths, rejection } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser | null) => callerFor(db(), user);

let parliamentId: string;
let parliamentName: string;
let admin: SessionUser;
let coordinator: SessionUser;
let lead: SessionUser;
let outsider: SessionUser;
let staff: SessionUser;
let otherStaff: SessionUser;
let src: TorSourcesFixture;

beforeAll(async () => {
  const parliament = await createParliament(db(), { countryCode: "ME" });
  parliamentId = parliament.id;
  parliamentName = parliament.name;
  const otherParliamentId = (await createParliament(db())).id;
  admin = await createUser(db(), { role: "ADMIN" });
  coordinator = await createUser(db(), { role: "COORDINATOR" });
  lead = await createUser(db(), { role: "EXPERT", expertId: (await createExpert(db())).id });
  outsider = await createUser(db(), { role: "EXPERT", expertId: (await createExpert(db())).id });
  staff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId });
  otherStaff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId: otherParliamentId });
  src = await createTorSources(db(), { parliamentId, leadExpertId: lead.expertId!, authorId: lead.id });
});

/** A draft from every validated finding and both roadmap items of the fixture's mission. */
function draftAll(user: SessionUser, language: "en" | "fr" | "es" | "ar" = "en") {
  return as(user).termsOfReference.create({
    missionId: src.missionId,
    title: "Legislative information system",
    language,
    findingIds: Object.values(src.findings).map((f) => f.id),
    roadmapItemIds: [src.items.lis.id, src.items.portal.id],
  });
}

/** The text of one section, from its heading (### …) to the next. */
function subsection(markdown: string, heading: string): string {
  const start = markdown.indexOf(`### ${heading}`);
  if (start < 0) return "";
  const rest = markdown.slice(start + 4);
  const end = rest.indexOf("### ");
  return end < 0 ? rest : rest.slice(0, end);
}

describe("termsOfReference.create: the generated draft", () => {
  it("writes each of the eight sections from the parliament, the mission, the findings and the items", async () => {
    const tor = await draftAll(lead);
    const text = tor.latest;
    const tr = translator("en");
    expect(tor).toMatchObject({ missionId: src.missionId, title: "Legislative information system", version: 1 });
    expect(text).toMatchObject({ number: 1, language: "en", author: { id: lead.id } });

    // Background: the parliament (its country in words), the mission, the findings, the roadmap.
    expect(text.background).toContain(parliamentName);
    expect(text.background).toContain("Montenegro");
    expect(text.background).toContain(src.missionCode);
    expect(text.background).toContain("Assess the parliament's ICT");
    expect(text.background).toContain(src.findings.bills.title);
    expect(text.background).toContain("A paperless, open parliament");

    // Objectives: the items' strategic objectives, or their titles.
    expect(text.objectives).toContain(`A transparent legislative process: ${src.items.lis.title}`);
    expect(text.objectives).toContain(`- ${src.items.portal.title}`);

    // Scope: the ICT areas touched, with the findings' sub-areas.
    expect(text.scope).toContain(`${tr.t("ictArea.LEG")} (Document management)`);
    for (const area of ["INF", "SEC", "WEB"] as const) expect(text.scope).toContain(tr.t(`ictArea.${area}`));
    expect(text.scope).not.toContain(tr.t("ictArea.LIB"));

    // Functional requirements: recommendations and item descriptions, numbered, under their area.
    const legislative = subsection(text.functionalRequirements, tr.t("ictArea.LEG"));
    expect(legislative).toContain(src.findings.bills.recommendation);
    expect(legislative).toContain("Drafting, tabling and amending bills online");
    expect(legislative).toMatch(/^- \*\*FR-\d\d\*\* /m);
    expect(text.functionalRequirements).toContain("**FR-01**");
    expect(subsection(text.functionalRequirements, tr.t("ictArea.WEB"))).toContain(src.findings.website.recommendation);

    // Technical requirements: from the infrastructure, legislative-document and security findings only.
    expect(text.technicalRequirements).toContain(src.findings.network.recommendation);
    expect(text.technicalRequirements).toContain(src.findings.security.recommendation);
    expect(text.technicalRequirements).toContain(src.findings.bills.recommendation);
    expect(text.technicalRequirements).not.toContain(src.findings.website.recommendation);
    expect(text.technicalRequirements).toMatch(/\*\*TR-01\*\*/);

    // Deliverables from the items (with their KPI), timeline from their dates and terms.
    expect(text.deliverables).toContain(
      `${src.items.lis.title}, measured by: All bills of the 2038 session tabled in the system`,
    );
    expect(text.deliverables).toMatch(/^1\. /m);
    expect(text.timeline).toContain(tr.formatDate(day("2037-02-01")));
    expect(text.timeline).toContain(tr.formatDate(day("2038-06-30")));
    expect(text.timeline).toContain(`${src.items.portal.title}: ${tr.t("term.LONG")}`);

    // Qualifications from the areas.
    expect(text.qualifications).toContain(tr.t("torDocument.qualifications.area.LEG"));
    expect(text.qualifications).toContain(tr.t("torDocument.qualifications.area.SEC"));
    expect(text.qualifications).not.toContain(tr.t("torDocument.qualifications.area.LIB"));

    expect(text.findingIds.sort()).toEqual(
      Object.values(src.findings)
        .map((f) => f.id)
        .sort(),
    );
    expect(text.roadmapItemIds).toEqual([src.items.lis.id, src.items.portal.id]);
    expect(tor.versions.map((v) => v.number)).toEqual([1]);
    expect(tor.viewer).toEqual({ mayEdit: true });
  });

  it("from findings alone, takes the objectives from them and says the dates are to be agreed", async () => {
    const tor = await as(coordinator).termsOfReference.create({
      missionId: src.missionId,
      title: "Backups",
      language: "en",
      findingIds: [src.findings.security.id],
    });
    expect(tor.latest.objectives).toContain(src.findings.security.title);
    expect(tor.latest.timeline).toBe(translator("en").t("torDocument.timeline.undated"));
    expect(tor.latest.functionalRequirements).toContain(src.findings.security.recommendation);
    expect(tor.latest.scope).not.toContain(translator("en").t("ictArea.LEG"));
  });

  it("keeps the chosen language on the version", async () => {
    const tor = await draftAll(coordinator, "fr");
    expect(tor.latest.language).toBe("fr");
    const fr = translator("fr");
    expect(tor.latest.background).toContain(
      fr.t("torDocument.background.findings", { count: 4 }).split(" ").slice(0, 3).join(" "),
    );
  });

  it("is audited with its sources", async () => {
    const tor = await draftAll(lead);
    const event = await prisma().auditEvent.findFirstOrThrow({
      where: { entityType: "termsOfReference", entityId: tor.id, action: "termsOfReference.create" },
      select: { actorId: true, after: true },
    });
    expect(event.actorId).toBe(lead.id);
    expect(event.after).toMatchObject({
      missionId: src.missionId,
      language: "en",
      roadmapItemIds: [src.items.lis.id, src.items.portal.id],
    });
  });

  it("refuses findings not validated or not of the mission, items of another roadmap, and no sources, by field", async () => {
    const other = await createTorSources(db(), { parliamentId, leadExpertId: lead.expertId!, authorId: lead.id });
    const base = { missionId: src.missionId, title: "T", language: "en" as const };
    const draft = await appErrorOf(as(lead).termsOfReference.create({ ...base, findingIds: [src.draftFindingId] }));
    expect(draft).toMatchObject({ reason: "VALIDATION", fieldErrors: { findingIds: ["invalidChoice"] } });
    const elsewhere = await appErrorOf(
      as(lead).termsOfReference.create({ ...base, findingIds: [other.findings.bills.id] }),
    );
    expect(elsewhere.fieldErrors).toEqual({ findingIds: ["invalidChoice"] });
    const item = await appErrorOf(as(lead).termsOfReference.create({ ...base, roadmapItemIds: [other.items.lis.id] }));
    expect(item.fieldErrors).toEqual({ roadmapItemIds: ["invalidChoice"] });
    const none = await rejection(as(lead).termsOfReference.create({ ...base, findingIds: [], roadmapItemIds: [] }));
    expect(none.code).toBe("BAD_REQUEST");
    const untitled = await rejection(
      as(lead).termsOfReference.create({ ...base, title: "  ", findingIds: [src.findings.bills.id] }),
    );
    expect(untitled.code).toBe("BAD_REQUEST");
    expect(await prisma().termsOfReference.count({ where: { title: "T" } })).toBe(0);
  });
});

describe("a draft too long to save", () => {
  it("is refused with torDraftTooLong, naming the section, rather than stored", async () => {
    const other = await createTorSources(db(), { parliamentId, leadExpertId: lead.expertId!, authorId: lead.id });
    const phase = await prisma().phase.findFirstOrThrow({
      where: { missionId: other.missionId },
      select: { id: true },
    });
    const long = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        prisma().finding.create({
          data: {
            phaseId: phase.id,
            authorId: lead.id,
            area: "WEB",
            kind: "GAP",
            severity: "HIGH",
            title: `Long finding ${i}`,
            description: "Long.",
            recommendation: "Publish. ".repeat(1000),
            status: "VALIDATED",
          },
          select: { id: true },
        }),
      ),
    );
    const refused = await appErrorOf(
      as(lead).termsOfReference.create({
        missionId: other.missionId,
        title: "Too long",
        language: "en",
        findingIds: long.map((f) => f.id),
      }),
    );
    expect(refused).toMatchObject({
      reason: "VALIDATION",
      message: {
        code: "torDraftTooLong",
        params: { section: "functionalRequirements", maximum: MAX_TOR_SECTION_LENGTH },
      },
      fieldErrors: { findingIds: ["torDraftTooLong"] },
    });
    expect(await prisma().termsOfReference.count({ where: { missionId: other.missionId } })).toBe(0);
  });
});

describe("versions", () => {
  it("saves each edit as a new version, keeps the old ones readable and audits the save", async () => {
    const tor = await draftAll(lead);
    const saved = await as(lead).termsOfReference.save({
      id: tor.id,
      version: 1,
      title: "Renamed",
      ...sectionsNamed("Second"),
    });
    expect(saved).toMatchObject({
      title: "Renamed",
      version: 2,
      latest: { number: 2, background: "Second background" },
    });
    expect(saved.latest.findingIds).toEqual(tor.latest.findingIds);
    expect(saved.versions.map((v) => v.number)).toEqual([2, 1]);

    const third = await as(coordinator).termsOfReference.save({
      id: tor.id,
      version: 2,
      title: "Renamed",
      ...sectionsNamed("Third"),
    });
    expect(third.versions.map((v) => [v.number, v.author.id])).toEqual([
      [3, coordinator.id],
      [2, lead.id],
      [1, lead.id],
    ]);

    const first = await as(staff).termsOfReference.version({ id: tor.id, number: 1 });
    expect(first.background).toBe(tor.latest.background);
    const compared = await as(lead).termsOfReference.compare({ id: tor.id, from: 2, to: 3 });
    expect(compared.changed).toEqual([...TOR_SECTIONS]);
    expect((await as(lead).termsOfReference.compare({ id: tor.id, from: 3, to: 3 })).changed).toEqual([]);
    expect((await appErrorOf(as(lead).termsOfReference.version({ id: tor.id, number: 9 }))).trpcCode).toBe("NOT_FOUND");

    const events = await prisma().auditEvent.findMany({
      where: { entityId: tor.id, action: "termsOfReference.save" },
      orderBy: { createdAt: "asc" },
      select: { before: true, after: true },
    });
    expect(events).toHaveLength(2);
    expect(events[0]!.before).toMatchObject({ title: "Legislative information system", version: 1 });
    expect(events[0]!.after).toMatchObject({
      title: "Renamed",
      version: 2,
      number: 2,
      background: "Second background",
    });
  });

  it("refuses a save from an older version with CONFLICT and the latest text, and stores nothing", async () => {
    const tor = await draftAll(lead);
    await as(coordinator).termsOfReference.save({
      id: tor.id,
      version: 1,
      title: "Theirs",
      ...sectionsNamed("Theirs"),
    });
    const stale = await appErrorOf(
      as(lead).termsOfReference.save({ id: tor.id, version: 1, title: "Mine", ...sectionsNamed("Mine") }),
    );
    expect(stale).toMatchObject({ trpcCode: "CONFLICT", reason: "STALE_VERSION" });
    expect(stale.details!.current).toMatchObject({
      title: "Theirs",
      number: 2,
      background: "Theirs background",
      author: { id: coordinator.id },
    });
    expect(await prisma().termsOfReferenceVersion.count({ where: { termsOfReferenceId: tor.id } })).toBe(2);
  });

  it("checks each section's length and the title, by field", async () => {
    const tor = await draftAll(lead);
    const error = await rejection(
      as(lead).termsOfReference.save({
        id: tor.id,
        version: 1,
        title: "",
        ...sectionsNamed("x"),
        scope: "x".repeat(MAX_TOR_SECTION_LENGTH + 1),
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(issuePaths(error).sort()).toEqual(["scope", "title"]);
  });
});

describe("who may", () => {
  it("lets the parliament's own staff read, not draft or save; tells the mission's experts and managers they may edit", async () => {
    const tor = await draftAll(lead);
    const seen = await as(staff).termsOfReference.byId({ id: tor.id });
    expect(seen.viewer).toEqual({ mayEdit: false });
    expect((await as(staff).termsOfReference.list({ missionId: src.missionId })).mayDraft).toBe(false);
    expect((await as(lead).termsOfReference.list({ missionId: src.missionId })).mayDraft).toBe(true);
    expect((await as(admin).termsOfReference.byId({ id: tor.id })).viewer).toEqual({ mayEdit: true });

    expect((await rejection(draftAll(staff))).code).toBe("FORBIDDEN");
    const save = rejection(
      as(staff).termsOfReference.save({ id: tor.id, version: 1, title: "T", ...sectionsNamed("S") }),
    );
    expect((await save).code).toBe("FORBIDDEN");
  });

  it("answers NOT_FOUND to another parliament's staff and to an expert not on the mission, for reads and writes", async () => {
    const tor = await draftAll(lead);
    for (const user of [otherStaff, outsider]) {
      expect((await rejection(as(user).termsOfReference.byId({ id: tor.id }))).code).toBe("NOT_FOUND");
      expect((await rejection(as(user).termsOfReference.version({ id: tor.id, number: 1 }))).code).toBe("NOT_FOUND");
      expect((await rejection(as(user).termsOfReference.list({ missionId: src.missionId }))).code).toBe("NOT_FOUND");
      expect((await rejection(draftAll(user))).code).toBe("NOT_FOUND");
      const save = as(user).termsOfReference.save({ id: tor.id, version: 1, title: "T", ...sectionsNamed("S") });
      expect((await rejection(save)).code).toBe("NOT_FOUND");
    }
    expect((await rejection(as(null).termsOfReference.byId({ id: tor.id }))).code).toBe("UNAUTHORIZED");
    expect(await prisma().termsOfReferenceVersion.count({ where: { termsOfReferenceId: tor.id } })).toBe(1);
  });

  it("offers the drafters the mission's validated findings and roadmap items, and refuses the staff", async () => {
    const sources = await as(lead).termsOfReference.sources({ missionId: src.missionId });
    expect(sources.findings.map((f) => f.id).sort()).toEqual(
      Object.values(src.findings)
        .map((f) => f.id)
        .sort(),
    );
    expect(sources.items.map((i) => i.id)).toEqual([src.items.lis.id, src.items.portal.id]);
    expect((await rejection(as(staff).termsOfReference.sources({ missionId: src.missionId }))).code).toBe("FORBIDDEN");
    expect((await rejection(as(outsider).termsOfReference.sources({ missionId: src.missionId }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("lists a mission's terms of reference newest first with their latest version", async () => {
    const { id } = await draftAll(lead);
    const listed = await as(staff).termsOfReference.list({ missionId: src.missionId });
    expect(listed.items[0]).toMatchObject({ id, version: 1, latest: { number: 1, language: "en" } });
  });
});
