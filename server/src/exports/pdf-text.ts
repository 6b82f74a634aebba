// Text in the roadmap PDF in the reader's direction. Left to right it is PDFKit's own
// `doc.text`, called exactly as before; right to left (an Arabic reader's PDF) each line is
// broken here and drawn in visual order with the documents' renderer's helpers: bidi-js
// reordering (documents/render/bidi-lines.ts), fontkit shaping a right-to-left run whole,
// and ligatures that read back in order (documents/render/pdf.ts). Lines sit at the right;
// a text of people's own writing (`auto`) is laid out in the direction of its first strong
// letter, as the renderer's paragraphs are, so an English title keeps its order.
import { firstStrongDirection, visualRuns } from "../documents/render/bidi-lines.ts";
import type { Direction } from "../documents/render/model.ts";
import { ligaturesReadRightToLeft } from "../documents/render/pdf.ts";
import {
  COLOR,
  FONT,
  PORTRAIT,
  contentWidth,
  footerOnEveryPage as layoutFooter,
  heading as layoutHeading,
  keepTogether,
  pageBottom,
  paragraph as layoutParagraph,
  type Pdf,
} from "./pdf-layout.ts";

const rightToLeft = new WeakSet<Pdf>();

/** Marks a document as written right to left: every helper here then lays its text out so. */
export function writeRightToLeft(doc: Pdf) {
  rightToLeft.add(doc);
}

export function isRightToLeft(doc: Pdf): boolean {
  return rightToLeft.has(doc);
}

export type TextOptions = PDFKit.Mixins.TextOptions & {
  /** Right to left only: the text's own direction by its first strong letter (people's writing). */
  auto?: boolean;
  /** Right to left only: `start` is the right (the left for a left-to-right `auto` text); `right` whatever the text. */
  side?: Side;
};

type Side = "start" | "end" | "center" | "right";

/**
 * Marks and isolates that steer the bidirectional algorithm (Intl puts marks in Arabic
 * numbers and dates; a cost is isolated) but that DejaVu has no glyph for.
 */
const BIDI_MARKS = /[\u200e\u200f\u061c\u2066-\u2069]/gu;

type FontOf = { _font: Parameters<typeof ligaturesReadRightToLeft>[0] };

/**
 * `doc.text(text, x, y, options)` in the document's direction. Right to left the box from
 * `x` of `options.width` (to the right margin when none) takes the lines at its right; a
 * text that breaks over lines continues on a new portrait page past the foot of one, and
 * the pen is left below the text at `x`, as PDFKit leaves it.
 */
export function write(doc: Pdf, text: string, x: number, y: number, options: TextOptions = {}) {
  const { auto, side, ...pdfkit } = options;
  if (!isRightToLeft(doc)) {
    doc.text(text, x, y, pdfkit);
    return;
  }
  const width = pdfkit.width ?? doc.page.width - doc.page.margins.right - x;
  const direction: Direction = auto ? (firstStrongDirection(text) ?? "rtl") : "rtl";
  const lineHeight = doc.currentLineHeight(true) + (pdfkit.lineGap ?? 0);
  const lines = pdfkit.lineBreak === false ? [text.replace(/\s+/g, " ")] : breakLines(doc, text, width);
  let top = y;
  for (const line of lines) {
    if (pdfkit.lineBreak !== false && top + lineHeight > pageBottom(doc)) {
      doc.addPage(PORTRAIT);
      top = doc.page.margins.top;
    }
    drawLine(doc, line, x, top, width, direction, side ?? "start");
    top += lineHeight;
  }
  doc.x = x;
  doc.y = pdfkit.lineBreak === false ? y : top;
}

/** A heading in the document's direction (pdf-layout.ts's `heading`, at the right in Arabic). */
export function heading(doc: Pdf, text: string, size = 16) {
  if (!isRightToLeft(doc)) return layoutHeading(doc, text, size);
  keepTogether(doc, size * 4);
  doc.font(FONT.bold).fontSize(size).fillColor(COLOR.text);
  write(doc, text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.4);
  doc.font(FONT.regular).fontSize(10);
}

/** A paragraph in the document's direction (pdf-layout.ts's `paragraph`); `auto` for people's writing. */
export function paragraph(doc: Pdf, text: string, options: { size?: number; color?: string; auto?: boolean } = {}) {
  if (!isRightToLeft(doc)) return layoutParagraph(doc, text, options);
  doc
    .font(FONT.regular)
    .fontSize(options.size ?? 10)
    .fillColor(options.color ?? COLOR.text);
  write(doc, text, doc.page.margins.left, doc.y, { width: contentWidth(doc), auto: options.auto });
}

/** The footer of every page (pdf-layout.ts), its lines drawn right to left in an Arabic document. */
export function footerOnEveryPage(doc: Pdf, text: string, pageLabel: (page: number) => string) {
  layoutFooter(
    doc,
    text,
    pageLabel,
    isRightToLeft(doc)
      ? (line, x, y, width, side) => write(doc, line, x, y, { width, side, lineBreak: false })
      : undefined,
  );
}

/** Greedy lines no wider than `width`, broken at spaces; a word wider than a line stands alone. */
function breakLines(doc: Pdf, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && doc.widthOfString(candidate) > width) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}

function drawLine(doc: Pdf, line: string, x: number, y: number, width: number, direction: Direction, side: Side) {
  ligaturesReadRightToLeft((doc as unknown as FontOf)._font);
  const runs = visualRuns([{ text: line, style: 0 }], direction)
    .map((run) => ({ ...run, text: run.text.replace(BIDI_MARKS, "") }))
    .filter((run) => run.text.length > 0);
  const total = runs.reduce((sum, run) => sum + doc.widthOfString(run.text), 0);
  const atRight = side === "right" || (side === "start") === (direction === "rtl");
  let cursor = side === "center" ? x + (width - total) / 2 : atRight ? x + width - total : x;
  for (const run of runs) {
    const runWidth = doc.widthOfString(run.text);
    // A right-to-left run is laid out whole, so that fontkit shapes and reverses it whole.
    doc.text(run.text, cursor, y, {
      lineBreak: false,
      features: run.rtl ? [] : undefined,
    } as PDFKit.Mixins.TextOptions);
    cursor += runWidth;
  }
}
