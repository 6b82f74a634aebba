// Terms of reference as files (GET /export/terms-of-reference/:id/:number.docx and .pdf),
// driven with `app.inject` on the demo data with real sign-ins: the eight headings in
// order and a finding's recommendation under the functional requirements, read back from
// the DOCX's XML and from the PDF with PDF.js; any version, in the version's language
// (Arabic right to left); who gets the file and who a 401 or the same 404 as a missing one.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { loadConfig } from "@hemicycle/server/config";
import { markdownBlocks } from "@hemicycle/server/documents/markdown-blocks";
import { buildApp } from "@hemicycle/server/http/app";
import { translator } from "@hemicycle/server/lib/translate";
import { seedDemoData } from "@hemicycle/server/seed/seed-demo";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import { TOR_SECTIONS } from "@hemicycle/shared/schemas/terms-of-reference";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, sessionUserByEmail } from "../../helpers/context.ts";
import { useTestDatabase } from "../../helpers/database.ts";
import { docxPart, docxText, pdfText } from "../../helpers/document-text.ts";
import { signInOverHttp } from "../../helpers/http-session.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;

type App = Awaited<ReturnType<typeof buildApp>>;

let app: App;
let dataDir: string;
const cookies = new Map<string, string>();
let torId: string;
let recommendation: string;
let arabicTorId: string;

const squash = (text: string) => text.replace(/\s+/g, " ").trim();
const fileOf = (id: string, number: number, format: "docx" | "pdf") =>
  `/export/terms-of-reference/${id}/${number}.${format}`;

function download(path: string, as?: string) {
  return app.inject({ method: "GET", url: path, headers: as ? { cookie: cookies.get(as)! } : {} });
}

/** The text from one heading to the next, whitespace squashed (PDF lines wrap anywhere). */
function between(text: string, from: string, to: string): string {
  const flat = squash(text);
  const start = flat.indexOf(from);
  const end = flat.indexOf(to, start + from.length);
  expect(start, `"${from}" in the text`).toBeGreaterThanOrEqual(0);
  expect(end, `"${to}" after "${from}"`).toBeGreaterThan(start);
  return flat.slice(start + from.length, end);
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "hc-tor-export-test-"));
  expect(await seedDemoData(prisma())).toEqual({ seeded: true });
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent" });
  const auth = createAuth({
    prisma: prisma(),
    secret: "tor-export-test-secret-0123456789-abcdef",
    baseURL: config.publicUrl,
  });
  app = await buildApp({ config, db: db(), auth });
  await app.ready();
  resetSignInThrottle();
  for (const email of [
    "lead.expert@hemicycle.test",
    "outsider.expert@hemicycle.test",
    "staff.zambia@hemicycle.test",
    "staff.montenegro@hemicycle.test",
  ]) {
    cookies.set(email.split("@")[0]!, await signInOverHttp(app, email));
  }

  // Terms of reference of the Zambia mission from a validated finding with a recommendation and the roadmap's items.
  const lead = await sessionUserByEmail(db(), "lead.expert@hemicycle.test");
  const mission = await prisma().mission.findFirstOrThrow({ where: { code: "SADC-ZMB-2026" }, select: { id: true } });
  const finding = await prisma().finding.findFirstOrThrow({
    where: { status: "VALIDATED", recommendation: { not: null }, phase: { missionId: mission.id } },
    select: { id: true, recommendation: true },
  });
  recommendation = finding.recommendation!;
  const items = await prisma().roadmapItem.findMany({
    where: { roadmap: { missionId: mission.id } },
    select: { id: true },
    take: 3,
  });
  const draft = (language: "en" | "ar") =>
    callerFor(db(), lead).termsOfReference.create({
      missionId: mission.id,
      title: language === "en" ? "Legislative information system" : "نظام المعلومات التشريعية",
      language,
      findingIds: [finding.id],
      roadmapItemIds: items.map((i) => i.id),
    });
  const tor = await draft("en");
  torId = tor.id;
  await callerFor(db(), lead).termsOfReference.save({
    id: torId,
    version: 1,
    title: tor.title,
    ...Object.fromEntries(TOR_SECTIONS.map((s) => [s, tor.latest[s]])),
    background: "Version two's **own** background.",
  } as Parameters<ReturnType<typeof callerFor>["termsOfReference"]["save"]>[0]);
  arabicTorId = (await draft("ar")).id;
}, 120_000);

afterAll(async () => {
  await app?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const HEADINGS = TOR_SECTIONS.map((s) => translator("en").t(`torDocument.headings.${s}`));

describe("the exported terms of reference", () => {
  it("DOCX: the eight headings in order, the recommendation under the functional requirements", async () => {
    const response = await download(fileOf(torId, 1, "docx"), "lead.expert");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("wordprocessingml");
    expect(response.headers["content-disposition"]).toContain("SADC-ZMB-2026-terms-of-reference-v1.docx");
    const text = docxText(response.rawPayload);
    const positions = HEADINGS.map((h) => text.split("\n").indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain("Legislative information system");
    expect(text).toContain("SADC-ZMB-2026");
    const functional = between(text, HEADINGS[3]!, HEADINGS[4]!);
    expect(functional).toContain(squash(recommendation));
    expect(functional).toMatch(/FR-01/);
    // Markdown becomes a list and bold runs, never literal asterisks.
    expect(functional).not.toContain("**");
    expect(docxPart(response.rawPayload)).toContain("<w:numPr>");
  });

  it("PDF: the same headings and recommendation, read back with PDF.js", async () => {
    const response = await download(fileOf(torId, 1, "pdf"), "staff.zambia");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    const text = await pdfText(response.rawPayload);
    let last = -1;
    for (const heading of HEADINGS) {
      const at = squash(text).indexOf(heading, last + 1);
      expect(at, heading).toBeGreaterThan(last);
      last = at;
    }
    expect(between(text, HEADINGS[3]!, HEADINGS[4]!)).toContain(squash(recommendation));
  });

  it("gives any saved version: version 2 has its own background", async () => {
    const first = docxText((await download(fileOf(torId, 1, "docx"), "lead.expert")).rawPayload);
    const second = docxText((await download(fileOf(torId, 2, "docx"), "lead.expert")).rawPayload);
    expect(second).toContain("Version two's own background.");
    expect(first).not.toContain("Version two's own background.");
    expect(squash(await pdfText((await download(fileOf(torId, 2, "pdf"), "lead.expert")).rawPayload))).toContain(
      "Version two's own background.",
    );
  });

  it("words an Arabic version in Arabic, right to left", async () => {
    const ar = translator("ar");
    expect(ar.t("torDocument.headings.background")).not.toBe("Background");
    const response = await download(fileOf(arabicTorId, 1, "docx"), "lead.expert");
    expect(response.statusCode).toBe(200);
    const text = docxText(response.rawPayload);
    for (const s of TOR_SECTIONS) expect(text).toContain(ar.t(`torDocument.headings.${s}`));
    expect(docxPart(response.rawPayload)).toContain("<w:bidi/>");
    const pdf = squash(await pdfText((await download(fileOf(arabicTorId, 1, "pdf"), "lead.expert")).rawPayload));
    expect(pdf).toContain(ar.t("torDocument.headings.background"));
  });
});

describe("who gets terms of reference as a file", () => {
  it("answers 401 without a session, 404 out of reach, for a missing version or a malformed address", async () => {
    expect((await download(fileOf(torId, 1, "pdf"))).statusCode).toBe(401);
    for (const user of ["outsider.expert", "staff.montenegro"]) {
      expect((await download(fileOf(torId, 1, "docx"), user)).statusCode).toBe(404);
      expect((await download(fileOf(torId, 1, "pdf"), user)).statusCode).toBe(404);
    }
    expect((await download(fileOf(torId, 9, "pdf"), "lead.expert")).statusCode).toBe(404);
    expect((await download(`/export/terms-of-reference/${torId}/1.txt`, "lead.expert")).statusCode).toBe(404);
    expect((await download(`/export/terms-of-reference/${torId}/0.pdf`, "lead.expert")).statusCode).toBe(404);
  });
});

describe("the demo's terms of reference", () => {
  it("are Montenegro's, drafted from its validated findings, and its staff download them; Zambia's staff get 404", async () => {
    const tor = await prisma().termsOfReference.findFirstOrThrow({
      where: { mission: { code: "MNE-TOR-2026" } },
      select: { id: true, versions: { select: { functionalRequirements: true, findingIds: true } } },
    });
    expect(tor.versions).toHaveLength(1);
    expect(tor.versions[0]!.functionalRequirements).toContain(
      "Specify one legislative information system covering the whole workflow.",
    );
    const response = await download(fileOf(tor.id, 1, "pdf"), "staff.montenegro");
    expect(response.statusCode).toBe(200);
    expect(squash(await pdfText(response.rawPayload))).toContain(
      "Require Akoma Ntoso and ELI in the terms of reference.",
    );
    expect((await download(fileOf(tor.id, 1, "pdf"), "staff.zambia")).statusCode).toBe(404);
  });
});

describe("markdownBlocks", () => {
  it("reads headings, paragraphs, both kinds of list, bold and italic, links as words and address, each in its own direction", () => {
    const blocks = markdownBlocks(
      "Intro line one\nline two\n\n### Area\n\n- **FR-01** Track _bills_\n  continued\n- Second\n\n1. First\n2. [Site](https://example.org)",
    );
    expect(blocks).toEqual([
      { kind: "paragraph", text: [{ text: "Intro line one line two" }], auto: true },
      { kind: "heading", level: 2, text: "Area", auto: true },
      {
        kind: "list",
        ordered: false,
        items: [
          [{ text: "FR-01", bold: true }, { text: " Track " }, { text: "bills", italic: true }, { text: " continued" }],
          [{ text: "Second" }],
        ],
        auto: true,
      },
      {
        kind: "list",
        ordered: true,
        items: [[{ text: "First" }], [{ text: "Site (https://example.org)" }]],
        auto: true,
      },
    ]);
    expect(markdownBlocks("snake_case_name stays")).toEqual([
      { kind: "paragraph", text: [{ text: "snake_case_name stays" }], auto: true },
    ]);
  });
});
