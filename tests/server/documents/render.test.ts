// The shared document renderer (server/src/documents/render/): one document model written
// as PDF and as DOCX, read back with real extractors (PDF.js through unpdf, the DOCX's
// word/document.xml). English text comes out whole and in order; Arabic comes out shaped,
// in its logical order (the order a reader copies it in), with Latin names and numbers in
// it left to right, right-aligned; a document of thousands of blocks streams.
import { buffer } from "node:stream/consumers";
import { inflateSync } from "node:zlib";
import { renderDocx } from "@hemicycle/server/documents/render/docx";
import type { Block, DocumentModel } from "@hemicycle/server/documents/render/model";
import { renderPdf } from "@hemicycle/server/documents/render/pdf";
import { visualRuns } from "@hemicycle/server/documents/render/bidi-lines";
import { getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { docxPart, docxText, pdfText } from "../../helpers/document-text.ts";

function model(blocks: Block[], overrides: Partial<DocumentModel> = {}): DocumentModel {
  return {
    language: "en",
    direction: "ltr",
    title: "Test document",
    footer: "Test footer",
    pageLabel: (page) => `Page ${page}`,
    blocks,
    ...overrides,
  };
}

const ENGLISH: Block[] = [
  { kind: "title", eyebrow: "Assessment report", title: "Parliament of Zambia", facts: [["Mission", "SADC-ZMB-2026"]] },
  { kind: "toc", title: "Contents", entries: [{ text: "1 Current situation", level: 1, id: "current" }] },
  { kind: "pageBreak" },
  { kind: "heading", level: 1, text: "1 Current situation", id: "current" },
  {
    kind: "paragraph",
    text: [{ text: "The library runs " }, { text: "Koha 22", bold: true }, { text: " since 2019.", italic: true }],
  },
  { kind: "list", ordered: false, items: ["First point", "Second point"] },
  { kind: "list", ordered: true, items: ["Step one", "Step two"] },
  { kind: "heading", level: 2, text: "1.1 Cybersecurity" },
  {
    kind: "table",
    header: ["Area", "Count"],
    rows: [
      ["Websites", "3"],
      ["Library", "12"],
    ],
    widths: [3, 1],
  },
  { kind: "paragraph", text: "Nothing else.", tone: "muted" },
];

/** Words of Arabic without ligatures and with one (lam-alef: "الأمن"), a Latin name and numbers. */
const ARABIC: Block[] = [
  { kind: "title", eyebrow: "تقرير التقييم", title: "مجلس النواب", facts: [["البعثة", "SADC-ZMB-2026"]] },
  { kind: "heading", level: 1, text: "الوضع الحالي" },
  {
    kind: "paragraph",
    text: [{ text: "يعمل البرلمان على نظام " }, { text: "Koha", bold: true }, { text: " منذ عام 2019 في المكتبة." }],
  },
  { kind: "list", ordered: false, items: ["الأمن السيبراني", "الموقع الإلكتروني"] },
  { kind: "table", header: ["المجال", "العدد"], rows: [["المكتبة", "12"]] },
];

async function pdfBytes(m: DocumentModel) {
  return new Uint8Array(await buffer(renderPdf(m)));
}

function inOrder(text: string, parts: string[]) {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    expect(at, `"${part}" after position ${from} in:\n${text}`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
}

describe("bidi lines", () => {
  it("keeps a left-to-right line as it is", () => {
    expect(visualRuns([{ text: "Plain text", style: 0 }], "ltr")).toEqual([
      { text: "Plain text", style: 0, rtl: false },
    ]);
  });

  it("puts an Arabic line's runs right to left, its numbers and Latin names left to right, brackets mirrored", () => {
    const runs = visualRuns(
      [
        { text: "نظام ", style: 0 },
        { text: "Koha", style: 1 },
        { text: " منذ 2019 (تقريبا)", style: 0 },
      ],
      "rtl",
    );
    // Left to right on the page: the end of the sentence first.
    expect(runs.map((r) => r.text)).toEqual([" )تقريبا(", "2019", " منذ ", "Koha", "نظام "].slice(0, runs.length));
    expect(runs.find((r) => r.text === "Koha")).toMatchObject({ style: 1, rtl: false });
    expect(runs.find((r) => r.text === "2019")?.rtl).toBe(false);
  });
});

describe("PDF", () => {
  it("writes headings, runs, lists, tables and the contents in order, with a footer on every page", async () => {
    const bytes = await pdfBytes(model(ENGLISH));
    const text = await pdfText(bytes);
    inOrder(text, [
      "ASSESSMENT REPORT",
      "Parliament of Zambia",
      "Mission",
      "SADC-ZMB-2026",
      "Contents",
      "1 Current situation",
      "1 Current situation",
      "The library runs Koha 22 since 2019.",
      "First point",
      "Second point",
      "1.",
      "Step one",
      "2.",
      "Step two",
      "1.1 Cybersecurity",
      "Area",
      "Count",
      "Websites",
      "3",
      "Library",
      "12",
      "Nothing else.",
    ]);
    expect(text).toContain("Test footer Page 1");
    expect(text).toContain("Test footer Page 2");
    const pdf = await getDocumentProxy(bytes);
    expect(pdf.numPages).toBe(2);
    const info = (await pdf.getMetadata()).info as { Title?: string };
    expect(info.Title).toBe("Test document");
    // The contents' entry links to its heading on page 2.
    const links = (await (await pdf.getPage(1)).getAnnotations()) as { subtype: string; dest?: unknown }[];
    expect(links.filter((a) => a.subtype === "Link").map((a) => a.dest)).toEqual(["current"]);
    const destination = (await pdf.getDestination("current")) as [{ num: number; gen: number }, ...unknown[]];
    expect(await pdf.getPageIndex(destination[0])).toBe(1);
  });

  it("writes Arabic shaped and right-aligned, read back in logical order, ligatures included", async () => {
    const bytes = await pdfBytes(
      model(ARABIC, { language: "ar", direction: "rtl", footer: "تقرير", pageLabel: (p) => `صفحة ${p}` }),
    );
    const text = await pdfText(bytes);
    for (const words of ["مجلس النواب", "الوضع الحالي", "يعمل البرلمان على نظام", "في المكتبة", "الأمن السيبراني"]) {
      expect(text).toContain(words);
    }
    expect(text).toContain("Koha");
    expect(text).toContain("2019");
    expect(text).toContain("SADC-ZMB-2026");

    // Right-aligned: the heading starts right of the page's middle.
    const pdf = await getDocumentProxy(bytes);
    const page = await pdf.getPage(1);
    const content = await page.getTextContent();
    const heading = content.items.find((item) => "str" in item && item.str.includes("الوضع"));
    expect(heading && "transform" in heading ? heading.transform[4] : 0).toBeGreaterThan(250);
  });

  it("shapes Arabic: one letter in its initial, medial and final forms is three glyphs, not one", async () => {
    const bytes = await pdfBytes(model([{ kind: "paragraph", text: "بببب" }], { language: "ar", direction: "rtl" }));
    // The fonts' ToUnicode maps (inside compressed streams) say which glyphs stand for U+0628.
    const raw = Buffer.from(bytes).toString("latin1");
    const maps: string[] = [];
    for (const match of raw.matchAll(/stream\r?\n/g)) {
      const start = match.index + match[0].length;
      const end = raw.indexOf("endstream", start);
      try {
        const text = inflateSync(Buffer.from(bytes.subarray(start, end))).toString("latin1");
        if (text.includes("beginbfrange")) maps.push(text);
      } catch {
        // Not a compressed stream (or not one of ours): skipped.
      }
    }
    const behGlyphs = maps.join("\n").match(/<0628>/g) ?? [];
    expect(behGlyphs.length).toBeGreaterThanOrEqual(3);
  });

  it("streams a document of 3,000 blocks in bounded time", async () => {
    const blocks = function* (): Generator<Block> {
      for (let i = 0; i < 1000; i++) {
        yield { kind: "heading", level: 2, text: `Finding ${i}` };
        yield { kind: "paragraph", text: "Evidence ".repeat(60) };
        yield { kind: "table", header: ["A", "B"], rows: [["one", "two"]] };
      }
    };
    const started = Date.now();
    const bytes = await pdfBytes(model([], { blocks: blocks() }));
    const elapsed = Date.now() - started;
    console.info(`3,000 blocks: ${elapsed} ms, ${bytes.length} bytes`);
    expect(elapsed).toBeLessThan(60_000);
    const text = await pdfText(bytes);
    expect(text).toContain("Finding 999");
  }, 90_000);

  it("stops reading the blocks when its reader goes away (a cancelled download)", async () => {
    let read = 0;
    function* endless(): Generator<Block> {
      for (;;) {
        read += 1;
        yield { kind: "paragraph", text: "Evidence ".repeat(80) };
      }
    }
    const pdf = renderPdf(model([], { blocks: endless() }));
    await new Promise<void>((resolve) => pdf.once("data", () => resolve()));
    pdf.destroy();
    const atDestroy = read;
    await new Promise((resolve) => setTimeout(resolve, 200));
    // At most the blocks of one turn (20) more.
    expect(read - atDestroy).toBeLessThanOrEqual(21);
  });

  it("ends the stream with an error when the blocks fail half-way", async () => {
    async function* failing(): AsyncGenerator<Block> {
      yield { kind: "paragraph", text: "Before" };
      throw new Error("the database went away");
    }
    await expect(buffer(renderPdf(model([], { blocks: failing() })))).rejects.toThrow("the database went away");
  });
});

describe("DOCX", () => {
  it("writes headings as Word headings, runs, numbered and bulleted lists, a table with a repeated header row", async () => {
    const bytes = new Uint8Array(await renderDocx(model(ENGLISH)));
    const text = docxText(bytes);
    inOrder(text, [
      "ASSESSMENT REPORT",
      "Parliament of Zambia",
      "Contents",
      "1 Current situation",
      "1 Current situation",
      "The library runs Koha 22 since 2019.",
      "First point",
      "Step one",
      "1.1 Cybersecurity",
      "Area",
      "Count",
      "Websites",
      "Nothing else.",
    ]);
    const xml = docxPart(bytes);
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain("<w:tblHeader/>");
    expect(xml).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Koha 22<\/w:t>/);
    expect(xml).not.toContain("<w:bidi/>");
    expect(docxText(bytes, "word/footer1.xml")).toContain("Test footer");
  });

  it("writes Arabic in bidirectional paragraphs with right-to-left runs and a right-to-left table", async () => {
    const bytes = new Uint8Array(
      await renderDocx(model(ARABIC, { language: "ar", direction: "rtl", pageLabel: (p) => `صفحة ${p}` })),
    );
    const text = docxText(bytes);
    for (const words of ["مجلس النواب", "الوضع الحالي", "الأمن السيبراني", "Koha", "2019"])
      expect(text).toContain(words);
    const xml = docxPart(bytes);
    expect(xml).toContain("<w:bidi/>");
    expect(xml).toContain("<w:bidiVisual/>");
    // The Arabic text is in right-to-left runs, the Latin name in a left-to-right one.
    expect(xml).toMatch(/<w:rtl\/><\/w:rPr><w:t xml:space="preserve">يعمل البرلمان على نظام <\/w:t>/);
    expect(xml).toMatch(/<w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Koha<\/w:t>/);
    expect(docxPart(bytes, "word/styles.xml")).toContain('w:bidi="ar-SA"');
  });
});
