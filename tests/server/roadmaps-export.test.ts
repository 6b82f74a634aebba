// The roadmap exports over plain HTTP (GET /export/roadmaps/:id.csv and .pdf), driven with
// `app.inject` on the demo data with real sign-ins: who gets the file and who a 401 or the
// same 404 as a missing roadmap, the headers of a download, the CSV's content and its
// defence against formula injection, and the PDF's text read back with a real extractor.
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { loadConfig } from "@hemicycle/server/config";
import { asciiFileName, attachment } from "@hemicycle/server/exports/file-name";
import { EXPORT_LABELS, exportLabelsIn } from "@hemicycle/server/exports/labels";
import { neutraliseFormula } from "@hemicycle/server/exports/roadmap-csv";
import { buildApp } from "@hemicycle/server/http/app";
import { memoryStore, type LimiterStore } from "@hemicycle/server/http/request-limits";
import { seedDemoData } from "@hemicycle/server/seed/seed-demo";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFinding, createMission, day } from "../factories/records.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { signInOverHttp } from "../helpers/http-session.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;

type App = Awaited<ReturnType<typeof buildApp>>;
type Response = Awaited<ReturnType<App["inject"]>>;

let app: App;
let dataDir: string;
const cookies = new Map<string, string>();
const roadmaps: Record<"zambia" | "myanmar" | "namibia", { id: string; code: string }> = {} as never;

const DAY = /\d{4}-\d{2}-\d{2}/.source;

async function appWith(limitStore?: LimiterStore): Promise<App> {
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent" });
  const auth = createAuth({
    prisma: prisma(),
    secret: "export-test-secret-export-test-secret-0123",
    baseURL: config.publicUrl,
  });
  const built = await buildApp({ config, db: db(), auth, ...(limitStore ? { limitStore } : {}) });
  await built.ready();
  return built;
}

const signIn = (email: string) => signInOverHttp(app, email);

function download(path: string, as?: string, method: "GET" | "POST" | "HEAD" = "GET"): Promise<Response> {
  const headers: Record<string, string> = as ? { cookie: cookies.get(as)! } : {};
  return app.inject({ method, url: path, headers });
}

const csvOf = (id: string) => `/export/roadmaps/${id}.csv`;
const pdfOf = (id: string) => `/export/roadmaps/${id}.pdf`;

/** RFC 4180: fields separated by commas, records by CRLF, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      records.push([...record, field]);
      record = [];
      field = "";
      i += 1;
    } else field += c;
  }
  if (field !== "" || record.length > 0) records.push([...record, field]);
  return records;
}

/** The CSV's rows as objects keyed by the header's labels. */
function csvRows(body: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(body.replace(/^\uFEFF/, ""));
  return rows.map((row) => Object.fromEntries(header!.map((label, index) => [label, row[index] ?? ""])));
}

async function pdfText(body: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(body));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, " ");
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "hc-export-test-"));
  expect(await seedDemoData(prisma())).toEqual({ seeded: true });
  app = await appWith();
  resetSignInThrottle();
  for (const email of [
    "coordinator@hemicycle.test",
    "lead.expert@hemicycle.test",
    "outsider.expert@hemicycle.test",
    "staff.zambia@hemicycle.test",
    "staff.montenegro@hemicycle.test",
    "staff.namibia@hemicycle.test",
    "staff.myanmar@hemicycle.test",
  ]) {
    cookies.set(email.split("@")[0]!, await signIn(email));
  }
  for (const [key, code] of [
    ["zambia", "SADC-ZMB-2026"],
    ["myanmar", "MMR-VAL-2026"],
    ["namibia", "SADC-NAM-2026"],
  ] as const) {
    const roadmap = await prisma().roadmap.findFirstOrThrow({ where: { mission: { code } }, select: { id: true } });
    roadmaps[key] = { id: roadmap.id, code };
  }
}, 120_000);

afterAll(async () => {
  await app?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe("who gets a roadmap export", () => {
  it("answers 401 without a session, and with a cookie that is no session", async () => {
    for (const url of [csvOf(roadmaps.namibia.id), pdfOf(roadmaps.namibia.id)]) {
      const anonymous = await download(url);
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json()).toEqual({ error: "Unauthorized" });
      expect(anonymous.headers["cache-control"]).toBe("no-store");
      const forged = await app.inject({
        method: "GET",
        url,
        headers: { cookie: "hemicycle.session_token=forged.value" },
      });
      expect(forged.statusCode).toBe(401);
    }
  });

  it("answers the same 404 as for a missing roadmap to whoever may not see it", async () => {
    const missing = await download(csvOf("no-such-roadmap"), "coordinator");
    expect(missing.statusCode).toBe(404);
    const refusals: [string, string][] = [
      [roadmaps.namibia.id, "staff.montenegro"], // another parliament's staff
      [roadmaps.myanmar.id, "staff.zambia"],
      [roadmaps.zambia.id, "outsider.expert"], // an expert on no mission
      [roadmaps.namibia.id, "outsider.expert"],
      [roadmaps.zambia.id, "staff.zambia"], // own staff, but the roadmap is a draft
      [roadmaps.namibia.id, "lead.expert"], // an expert not on that mission
    ];
    for (const [id, persona] of refusals) {
      for (const url of [csvOf(id), pdfOf(id)]) {
        const response = await download(url, persona);
        expect(response.statusCode, `${persona} ${url}`).toBe(404);
        expect(response.body).toBe(missing.body);
        expect(response.headers["content-disposition"]).toBeUndefined();
      }
    }
    // Other formats and addresses under /export are the same JSON 404, never the client's page.
    for (const url of [`/export/roadmaps/${roadmaps.namibia.id}.xlsx`, "/export/roadmaps/", "/export/nothing"]) {
      const response = await app.inject({
        method: "GET",
        url,
        headers: { cookie: cookies.get("coordinator")!, accept: "text/html" },
      });
      expect(response.statusCode, url).toBe(404);
      expect(response.body).toBe(missing.body);
    }
  });

  it("serves GET only: no POST, and no HEAD that would build the file for nothing", async () => {
    for (const method of ["POST", "HEAD"] as const) {
      const response = await download(csvOf(roadmaps.namibia.id), "coordinator", method);
      expect(response.statusCode, method).toBe(404);
    }
  });

  it("gives the file to the team, the coordinator and the parliament's staff once submitted", async () => {
    const allowed: [string, string][] = [
      [roadmaps.zambia.id, "coordinator"],
      [roadmaps.zambia.id, "lead.expert"],
      [roadmaps.myanmar.id, "staff.myanmar"],
      [roadmaps.namibia.id, "staff.namibia"],
    ];
    for (const [id, persona] of allowed) {
      const response = await download(csvOf(id), persona);
      expect(response.statusCode, `${persona} ${id}`).toBe(200);
    }
  });
});

describe("a download's headers", () => {
  it("names the file after the mission's code, forbids sniffing and caching", async () => {
    const csv = await download(csvOf(roadmaps.namibia.id), "staff.namibia");
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers["content-disposition"]).toMatch(
      new RegExp(
        `^attachment; filename="SADC-NAM-2026-roadmap-${DAY}\\.csv"; filename\\*=UTF-8''SADC-NAM-2026-roadmap-${DAY}\\.csv$`,
      ),
    );
    expect(csv.headers["x-content-type-options"]).toBe("nosniff");
    expect(csv.headers["cache-control"]).toBe("no-store");

    const pdf = await download(pdfOf(roadmaps.namibia.id), "staff.namibia");
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.headers["content-disposition"]).toMatch(new RegExp(`filename="SADC-NAM-2026-roadmap-${DAY}\\.pdf"`));
    expect(pdf.headers["x-content-type-options"]).toBe("nosniff");
    expect(pdf.headers["cache-control"]).toBe("no-store");
  });

  it("keeps the plain file name ASCII and gives the exact one in RFC 5987 form", () => {
    expect(attachment('Plan "Ž";/ 2027.csv')).toBe(
      `attachment; filename="Plan-Z-2027.csv"; filename*=UTF-8''Plan%20%22%C5%BD%22%3B%2F%202027.csv`,
    );
    expect(asciiFileName("../../etc/passwd")).toBe("etc-passwd");
    expect(asciiFileName("ملف")).toBe("download");
  });
});

describe("the CSV", () => {
  it("has one row per item with every field, in roadmap order, UTF-8 with a byte order mark", async () => {
    const response = await download(csvOf(roadmaps.zambia.id), "coordinator");
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(response.body).toContain("\r\n");
    const [header] = parseCsv(response.body.replace(/^\uFEFF/, ""));
    expect(header).toEqual(Object.values(EXPORT_LABELS.csv));

    const items = await prisma().roadmapItem.findMany({
      where: { roadmapId: roadmaps.zambia.id },
      orderBy: { position: "asc" },
      select: {
        title: true,
        description: true,
        area: true,
        strategicObjective: true,
        responsibleUnit: true,
        startDate: true,
        endDate: true,
        costEstimate: true,
        currency: true,
        fundingSource: true,
        expectedBenefit: true,
        kpi: true,
        dependsOn: { select: { dependsOn: { select: { title: true } } } },
        findings: { select: { finding: { select: { title: true } } } },
      },
    });
    const rows = csvRows(response.body);
    expect(rows).toHaveLength(items.length);
    rows.forEach((row, index) => {
      const item = items[index]!;
      expect(row).toMatchObject({
        "No.": String(index + 1),
        Title: item.title,
        Description: item.description ?? "",
        "ICT area code": item.area,
        "ICT area": EXPORT_LABELS.ictArea[item.area],
        "Strategic objective": item.strategicObjective ?? "",
        "Responsible unit": item.responsibleUnit ?? "",
        Start: item.startDate!.toISOString().slice(0, 10),
        End: item.endDate!.toISOString().slice(0, 10),
        "Cost estimate": item.costEstimate!.toFixed(2),
        Currency: item.currency,
        "Funding source": item.fundingSource ?? "",
        "Expected benefit": item.expectedBenefit ?? "",
        KPI: item.kpi ?? "",
        Progress: "Not started",
      });
      expect(row["Depends on"]!.split("; ").filter(Boolean).sort()).toEqual(
        item.dependsOn.map((d) => d.dependsOn.title).sort(),
      );
      expect(row["Findings answered"]!.split("; ").filter(Boolean).sort()).toEqual(
        item.findings.map((f) => f.finding.title).sort(),
      );
    });
    expect(rows.some((row) => row["Depends on"] !== "")).toBe(true);
    expect(rows.some((row) => row["Findings answered"] !== "")).toBe(true);
  });

  it("shows the endorsed baseline beside the current plan, and a slipped item as such", async () => {
    const rows = csvRows((await download(csvOf(roadmaps.namibia.id), "staff.namibia")).body);
    const network = rows.find((r) => r.Title === "One network and one directory for both Houses")!;
    expect(network).toMatchObject({
      End: "2027-12-31",
      "Baseline end": "2027-06-30",
      "Cost estimate": "385000.00",
      "Baseline cost": "300000.00",
      Progress: "Blocked",
    });
    expect(rows.every((r) => r["Baseline start"] !== "")).toBe(true);
  });

  it("neutralises formulas: a cell starting with = + - @ tab or return is prefixed with an apostrophe", async () => {
    expect(neutraliseFormula('=HYPERLINK("http://evil")')).toBe(`'=HYPERLINK("http://evil")`);
    expect(neutraliseFormula("@SUM(1)")).toBe("'@SUM(1)");
    expect(neutraliseFormula("-12")).toBe("'-12");
    expect(neutraliseFormula("+1 555")).toBe("'+1 555");
    expect(neutraliseFormula("\t=1")).toBe("'\t=1");
    expect(neutraliseFormula("\r=1")).toBe("'\r=1");
    expect(neutraliseFormula("Plain title = fine")).toBe("Plain title = fine");
    expect(neutraliseFormula("")).toBe("");

    // Through the route, on items a user could have typed.
    const mission = await createMission(db(), {
      parliamentId: (await prisma().parliament.findFirstOrThrow({ where: { countryCode: "ZM" } })).id,
    });
    const roadmap = await prisma().roadmap.create({
      data: { missionId: mission.id, title: "Injection", horizonStart: 2027, horizonEnd: 2030 },
      select: { id: true },
    });
    const hostile = [
      { title: '=HYPERLINK("http://evil","Click")', kpi: "-5% incidents", fundingSource: "+EU" },
      { title: "@SUM(1)", kpi: "=1+1", fundingSource: "\tTab" },
      { title: "-1", kpi: 'Quotes "and", commas\r\nand lines', fundingSource: "Plain" },
    ];
    await prisma().roadmapItem.createMany({
      data: hostile.map((fields, position) => ({ roadmapId: roadmap.id, position, area: "SEC", ...fields })),
    });
    await prisma().roadmapItemDependency.create({
      data: {
        itemId: (await prisma().roadmapItem.findFirstOrThrow({ where: { roadmapId: roadmap.id, position: 1 } })).id,
        dependsOnId: (await prisma().roadmapItem.findFirstOrThrow({ where: { roadmapId: roadmap.id, position: 0 } }))
          .id,
      },
    });

    const response = await download(csvOf(roadmap.id), "coordinator");
    expect(response.statusCode).toBe(200);
    const rows = csvRows(response.body);
    expect(rows.map((r) => [r.Title, r.KPI, r["Funding source"]])).toEqual([
      [`'=HYPERLINK("http://evil","Click")`, "'-5% incidents", "'+EU"],
      ["'@SUM(1)", "'=1+1", "'\tTab"],
      ["'-1", 'Quotes "and", commas\r\nand lines', "Plain"],
    ]);
    // A list cell starting with a hostile title is neutralised as a whole.
    expect(rows[1]!["Depends on"]).toBe(`'=HYPERLINK("http://evil","Click")`);
    // RFC 4180 on the wire: the quotes doubled inside a quoted field.
    expect(response.body).toContain(`"'=HYPERLINK(""http://evil"",""Click"")"`);
    // No cell of the file starts with a formula character.
    for (const row of parseCsv(response.body.replace(/^\uFEFF/, ""))) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it("lists only the linked findings the reader may see", async () => {
    const namibiaItem = await prisma().roadmapItem.findFirstOrThrow({
      where: { roadmapId: roadmaps.namibia.id, title: "Joint ICT policy and service catalogue" },
      select: { id: true, roadmap: { select: { mission: { select: { phases: { select: { id: true } } } } } } },
    });
    const coordinator = await prisma().user.findUniqueOrThrow({ where: { email: "coordinator@hemicycle.test" } });
    const draft = await createFinding(db(), {
      phaseId: namibiaItem.roadmap.mission.phases[0]!.id,
      authorId: coordinator.id,
      status: "SUBMITTED",
    });
    const { title } = await prisma().finding.findUniqueOrThrow({ where: { id: draft.id }, select: { title: true } });
    await prisma().roadmapItemFinding.create({ data: { itemId: namibiaItem.id, findingId: draft.id } });

    const cell = async (persona: string) =>
      csvRows((await download(csvOf(roadmaps.namibia.id), persona)).body).find(
        (r) => r.Title === "Joint ICT policy and service catalogue",
      )!["Findings answered"];
    expect(await cell("coordinator")).toContain(title);
    expect(await cell("staff.namibia")).not.toContain(title);
  });
});

describe("the PDF", () => {
  it("is a PDF whose text holds the cover, every item, the timeline, coverage and the endorsement record", async () => {
    const response = await download(pdfOf(roadmaps.namibia.id), "staff.namibia");
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = await pdfText(response.rawPayload);

    const roadmap = await prisma().roadmap.findUniqueOrThrow({
      where: { id: roadmaps.namibia.id },
      select: { title: true, vision: true, items: { select: { title: true, strategicObjective: true } } },
    });
    expect(text).toContain(roadmap.title);
    expect(text).toContain("SADC-NAM-2026");
    expect(text).toContain("Parliament of the Republic of Namibia");
    expect(text).toContain("2026–2030");
    expect(text).toContain("Draft (baseline: revision 3)");
    expect(text).toContain(squash(roadmap.vision!).slice(0, 60));
    for (const item of roadmap.items) expect(text).toContain(item.title);
    for (const objective of new Set(roadmap.items.map((i) => i.strategicObjective!))) expect(text).toContain(objective);
    expect(text).toContain("Timeline");
    expect(text).toContain("Coverage of the assessment's findings");
    expect(text).toMatch(/\d+ of \d+ validated high and critical findings answered \(\d+%\)/);
    // Who endorsed which revision, and when.
    expect(text).toContain("Review and endorsement record");
    expect(text).toContain("Changes requested on revision 1");
    expect(text).toContain("Endorsed on revision 2");
    expect(text).toContain("2026-10-16 11:00 UTC by Ndapewa Shikongo");
    expect(text).toContain("Revision 3 · Endorsed");
  });

  it("prints what the roadmap does not have yet instead of leaving gaps", async () => {
    const response = await download(pdfOf(roadmaps.zambia.id), "lead.expert");
    expect(response.statusCode).toBe(200);
    const text = await pdfText(response.rawPayload);
    expect(text).toContain("The roadmap has not been submitted for review yet.");
    expect(text).toContain("Draft");
  });
});

describe("large roadmaps", () => {
  let large: { id: string; titles: string[] };

  beforeAll(async () => {
    const mission = await createMission(db(), {
      parliamentId: (await prisma().parliament.findFirstOrThrow({ where: { countryCode: "NA" } })).id,
      code: "LARGE-2027",
    });
    const roadmap = await prisma().roadmap.create({
      data: { missionId: mission.id, title: "A large roadmap", horizonStart: 2027, horizonEnd: 2031 },
      select: { id: true },
    });
    const objectives = ["Modernise the legislative process", "Open Parliament", "Secure infrastructure", null];
    const titles = Array.from({ length: 300 }, (_, i) => `Initiative ${String(i + 1).padStart(3, "0")} of the plan`);
    await prisma().roadmapItem.createMany({
      data: titles.map((title, position) => ({
        roadmapId: roadmap.id,
        position,
        title,
        area: "INF",
        strategicObjective: objectives[position % objectives.length],
        startDate: day(`${2027 + (position % 4)}-0${1 + (position % 9)}-01`),
        endDate: day(`${2028 + (position % 4)}-06-30`),
        costEstimate: "1000.50",
        currency: "USD",
      })),
    });
    large = { id: roadmap.id, titles };
  });

  it("exports a few hundred items in both formats, paged through the database", async () => {
    let started = performance.now();
    const csv = await download(csvOf(large.id), "coordinator");
    const csvMs = performance.now() - started;
    expect(csv.statusCode).toBe(200);
    expect(csvRows(csv.body).map((r) => r.Title)).toEqual(large.titles);

    started = performance.now();
    const pdf = await download(pdfOf(large.id), "coordinator");
    const pdfMs = performance.now() - started;
    expect(pdf.statusCode).toBe(200);
    const text = await pdfText(pdf.rawPayload);
    for (const title of large.titles) expect(text).toContain(title);
    expect(text).toContain("No strategic objective (75 items)");
    console.log(
      `[export] 300 items: CSV ${Math.round(csvMs)} ms (${csv.rawPayload.length} bytes), ` +
        `PDF ${Math.round(pdfMs)} ms (${pdf.rawPayload.length} bytes)`,
    );
  }, 120_000);

  it("runs one export per user at a time, lets two wait and refuses the next with 429", async () => {
    const [other, ...responses] = await Promise.all([
      // Another user's export is not held up by the coordinator's.
      download(csvOf(roadmaps.zambia.id), "lead.expert"),
      ...Array.from({ length: 4 }, () => download(pdfOf(large.id), "coordinator")),
    ]);
    expect(other!.statusCode).toBe(200);
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = responses.find((r) => r.statusCode === 429)!;
    expect(refused.headers["retry-after"]).toBe("5");
    expect(refused.json()).toEqual({ error: "Too many exports at once" });
  }, 120_000);
});

describe("limits and labels", () => {
  it("counts exports against the rate limit like any other request", async () => {
    // A store whose budgets hold three requests: the fourth request is refused before any export work.
    const tiny: LimiterStore = (options) => memoryStore({ ...options, points: 3 });
    const limited = await appWith(tiny);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        const response = await limited.inject({
          method: "GET",
          url: csvOf(roadmaps.namibia.id),
          headers: { cookie: cookies.get("staff.namibia")! },
        });
        statuses.push(response.statusCode);
        if (response.statusCode === 429) expect(response.headers["retry-after"]).toBeDefined();
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await limited.close();
    }
  });

  it("prints the enum labels the screens show (shared/locales/en.json)", () => {
    const catalogue = JSON.parse(readFileSync(new URL("../../shared/locales/en.json", import.meta.url), "utf8")) as {
      translation: Record<string, unknown>;
    };
    for (const key of [
      "ictArea",
      "roadmapStatus",
      "priority",
      "term",
      "progress",
      "revisionKind",
      "reviewDecision",
      "severity",
    ] as const) {
      expect(EXPORT_LABELS[key], key).toEqual(catalogue.translation[key]);
    }
  });
});

describe("in the reader's language", () => {
  const coordinatorEmail = "coordinator@hemicycle.test";
  const setLanguage = (language: string | null) =>
    prisma().user.update({ where: { email: coordinatorEmail }, data: { language } });

  afterAll(async () => {
    await setLanguage(null);
  });

  it("words the CSV's header and labels in the account's language, else in the browser's", async () => {
    const items = await prisma().roadmapItem.findMany({
      where: { roadmapId: roadmaps.zambia.id },
      orderBy: { position: "asc" },
      select: { priority: true },
    });
    const csvIn = async (headers: Record<string, string>) => {
      const response = await app.inject({
        method: "GET",
        url: csvOf(roadmaps.zambia.id),
        headers: { cookie: cookies.get("coordinator")!, ...headers },
      });
      expect(response.statusCode).toBe(200);
      return parseCsv(response.body.replace(/^\uFEFF/, ""));
    };

    await setLanguage("fr");
    const french = exportLabelsIn("fr");
    const [frHeader, ...frRows] = await csvIn({ "accept-language": "es" });
    expect(frHeader).toEqual(Object.values(french.csv));
    const priorityColumn = Object.keys(french.csv).indexOf("priority");
    expect(frRows.map((row) => row[priorityColumn])).toEqual(items.map((i) => french.priority[i.priority]));
    expect(french.priority.HIGH).not.toBe(EXPORT_LABELS.priority.HIGH);

    await setLanguage(null);
    const spanish = exportLabelsIn("es");
    const [esHeader, ...esRows] = await csvIn({ "accept-language": "es-MX,es;q=0.9,en;q=0.5" });
    expect(esHeader).toEqual(Object.values(spanish.csv));
    expect(esRows.map((row) => row[priorityColumn])).toEqual(items.map((i) => spanish.priority[i.priority]));

    const [arHeader] = await csvIn({ "accept-language": "ar" });
    expect(arHeader).toEqual(Object.values(exportLabelsIn("ar").csv));
  });

  it("words the PDF in the reader's language, an Arabic reader's too (roadmaps-export-arabic.test.ts)", async () => {
    const pdfIn = async (acceptLanguage: string) => {
      const response = await app.inject({
        method: "GET",
        url: pdfOf(roadmaps.zambia.id),
        headers: { cookie: cookies.get("coordinator")!, "accept-language": acceptLanguage },
      });
      expect(response.statusCode).toBe(200);
      return squash(await pdfText(response.rawPayload));
    };
    const spanish = exportLabelsIn("es");
    const es = await pdfIn("es");
    expect(es).toContain(squash(spanish.pdf.itemsByObjective));
    expect(es).toContain(squash(spanish.pdf.endorsement));
    expect(es).toContain(squash(spanish.roadmapStatus.DRAFT));
    // Dates and costs as Spanish writes them: "1 mar 2027", "12.500,00 USD".
    expect(es).toMatch(/\d{1,2} [a-z]{3,4}\.? \d{4}/);
    expect(es).toMatch(/\d{1,3}(\.\d{3})*,\d{2}\s(US\$|USD|EUR|€|ZMW)/);

    const ar = await pdfIn("ar");
    expect(ar).toContain(squash(exportLabelsIn("ar").pdf.itemsByObjective));
    expect(ar).not.toContain(squash(EXPORT_LABELS.pdf.itemsByObjective));
  });
});
