// The PDF's house style and the small drawing helpers its sections share: the embedded
// font (DejaVu Sans, so that any Latin, Greek or Cyrillic name prints, and signs such as
// ≥; the 14 standard PDF fonts know only Windows-1252), colours, page geometry, headings
// that never sit alone at the foot of a page, and a footer on every page.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";

export type Pdf = PDFKit.PDFDocument;

const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | undefined;

/** Read once, on the first export: about 1 MB that most processes never need. */
function fontFiles() {
  fonts ??= {
    regular: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")),
    bold: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")),
  };
  return fonts;
}

export const FONT = { regular: "Regular", bold: "Bold" } as const;

export const COLOR = {
  text: "#1f2937",
  muted: "#6b7280",
  rule: "#d1d5db",
  grid: "#e5e7eb",
  band: "#f3f4f6",
  accent: "#1d4ed8",
  today: "#dc2626",
  progress: {
    NOT_STARTED: "#9ca3af",
    IN_PROGRESS: "#2563eb",
    DONE: "#16a34a",
    BLOCKED: "#dc2626",
    DROPPED: "#d1d5db",
  },
} as const;

export const PORTRAIT = { size: "A4", layout: "portrait", margin: 50 } as const;
export const LANDSCAPE = { size: "A4", layout: "landscape", margin: 36 } as const;

/** A document that streams its bytes as pages are written, with the font embedded (subset). */
export function createPdf(info: { title: string; subject: string; language?: string }): Pdf {
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: false,
    info: { Title: info.title, Subject: info.subject, Creator: "Hemicycle", Producer: "Hemicycle (PDFKit)" },
    lang: info.language ?? "en",
    displayTitle: true,
  });
  const { regular, bold } = fontFiles();
  doc.registerFont(FONT.regular, regular);
  doc.registerFont(FONT.bold, bold);
  return doc;
}

/** PDFKit's own record of the current font and colour, which its API can set but not read back. */
type TextState = { _font: unknown; _fontSize: number; _fillColor: unknown };

/** Draws one line right to left in a box, at its start (right) or end (left) side (pdf-text.ts). */
export type RightToLeftLine = (text: string, x: number, y: number, width: number, side: "start" | "end") => void;

/**
 * Writes `text` at the foot of every page as it is added, with the page number. A page
 * is often added in the middle of a paragraph that flows over, which then goes on as it
 * was: PDFKit's record of font and colour (which it applies again after a page break)
 * and the position are put back by hand, the graphics state with save and restore.
 * The bottom margin is lifted meanwhile, or PDFKit would start a new page for the footer.
 */
export function footerOnEveryPage(
  doc: Pdf,
  text: string,
  pageLabel: (page: number) => string,
  rightToLeft?: RightToLeftLine,
) {
  let page = 0;
  const state = doc as unknown as TextState;
  doc.on("pageAdded", () => {
    page += 1;
    const { x, y } = doc;
    const { _font: font, _fontSize: fontSize, _fillColor: fillColor } = state;
    const margins = doc.page.margins;
    const bottom = margins.bottom;
    margins.bottom = 0;
    const width = doc.page.width - margins.left - margins.right;
    const top = doc.page.height - bottom / 2 - 4;
    doc.save();
    doc.font(FONT.regular).fontSize(7.5).fillColor(COLOR.muted);
    if (rightToLeft) {
      rightToLeft(fitText(doc, text, width - 60), margins.left + 60, top, width - 60, "start");
      rightToLeft(pageLabel(page), margins.left, top, width, "end");
    } else {
      doc.text(text, margins.left, top, { width: width - 60, lineBreak: false, ellipsis: true, height: 10 });
      doc.text(pageLabel(page), margins.left, top, { width, align: "right", lineBreak: false });
    }
    doc.restore();
    margins.bottom = bottom;
    doc.x = x;
    doc.y = y;
    if (font !== null) state._font = font;
    state._fontSize = fontSize;
    state._fillColor = fillColor;
  });
}

/** Lowest y that content may reach on the current page. */
export function pageBottom(doc: Pdf): number {
  return doc.page.height - doc.page.margins.bottom;
}

export function contentWidth(doc: Pdf): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Starts a new page unless `height` still fits below the current position. */
export function keepTogether(doc: Pdf, height: number, page: PDFKit.PDFDocumentOptions = PORTRAIT) {
  if (doc.y + height > pageBottom(doc)) doc.addPage(page);
}

export function heading(doc: Pdf, text: string, size = 16) {
  keepTogether(doc, size * 4);
  doc.font(FONT.bold).fontSize(size).fillColor(COLOR.text);
  doc.text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.4);
  doc.font(FONT.regular).fontSize(10);
}

export function paragraph(doc: Pdf, text: string, options: { size?: number; color?: string } = {}) {
  doc
    .font(FONT.regular)
    .fontSize(options.size ?? 10)
    .fillColor(options.color ?? COLOR.text);
  doc.text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
}

/** `YYYY-MM-DD` of a date-only value (stored at UTC midnight). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD HH:MM UTC` of an instant. */
export function isoInstant(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** "1234567.50" → "1,234,567.50", from the decimal string, so no cent is lost to floating point. */
export function formatAmount(amount: string): string {
  const [whole = "0", cents] = amount.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return cents === undefined ? grouped : `${grouped}.${cents}`;
}

/** Cuts `text` to fit `width` at the current font and size, ending it with an ellipsis. */
export function fitText(doc: Pdf, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (doc.widthOfString(`${text.slice(0, middle)}…`) <= width) low = middle;
    else high = middle - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}
