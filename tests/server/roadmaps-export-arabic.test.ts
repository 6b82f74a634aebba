// The roadmap PDF for an Arabic reader: worded in Arabic and laid out right to left (its
// text shaped and put in visual order, tables and the timeline mirrored), read back with
// PDF.js (unpdf) as the renderer's tests read theirs: the headings, an item's Arabic title
// in logical order, an English title intact, the timeline's words; the English and French
// PDFs read as before. ROADMAP_PDF_OUT=<dir> keeps the files, to look at them.
import { mkdirSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { loadConfig } from "@hemicycle/server/config";
import { EXPORT_LABELS, exportLabelsIn } from "@hemicycle/server/exports/labels";
import { buildApp } from "@hemicycle/server/http/app";
import { seedDemoData } from "@hemicycle/server/seed/seed-demo";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../helpers/database.ts";
import { signInOverHttp } from "../helpers/http-session.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;

type App = Awaited<ReturnType<typeof buildApp>>;

let app: App;
let dataDir: string;
let cookie: string;
let roadmapId: string;
let englishTitle: string;

const ARABIC_TITLE = "أرشيف رقمي لمحاضر الجلسات العامة";
const ARABIC_DESCRIPTION = "رقمنة المحاضر منذ عام 1991 وإتاحتها للبحث";

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

async function pdfIn(acceptLanguage: string): Promise<{ text: string; pages: string[]; body: Buffer }> {
  const response = await app.inject({
    method: "GET",
    url: `/export/roadmaps/${roadmapId}.pdf`,
    headers: { cookie, "accept-language": acceptLanguage },
  });
  expect(response.statusCode).toBe(200);
  const body = response.rawPayload;
  const out = process.env.ROADMAP_PDF_OUT;
  if (out) {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, `roadmap-${acceptLanguage}.pdf`), body);
  }
  const pdf = await getDocumentProxy(new Uint8Array(body));
  const { text: pages } = await extractText(pdf, { mergePages: false });
  return { text: squash(pages.join(" ")), pages: pages.map(squash), body };
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "hc-export-ar-test-"));
  expect(await seedDemoData(prisma())).toEqual({ seeded: true });
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent" });
  const auth = createAuth({
    prisma: prisma(),
    secret: "export-test-secret-export-test-secret-0123",
    baseURL: config.publicUrl,
  });
  app = await buildApp({ config, db: db(), auth });
  await app.ready();
  resetSignInThrottle();
  cookie = await signInOverHttp(app, "coordinator@hemicycle.test");
  const roadmap = await prisma().roadmap.findFirstOrThrow({
    where: { mission: { code: "SADC-ZMB-2026" } },
    select: { id: true },
  });
  roadmapId = roadmap.id;
  // One item written in Arabic by its authors; the others keep their English titles.
  const [first, second] = await prisma().roadmapItem.findMany({
    where: { roadmapId, startDate: { not: null } },
    orderBy: { position: "asc" },
    select: { id: true, title: true },
    take: 2,
  });
  await prisma().roadmapItem.update({
    where: { id: first!.id },
    data: { title: ARABIC_TITLE, description: ARABIC_DESCRIPTION },
  });
  englishTitle = second!.title;
}, 120_000);

afterAll(async () => {
  await app?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe("the roadmap PDF for an Arabic reader", () => {
  it("is in Arabic: its headings, the item's Arabic title and description in logical order, an English title intact", async () => {
    const arabic = exportLabelsIn("ar");
    expect(arabic.pdf.itemsByObjective).not.toBe(EXPORT_LABELS.pdf.itemsByObjective);
    const { text } = await pdfIn("ar");
    for (const heading of [
      arabic.pdf.documentKind,
      arabic.pdf.vision,
      arabic.pdf.itemsByObjective,
      arabic.pdf.coverage,
      arabic.pdf.endorsement,
    ]) {
      expect(text).toContain(squash(heading));
    }
    expect(text).toContain(ARABIC_TITLE);
    expect(text).toContain(ARABIC_DESCRIPTION);
    expect(text).toContain(englishTitle);
    expect(text).not.toContain(EXPORT_LABELS.pdf.itemsByObjective);
    expect(text).toContain("SADC-ZMB-2026");
  });

  it("draws the timeline with its words in Arabic: title, legend, years and quarters", async () => {
    const arabic = exportLabelsIn("ar");
    const { pages } = await pdfIn("ar");
    const timeline = pages.filter((page) => page.includes(arabic.pdf.timeline));
    expect(timeline.length).toBeGreaterThan(0);
    const first = timeline[0]!;
    for (const word of [arabic.pdf.baselineLegend, arabic.pdf.exportDateLegend, ...Object.values(arabic.progress)]) {
      expect(first).toContain(squash(word));
    }
    expect(first).toMatch(/20\d\d/);
    expect(first).toContain(squash(arabic.language.t("gantt.quarter", { quarter: 1 })));
  });

  it("keeps the English and French PDFs as they read", async () => {
    const english = await pdfIn("en");
    expect(english.text).toContain(EXPORT_LABELS.pdf.itemsByObjective);
    expect(english.text).toContain(`${EXPORT_LABELS.pdf.timeline} ·`);
    expect(english.text).toMatch(/Q1 Q2 Q3 Q4/);
    expect(english.text).toContain(englishTitle);
    const french = exportLabelsIn("fr");
    const { text } = await pdfIn("fr");
    expect(text).toContain(squash(french.pdf.itemsByObjective));
    expect(text).toContain(englishTitle);
    expect(text).toMatch(/Q1 Q2 Q3 Q4/);
  });
});
