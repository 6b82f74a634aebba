// The programme's IATI activity file (docs/documents.md, "IATI export"): a programme with
// three missions (phases, findings, a roadmap costed in two currencies with KPIs) and the
// demo programmes validate with zero errors against the official IATI 2.03 activity
// schema (tests/data/iati-2.03, libxml2's xmllint compiled to WebAssembly); what the file
// says, element by element; awkward data (no missions, a mission without phases, names
// with & < > in Arabic and French, a cost without a currency, a control character); the
// download route's refusals and headers; the summary the page shows.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateXML } from "xmllint-wasm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { loadConfig } from "@hemicycle/server/config";
import { activityIdentifier } from "@hemicycle/server/exports/iati/iati-xml";
import { parseIatiSettings, type IatiSettings } from "@hemicycle/server/exports/iati/settings";
import { buildApp } from "@hemicycle/server/http/app";
import { seedDemoData } from "@hemicycle/server/seed/seed-demo";
import { programmeIatiFile, programmeIatiSummary } from "@hemicycle/server/services/programme-iati";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import type { SessionUser } from "@hemicycle/server/context";
import { createFinding, createMission, createParliament, day } from "../factories/records.ts";
import { callerFor, sessionUserByEmail } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { signInOverHttp } from "../helpers/http-session.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;

const SCHEMA_DIR = join(import.meta.dirname, "..", "data", "iati-2.03");
const schemaFile = (name: string) => ({ fileName: name, contents: readFileSync(join(SCHEMA_DIR, name), "utf8") });
const SCHEMA = schemaFile("iati-activities-schema.xsd");
const PRELOAD = [schemaFile("iati-common.xsd"), schemaFile("xml.xsd")];

/** The schema's complaints about a file: none for a valid one. */
async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: "activities.xml", contents: xml }],
    schema: [SCHEMA],
    preload: PRELOAD,
  });
  return result.errors.map((e) => e.rawMessage);
}

/** jsdom (the client tests' DOM) reads the file back as XML; it ships no types of its own. */
const { JSDOM } = createRequire(import.meta.url)("jsdom") as {
  JSDOM: new (text: string, options: { contentType: string }) => { window: { document: Document } };
};

function parse(xml: string): Document {
  return new JSDOM(xml, { contentType: "application/xml" }).window.document;
}

const NOW = new Date("2027-06-15T10:30:00.000Z");
const SETTINGS: IatiSettings = {
  reportingOrg: { ref: "XM-DAC-99-TEST", name: "Parliamentary Support Unit", type: "40" },
  language: "en",
  defaultCurrency: "USD",
};
const REF = SETTINGS.reportingOrg.ref;

let coordinator: SessionUser;
let rich: { programmeId: string; codes: string[]; findingTitle: string };
let awkward: { programmeId: string; emptyProgrammeId: string };

const AR_NAME = "مجلس النواب <الأردني> & الأعيان";
const FR_NAME = "Assemblée nationale « du Bénin » & <Sénat>";

async function roadmapFor(missionId: string, items: object[]) {
  await prisma().roadmap.create({
    data: {
      missionId,
      title: "ICT strategic plan",
      horizonStart: 2027,
      horizonEnd: 2029,
      items: { create: items.map((item, position) => ({ area: "LEG", title: `Item ${position}`, position, ...item })) },
    },
  });
}

beforeAll(async () => {
  await seedDemoData(prisma());
  coordinator = await sessionUserByEmail(db(), "coordinator@hemicycle.test");
  const author = await prisma().user.findUniqueOrThrow({ where: { email: "lead.expert@hemicycle.test" } });

  // The rich programme: three missions in three countries.
  const programme = await prisma().programme.create({
    data: {
      name: "IATI test programme",
      funders: ["European Union", "UNDP"],
      startDate: day("2027-01-01"),
      endDate: day("2029-12-31"),
      description: "ICT support to three parliaments.",
    },
  });
  const zm = await createParliament(db(), { name: "IATI National Assembly of Zambia", countryCode: "ZM" });
  const mw = await createParliament(db(), { name: "IATI National Assembly of Malawi", countryCode: "MW" });
  const ls = await createParliament(db(), { name: "IATI Parliament of Lesotho", countryCode: "LS" });
  const a = await createMission(db(), {
    parliamentId: zm.id,
    programmeId: programme.id,
    code: "IATI-ZMB-1",
    phases: [
      { kind: "ASSESSMENT", startDate: "2027-02-01", endDate: "2027-02-05", status: "FINALISED" },
      { kind: "STRATEGIC_PLAN", startDate: "2027-05-03", endDate: "2027-05-07", status: "FIELDWORK" },
    ],
  });
  await prisma().phase.update({
    where: { id: a.phases[0]!.id },
    data: { actualStartDate: day("2027-02-02"), actualEndDate: day("2027-02-06") },
  });
  await prisma().phase.update({ where: { id: a.phases[1]!.id }, data: { actualStartDate: day("2027-05-03") } });
  await prisma().mission.update({
    where: { id: a.id },
    data: { status: "IN_PROGRESS", objectives: "Assess the ICT of the parliament and agree a roadmap." },
  });
  const finding = await createFinding(db(), { phaseId: a.phases[0]!.id, authorId: author.id, status: "VALIDATED" });
  const findingTitle = (await prisma().finding.findUniqueOrThrow({ where: { id: finding.id } })).title;
  await roadmapFor(a.id, [
    {
      title: "Bill tracking system",
      costEstimate: "120000.50",
      currency: "USD",
      startDate: day("2027-09-01"),
      kpi: "Share of bills tracked online",
      expectedBenefit: "Citizens follow bills",
    },
    { title: "Network upgrade", costEstimate: "30000.25", currency: "USD", startDate: day("2027-11-01") },
    {
      title: "Archive digitisation",
      costEstimate: "45000",
      currency: "EUR",
      startDate: day("2028-03-01"),
      kpi: "Pages digitised per month",
    },
    { title: "Training", costEstimate: "1000", currency: "EUR" },
    { title: "Website redesign", kpi: "Monthly visitors" },
  ]);

  const b = await createMission(db(), {
    parliamentId: mw.id,
    programmeId: programme.id,
    code: "IATI-MWI-1",
    phases: [{ kind: "ASSESSMENT", startDate: "2027-08-02", endDate: "2027-08-06" }],
  });
  // Started "actually" after the file's day: a typing slip the file must not repeat.
  await prisma().phase.update({ where: { id: b.phases[0]!.id }, data: { actualStartDate: day("2027-08-02") } });
  const c = await createMission(db(), {
    parliamentId: ls.id,
    programmeId: programme.id,
    code: "IATI-LSO-1",
    type: "WORKSHOP",
    phases: [
      { kind: "WORKSHOP", startDate: "2027-03-01", endDate: "2027-03-03", status: "FINALISED" },
      { kind: "WORKSHOP", startDate: "2027-04-01", endDate: "2027-04-03", status: "CANCELLED" },
    ],
  });
  await prisma().phase.update({
    where: { id: c.phases[0]!.id },
    data: { actualStartDate: day("2027-03-01"), actualEndDate: day("2027-03-03") },
  });
  await prisma().mission.update({ where: { id: c.id }, data: { status: "COMPLETED" } });
  await roadmapFor(c.id, [{ title: "Hub", costEstimate: "500", currency: "ZAR", kpi: "Members connected" }]);
  rich = { programmeId: programme.id, codes: [a.code, b.code, c.code], findingTitle };

  // The awkward programme: Arabic and French names with markup characters, a mission
  // without phases, a cost without a currency, a control character in a title.
  const awkwardProgramme = await prisma().programme.create({
    data: {
      name: "Programme « Parlements » & <Partenaires> برنامج",
      funders: ["Coopération & <Développement>", "الاتحاد الأوروبي"],
      startDate: day("2027-01-01"),
      endDate: day("2027-12-31"),
    },
  });
  const jo = await createParliament(db(), { name: AR_NAME, countryCode: "JO" });
  const bj = await createParliament(db(), { name: FR_NAME, countryCode: "BJ" });
  await createMission(db(), { parliamentId: jo.id, programmeId: awkwardProgramme.id, code: "IATI-JOR-1", phases: [] });
  const benin = await createMission(db(), {
    parliamentId: bj.id,
    programmeId: awkwardProgramme.id,
    code: "IATI-BEN-1",
  });
  await prisma().mission.update({ where: { id: benin.id }, data: { title: "Mission d'évaluation \u0007 <TIC> & co" } });
  await roadmapFor(benin.id, [
    { title: "Système « A » & <B>", costEstimate: "900", currency: null, kpi: "Lois publiées < 24 h & > 90 %" },
  ]);
  const empty = await prisma().programme.create({
    data: { name: "IATI programme without missions", startDate: day("2028-01-01"), endDate: day("2028-12-31") },
  });
  awkward = { programmeId: awkwardProgramme.id, emptyProgrammeId: empty.id };
}, 120_000);

const fileOf = (programmeId: string, settings: IatiSettings = SETTINGS) =>
  programmeIatiFile(prisma(), coordinator, programmeId, NOW, settings);

const activities = (doc: Document) => [...doc.querySelectorAll("iati-activity")];
const activityOf = (doc: Document, identifier: string) =>
  activities(doc).find((a) => a.querySelector("iati-identifier")?.textContent === identifier)!;
const attr = (elements: Iterable<Element>, name: string) => [...elements].map((e) => e.getAttribute(name));

describe("a programme with three missions", () => {
  let xml: string;
  let doc: Document;
  beforeAll(async () => {
    xml = (await fileOf(rich.programmeId)).xml;
    doc = parse(xml);
  });

  it("validates against the IATI 2.03 activity schema with zero errors", async () => {
    expect(await schemaErrors(xml)).toEqual([]);
  });

  it("holds the programme and each mission as activities, linked parent and children", () => {
    const root = doc.documentElement;
    expect(root.tagName).toBe("iati-activities");
    expect(root.getAttribute("version")).toBe("2.03");
    expect(root.getAttribute("generated-datetime")).toBe("2027-06-15T10:30:00Z");
    const programmeId = `${REF}-PROG-${rich.programmeId}`;
    expect(activities(doc).map((a) => a.querySelector("iati-identifier")!.textContent)).toEqual([
      programmeId,
      ...[...rich.codes].sort().map((code) => `${REF}-${code}`),
    ]);
    const programme = activityOf(doc, programmeId);
    expect(programme.getAttribute("hierarchy")).toBe("1");
    expect(attr(programme.querySelectorAll("related-activity"), "type")).toEqual(["2", "2", "2"]);
    expect(attr(programme.querySelectorAll("related-activity"), "ref").sort()).toEqual(
      rich.codes.map((code) => `${REF}-${code}`).sort(),
    );
    for (const code of rich.codes) {
      const mission = activityOf(doc, `${REF}-${code}`);
      expect(mission.getAttribute("hierarchy")).toBe("2");
      const parent = mission.querySelector("related-activity")!;
      expect([parent.getAttribute("type"), parent.getAttribute("ref")]).toEqual(["1", programmeId]);
    }
  });

  it("names the reporting organisation from the configuration, and every narrative's language", () => {
    for (const activity of activities(doc)) {
      const reporting = activity.querySelector("reporting-org")!;
      expect([reporting.getAttribute("ref"), reporting.getAttribute("type")]).toEqual([REF, "40"]);
      expect(reporting.textContent!.trim()).toBe("Parliamentary Support Unit");
      expect(activity.getAttribute("xml:lang")).toBe("en");
    }
    const narratives = [...doc.querySelectorAll("narrative")];
    expect(narratives.length).toBeGreaterThan(20);
    expect(narratives.every((n) => n.getAttribute("xml:lang") === "en")).toBe(true);
  });

  it("has funders as Funding (1), the reporter as Implementing (4) and the parliament as Accountable (2), type Government (10)", () => {
    const mission = activityOf(doc, `${REF}-IATI-ZMB-1`);
    const orgs = [...mission.querySelectorAll("participating-org")].map((o) => ({
      role: o.getAttribute("role"),
      type: o.getAttribute("type"),
      ref: o.getAttribute("ref"),
      name: o.textContent!.trim(),
    }));
    expect(orgs).toEqual([
      { role: "1", type: null, ref: null, name: "European Union" },
      { role: "1", type: null, ref: null, name: "UNDP" },
      { role: "4", type: "40", ref: REF, name: "Parliamentary Support Unit" },
      { role: "2", type: "10", ref: null, name: "IATI National Assembly of Zambia" },
    ]);
    const programme = activities(doc)[0]!;
    expect([...programme.querySelectorAll('participating-org[role="2"]')].map((o) => o.textContent!.trim())).toEqual([
      "IATI National Assembly of Malawi",
      "IATI National Assembly of Zambia",
      "IATI Parliament of Lesotho",
    ]);
  });

  it("words titles and descriptions: the mission's objectives as type 2, a generated general description", () => {
    const mission = activityOf(doc, `${REF}-IATI-ZMB-1`);
    const descriptions = [...mission.querySelectorAll(":scope > description")].map((d) => [
      d.getAttribute("type"),
      d.textContent!.trim(),
    ]);
    expect(descriptions[0]![0]).toBe("1");
    expect(descriptions[0]![1]).toBe(
      "Technical assistance on information and communication technologies (Assessment and strategic plan). Beneficiary parliament: IATI National Assembly of Zambia.",
    );
    expect(descriptions[1]).toEqual(["2", "Assess the ICT of the parliament and agree a roadmap."]);
    const programme = activities(doc)[0]!;
    expect(programme.querySelector(":scope > title")!.textContent!.trim()).toBe("IATI test programme");
    expect(programme.querySelector(":scope > description")!.textContent!.trim()).toBe(
      "ICT support to three parliaments.",
    );
  });

  it("maps statuses and dates: planned from the phases, actual start, actual end once completed, never in the future", () => {
    const datesOf = (identifier: string) =>
      [...activityOf(doc, identifier).querySelectorAll("activity-date")].map(
        (d) => `${d.getAttribute("type")}:${d.getAttribute("iso-date")}`,
      );
    const statusOf = (identifier: string) =>
      activityOf(doc, identifier).querySelector("activity-status")!.getAttribute("code");
    expect(statusOf(`${REF}-IATI-ZMB-1`)).toBe("2");
    expect(datesOf(`${REF}-IATI-ZMB-1`)).toEqual(["1:2027-02-01", "2:2027-02-02", "3:2027-05-07"]);
    expect(statusOf(`${REF}-IATI-MWI-1`)).toBe("1");
    expect(datesOf(`${REF}-IATI-MWI-1`)).toEqual(["1:2027-08-02", "3:2027-08-06"]);
    // Completed: Finalisation; the cancelled phase does not stretch the planned end.
    expect(statusOf(`${REF}-IATI-LSO-1`)).toBe("3");
    expect(datesOf(`${REF}-IATI-LSO-1`)).toEqual(["1:2027-03-01", "2:2027-03-01", "3:2027-03-03", "4:2027-03-03"]);
    const programmeId = `${REF}-PROG-${rich.programmeId}`;
    expect(statusOf(programmeId)).toBe("2");
    expect(datesOf(programmeId)).toEqual(["1:2027-01-01", "2:2027-02-02", "3:2029-12-31"]);
  });

  it("names each mission's country and the programme's with shares summing to 100, in sector 15152", () => {
    const mission = activityOf(doc, `${REF}-IATI-MWI-1`);
    expect(attr(mission.querySelectorAll("recipient-country"), "code")).toEqual(["MW"]);
    expect(mission.querySelector("recipient-country")!.hasAttribute("percentage")).toBe(false);
    const programme = activities(doc)[0]!;
    const countries = [...programme.querySelectorAll("recipient-country")];
    expect(attr(countries, "code")).toEqual(["LS", "MW", "ZM"]);
    expect(attr(countries, "percentage")).toEqual(["33.33", "33.33", "33.34"]);
    for (const activity of activities(doc)) {
      const sectors = [...activity.querySelectorAll("sector")];
      expect(sectors.map((s) => `${s.getAttribute("vocabulary")}:${s.getAttribute("code")}`)).toEqual(["1:15152"]);
    }
  });

  it("budgets each mission's roadmap costs per currency and year, never adding two currencies", () => {
    const mission = activityOf(doc, `${REF}-IATI-ZMB-1`);
    const budgets = [...mission.querySelectorAll("budget")].map((b) => {
      const value = b.querySelector("value")!;
      return [
        b.getAttribute("type"),
        b.getAttribute("status"),
        b.querySelector("period-start")!.getAttribute("iso-date"),
        b.querySelector("period-end")!.getAttribute("iso-date"),
        value.getAttribute("currency"),
        value.getAttribute("value-date"),
        value.textContent,
      ];
    });
    expect(budgets).toEqual([
      // The training's cost has no start: the roadmap's first year.
      ["1", "1", "2027-01-01", "2027-12-31", "EUR", "2027-01-01", "1000.00"],
      ["1", "1", "2027-01-01", "2027-12-31", "USD", "2027-01-01", "150000.75"],
      ["1", "1", "2028-01-01", "2028-12-31", "EUR", "2028-01-01", "45000.00"],
    ]);
    // Two currencies: the default currency is the configured one; one currency: that one.
    expect(mission.getAttribute("default-currency")).toBe("USD");
    expect(activityOf(doc, `${REF}-IATI-LSO-1`).getAttribute("default-currency")).toBe("ZAR");
    // The programme repeats none of them (they would count twice).
    expect(activities(doc)[0]!.querySelectorAll("budget")).toHaveLength(0);
  });

  it("makes a result of each roadmap item with a KPI, the KPI as a qualitative indicator", () => {
    const mission = activityOf(doc, `${REF}-IATI-ZMB-1`);
    const results = [...mission.querySelectorAll("result")].map((r) => ({
      type: r.getAttribute("type"),
      title: r.querySelector(":scope > title")!.textContent!.trim(),
      description: r.querySelector(":scope > description")?.textContent!.trim() ?? null,
      measure: r.querySelector("indicator")!.getAttribute("measure"),
      indicator: r.querySelector("indicator > title")!.textContent!.trim(),
    }));
    expect(results).toEqual([
      {
        type: "2",
        title: "Bill tracking system",
        description: "Citizens follow bills",
        measure: "5",
        indicator: "Share of bills tracked online",
      },
      {
        type: "2",
        title: "Archive digitisation",
        description: null,
        measure: "5",
        indicator: "Pages digitised per month",
      },
      { type: "2", title: "Website redesign", description: null, measure: "5", indicator: "Monthly visitors" },
    ]);
    expect(activityOf(doc, `${REF}-IATI-MWI-1`).querySelectorAll("result")).toHaveLength(0);
  });

  it("publishes no finding", () => {
    expect(xml).not.toContain(rich.findingTitle);
  });

  it("prefixes every identifier with another configured reporting organisation", async () => {
    const parsed = parseIatiSettings({
      IATI_REPORTING_ORG_REF: "XI-IATI-EXAMPLE",
      IATI_REPORTING_ORG_NAME: "Example",
      IATI_REPORTING_ORG_TYPE: "21",
    });
    if ("problems" in parsed) throw new Error(parsed.problems.join());
    const other = parse((await fileOf(rich.programmeId, parsed.settings)).xml);
    const identifiers = activities(other).map((a) => a.querySelector("iati-identifier")!.textContent!);
    expect(identifiers.every((id) => id.startsWith("XI-IATI-EXAMPLE-"))).toBe(true);
    expect(other.querySelector("reporting-org")!.getAttribute("type")).toBe("21");
  });
});

describe("awkward data", () => {
  it("a programme without missions is one valid activity, with no links, countries or budgets", async () => {
    const { xml } = await fileOf(awkward.emptyProgrammeId);
    expect(await schemaErrors(xml)).toEqual([]);
    const doc = parse(xml);
    expect(activities(doc)).toHaveLength(1);
    expect(doc.querySelectorAll("related-activity, recipient-country, budget, result")).toHaveLength(0);
    // Funders unknown: only the implementing organisation takes part.
    expect(attr(doc.querySelectorAll("participating-org"), "role")).toEqual(["4"]);
    expect(doc.querySelector("activity-status")!.getAttribute("code")).toBe("1");
    expect(doc.querySelector(":scope description")!.textContent!.trim()).toBe(
      "A programme of technical assistance to parliaments, with 0 missions.",
    );
  });

  describe("names with & < > in Arabic and French, a mission without phases, a cost without a currency", () => {
    let xml: string;
    let doc: Document;
    beforeAll(async () => {
      xml = (await fileOf(awkward.programmeId)).xml;
      doc = parse(xml);
    });

    it("validates with zero errors", async () => {
      expect(await schemaErrors(xml)).toEqual([]);
    });

    it("escapes every text and reads it back exactly", () => {
      expect(xml).toContain("&amp; &lt;Partenaires&gt;");
      expect(xml).not.toMatch(/<Partenaires>|<Sénat>|<TIC>|<الأردني>/);
      const programme = activities(doc)[0]!;
      const names = [...programme.querySelectorAll('participating-org[role="2"]')].map((o) => o.textContent!.trim());
      expect(names).toEqual([AR_NAME, FR_NAME].sort((a, b) => a.localeCompare(b)));
      expect([...programme.querySelectorAll('participating-org[role="1"]')].map((o) => o.textContent!.trim())).toEqual([
        "Coopération & <Développement>",
        "الاتحاد الأوروبي",
      ]);
      expect(doc.querySelector("title")!.textContent!.trim()).toBe("Programme « Parlements » & <Partenaires> برنامج");
      expect(doc.querySelector("indicator > title")!.textContent!.trim()).toBe("Lois publiées < 24 h & > 90 %");
    });

    it("drops a control character that XML cannot carry", () => {
      expect(xml).not.toContain("\u0007");
      expect(activityOf(doc, `${REF}-IATI-BEN-1`).querySelector(":scope > title")!.textContent!.trim()).toBe(
        "Mission d'évaluation  <TIC> & co",
      );
    });

    it("dates a mission without phases by the programme's period, and says so", () => {
      const jordan = activityOf(doc, `${REF}-IATI-JOR-1`);
      expect(
        [...jordan.querySelectorAll("activity-date")].map(
          (d) => `${d.getAttribute("type")}:${d.getAttribute("iso-date")}`,
        ),
      ).toEqual(["1:2027-01-01", "3:2027-12-31"]);
      expect(jordan.innerHTML).toContain("No phases yet: the planned dates are the programme's period.");
      expect(attr(jordan.querySelectorAll("recipient-country"), "code")).toEqual(["JO"]);
    });

    it("leaves a cost without a currency out of the budgets, and says so", () => {
      const benin = activityOf(doc, `${REF}-IATI-BEN-1`);
      expect(benin.querySelectorAll("budget")).toHaveLength(0);
      expect(benin.innerHTML).toContain("1 roadmap item(s) with a cost but no currency are left out of the budgets.");
      expect(benin.getAttribute("default-currency")).toBe("USD");
    });

    it("summarises what the file holds for the page", async () => {
      expect(await programmeIatiSummary(prisma(), coordinator, awkward.programmeId, SETTINGS)).toEqual({
        identifier: `${REF}-PROG-${awkward.programmeId}`,
        reportingOrg: { ref: REF, name: "Parliamentary Support Unit" },
        missions: 2,
        missionsWithoutPhases: 1,
        budgetCurrencies: [],
        itemsWithoutCurrency: 1,
        results: 1,
      });
      expect(await programmeIatiSummary(prisma(), coordinator, rich.programmeId, SETTINGS)).toMatchObject({
        missions: 3,
        budgetCurrencies: ["EUR", "USD", "ZAR"],
        itemsWithoutCurrency: 0,
        results: 4,
      });
    });
  });
});

describe("the demo programmes", () => {
  it("each validate with zero errors, with the demo's reporting organisation by default", async () => {
    const programmes = await prisma().programme.findMany({ select: { id: true, name: true } });
    expect(programmes.length).toBeGreaterThanOrEqual(4);
    const parsed = parseIatiSettings({});
    if ("problems" in parsed) throw new Error(parsed.problems.join());
    for (const programme of programmes) {
      const { xml } = await fileOf(programme.id, parsed.settings);
      expect(await schemaErrors(xml), programme.name).toEqual([]);
      expect(parse(xml).querySelector("iati-identifier")!.textContent).toBe(`XX-HEMICYCLE-DEMO-PROG-${programme.id}`);
    }
  });
});

describe("the records' language", () => {
  it.each([
    [
      "fr",
      "Assistance technique en technologies de l'information et de la communication (Évaluation et plan stratégique)",
    ],
    ["ar", "مساعدة تقنية في مجال تكنولوجيا المعلومات والاتصالات (التقييم والخطة الاستراتيجية)"],
  ] as const)(
    "%s: every narrative says so, the file's own sentences are worded in it, and it validates",
    async (language, sentence) => {
      const { xml } = await fileOf(rich.programmeId, { ...SETTINGS, language });
      expect(await schemaErrors(xml)).toEqual([]);
      const doc = parse(xml);
      expect([...doc.querySelectorAll("narrative")].every((n) => n.getAttribute("xml:lang") === language)).toBe(true);
      const description = activityOf(doc, `${REF}-IATI-ZMB-1`)
        .querySelector(":scope > description")!
        .textContent!.trim();
      expect(description.startsWith(sentence)).toBe(true);
    },
  );
});

describe("activity identifiers", () => {
  it("turn spaces and the characters IATI forbids in an identifier into hyphens", () => {
    expect(activityIdentifier(SETTINGS, "SADC-ZMB-2026")).toBe(`${REF}-SADC-ZMB-2026`);
    expect(activityIdentifier(SETTINGS, " EU / MNE & co? | 1 ")).toBe(`${REF}-EU-MNE-co-1`);
  });
});

describe("the configuration", () => {
  it("has demo defaults and refuses a bad value at start-up", () => {
    expect(parseIatiSettings({})).toEqual({
      settings: {
        reportingOrg: {
          ref: "XX-HEMICYCLE-DEMO",
          name: "Hemicycle demonstration (not a registered IATI publisher)",
          type: "40",
        },
        language: "en",
        defaultCurrency: "USD",
      },
    });
    expect(parseIatiSettings({ IATI_REPORTING_ORG_TYPE: "99", IATI_DEFAULT_CURRENCY: "usd" })).toMatchObject({
      problems: [expect.stringMatching(/^IATI_REPORTING_ORG_TYPE/), expect.stringMatching(/^IATI_DEFAULT_CURRENCY/)],
    });
    expect(() => loadConfig({ NODE_ENV: "test", IATI_REPORTING_ORG_REF: "has spaces <x>" })).toThrow(
      /IATI_REPORTING_ORG_REF/,
    );
  });
});

describe("who gets the summary", () => {
  it("is for managers: others are refused before any programme is looked up; an unknown id is NOT_FOUND", async () => {
    await expect(callerFor(db(), coordinator).programmes.iatiSummary({ id: rich.programmeId })).resolves.toMatchObject({
      missions: 3,
    });
    await expect(callerFor(db(), coordinator).programmes.iatiSummary({ id: "nothing" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const staff = await sessionUserByEmail(db(), "staff.zambia@hemicycle.test");
    await expect(callerFor(db(), staff).programmes.iatiSummary({ id: rich.programmeId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("GET /export/programmes/:id.iati.xml", () => {
  type App = Awaited<ReturnType<typeof buildApp>>;
  let app: App;
  let dataDir: string;
  const cookies = new Map<string, string>();

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "hc-iati-"));
    const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent" });
    const auth = createAuth({
      prisma: prisma(),
      secret: "iati-test-secret-iati-test-secret-012345",
      baseURL: config.publicUrl,
    });
    app = await buildApp({ config, db: db(), auth });
    await app.ready();
    resetSignInThrottle();
    for (const email of [
      "coordinator@hemicycle.test",
      "admin@hemicycle.test",
      "lead.expert@hemicycle.test",
      "staff.zambia@hemicycle.test",
    ])
      cookies.set(email, await signInOverHttp(app, email));
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const get = (url: string, email?: string) =>
    app.inject({ method: "GET", url, headers: email ? { cookie: cookies.get(email)! } : {} });

  it("sends a coordinator or an admin the valid file as an XML download, never cached", async () => {
    for (const email of ["coordinator@hemicycle.test", "admin@hemicycle.test"]) {
      const response = await get(`/export/programmes/${rich.programmeId}.iati.xml`, email);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers["content-type"]).toBe("application/xml; charset=utf-8");
      expect(response.headers["content-disposition"]).toMatch(
        /^attachment; filename="iati-IATI-test-programme-\d{4}-\d{2}-\d{2}\.xml"; filename\*=UTF-8''iati-IATI-test-programme-/,
      );
      expect(response.headers["cache-control"]).toBe("no-store");
      expect(response.body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
      expect(await schemaErrors(response.body)).toEqual([]);
    }
  });

  it("refuses no session with 401, and experts, staff and unknown or malformed ids with the same 404", async () => {
    expect((await get(`/export/programmes/${rich.programmeId}.iati.xml`)).statusCode).toBe(401);
    const notFound = await get("/export/programmes/nothing-here.iati.xml", "coordinator@hemicycle.test");
    expect(notFound.statusCode).toBe(404);
    for (const email of ["lead.expert@hemicycle.test", "staff.zambia@hemicycle.test"]) {
      const refused = await get(`/export/programmes/${rich.programmeId}.iati.xml`, email);
      expect([refused.statusCode, refused.body]).toEqual([404, notFound.body]);
    }
    expect((await get(`/export/programmes/${rich.programmeId}.xml`, "coordinator@hemicycle.test")).statusCode).toBe(
      404,
    );
    expect((await get(`/export/programmes/a%20b.iati.xml`, "coordinator@hemicycle.test")).statusCode).toBe(404);
  });
});
