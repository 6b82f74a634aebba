// A document (model.ts) drawn as PDF with PDFKit and DejaVu Sans (exports/pdf-layout.ts),
// streamed: the blocks are read one at a time and the pages go out as they are written,
// so a report of thousands of findings takes the memory of a page, not of the report.
// Text is laid out here rather than by PDFKit so that each line can be put in visual
// order (bidi-lines.ts): Arabic comes out shaped (fontkit and DejaVu's OpenType tables),
// right-aligned, words right to left, numbers and Latin names in it left to right.
// Decision 0022.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { COLOR, FONT, PORTRAIT, createPdf, type Pdf } from "../../exports/pdf-layout.ts";
import { firstStrongDirection, hasRtlScript, visualRuns, type StyledSpan } from "./bidi-lines.ts";
import { plainText, runsOf, type Block, type Direction, type DocumentModel, type Inline, type Run } from "./model.ts";

/** What of PDFKit's embedded font (0.20, pinned) the ligature mending below touches. */
type EmbeddedFont = { unicode?: (number[] | undefined)[]; toUnicodeCmap?: () => unknown; rtlLigatures?: true };

const ARABIC = /[\u0600-\u06ff\u0750-\u077f]/u;

/**
 * A glyph that joins several Arabic letters (lam-alef) is written with its letters in
 * logical order in the PDF's ToUnicode map, but a reader (PDF.js, a viewer's copy) takes
 * right-to-left text in visual order and reverses it, letters of a ligature included: so
 * they are given in visual order, and "الأمن" is read back as "الأمن", not "األمن".
 */
export function ligaturesReadRightToLeft(font: EmbeddedFont) {
  if (font.rtlLigatures || !font.unicode || !font.toUnicodeCmap) return;
  font.rtlLigatures = true;
  const original = font.toUnicodeCmap.bind(font);
  const unicode = font.unicode;
  font.toUnicodeCmap = () => {
    unicode.forEach((codePoints, gid) => {
      if (codePoints && codePoints.length > 1 && codePoints.every((c) => ARABIC.test(String.fromCodePoint(c)))) {
        unicode[gid] = [...codePoints].reverse();
      }
    });
    return original();
  };
}

const require = createRequire(import.meta.url);
let obliqueFonts: { italic: Buffer; boldItalic: Buffer } | undefined;

/** DejaVu Sans Oblique and Bold Oblique, read on the first document that needs them. */
function registerObliqueFonts(doc: Pdf) {
  obliqueFonts ??= {
    italic: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf")),
    boldItalic: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf")),
  };
  doc.registerFont(ITALIC, obliqueFonts.italic);
  doc.registerFont(BOLD_ITALIC, obliqueFonts.boldItalic);
}
const ITALIC = "Italic";
const BOLD_ITALIC = "BoldItalic";

type Style = { bold: boolean; italic: boolean; size: number; color: string };

/** Lines are this much taller than the font size. */
const LEADING = 1.32;
/** Let the reader's response catch up when this much PDF waits to be read. */
const BACKLOG_BYTES = 1 << 20;
/** Blocks drawn between two turns of the event loop, so other requests are served meanwhile. */
const BLOCKS_PER_TURN = 20;

/** Measured and drawn pieces of text: a word with the spaces after it, in one style. */
type Piece = { text: string; style: number; width: number; bare: number };

type Line = { spans: StyledSpan[]; width: number };

class PdfWriter {
  private readonly styles: Style[] = [];
  private readonly styleIds = new Map<string, number>();
  private readonly rtl: boolean;

  constructor(
    readonly doc: Pdf,
    readonly model: DocumentModel,
  ) {
    this.rtl = model.direction === "rtl";
  }

  get left() {
    return this.doc.page.margins.left;
  }
  get width() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  style(style: Style): number {
    const key = `${style.bold}|${style.italic}|${style.size}|${style.color}`;
    let id = this.styleIds.get(key);
    if (id === undefined) {
      id = this.styles.length;
      this.styles.push(style);
      this.styleIds.set(key, id);
    }
    return id;
  }

  /**
   * Applies a style to the text about to be measured or drawn. DejaVu's oblique faces have
   * no Arabic: Arabic in italics is the upright face slanted (`slanted` is then true).
   */
  private apply(id: number, text = ""): Style & { slanted: boolean } {
    const style = this.styles[id] as Style;
    const slanted = style.italic && hasRtlScript(text);
    const font = style.italic && !slanted ? (style.bold ? BOLD_ITALIC : ITALIC) : style.bold ? FONT.bold : FONT.regular;
    if (style.italic && !this.obliqueRegistered) {
      registerObliqueFonts(this.doc);
      this.obliqueRegistered = true;
    }
    this.doc.font(font).fontSize(style.size).fillColor(style.color);
    ligaturesReadRightToLeft((this.doc as unknown as { _font: EmbeddedFont })._font);
    return { ...style, slanted };
  }

  private obliqueRegistered = false;

  private readonly spaces = new Map<number, number>();

  private space(id: number): number {
    let width = this.spaces.get(id);
    if (width === undefined) {
      width = this.measure(" ", id);
      this.spaces.set(id, width);
    }
    return width;
  }

  /** Widths of words already measured, by style: a report repeats its words a lot. */
  private readonly widths = new Map<string, number>();

  private measure(text: string, id: number): number {
    const key = `${id}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      this.apply(id, text);
      width = this.doc.widthOfString(text);
      if (this.widths.size > 50_000) this.widths.clear();
      this.widths.set(key, width);
    }
    return width;
  }

  /** Words (each with its following spaces) of runs in one base style. */
  private pieces(runs: readonly Run[], base: Omit<Style, "bold" | "italic">, bold = false): Piece[] {
    const pieces: Piece[] = [];
    for (const run of runs) {
      const id = this.style({ ...base, bold: bold || run.bold === true, italic: run.italic === true });
      for (const word of run.text.replace(/\s+/g, " ").match(/[^ ]+ *| +/g) ?? []) {
        const bare = this.measure(word.trimEnd(), id);
        pieces.push({
          text: word,
          style: id,
          width: bare + (word.length - word.trimEnd().length) * this.space(id),
          bare,
        });
      }
    }
    return pieces;
  }

  /** Greedy lines no wider than `width`; a word wider than a line is cut by characters. */
  private lines(pieces: Piece[], width: number): Line[] {
    const lines: Line[] = [];
    let line: Line = { spans: [], width: 0 };
    const push = (piece: Piece) => {
      const last = line.spans.at(-1);
      if (last && last.style === piece.style) last.text += piece.text;
      else line.spans.push({ text: piece.text, style: piece.style });
      line.width += piece.width;
    };
    const flush = () => {
      // Spaces at the end of a line take no room and have no direction to keep.
      const last = line.spans.at(-1);
      if (last) {
        const trimmed = last.text.replace(/ +$/, "");
        line.width -= (last.text.length - trimmed.length) * this.space(last.style);
        last.text = trimmed;
      }
      if (line.spans.some((s) => s.text.length > 0)) lines.push(line);
      line = { spans: [], width: 0 };
    };
    for (const piece of pieces) {
      const { bare } = piece;
      if (line.width + bare <= width || line.spans.length === 0) {
        if (bare > width) {
          for (const part of this.cut(piece, width - line.width, width)) {
            if (line.width + part.width > width && line.spans.length > 0) flush();
            push(part);
          }
        } else push(piece);
      } else {
        flush();
        if (bare > width)
          for (const part of this.cut(piece, width, width)) {
            if (line.width + part.width > width && line.spans.length > 0) flush();
            push(part);
          }
        else push(piece);
      }
    }
    flush();
    return lines;
  }

  /** A word too long for a line, in pieces that fit. */
  private cut(piece: Piece, first: number, width: number): Piece[] {
    const parts: Piece[] = [];
    let room = Math.max(first, width / 4);
    let current = "";
    for (const char of piece.text) {
      if (current && this.measure(current + char, piece.style) > room) {
        const measured = this.measure(current, piece.style);
        parts.push({ text: current, style: piece.style, width: measured, bare: measured });
        current = "";
        room = width; // the next pieces start lines of their own: the whole line is theirs
      }
      current += char;
    }
    if (current) {
      const measured = this.measure(current, piece.style);
      parts.push({ text: current, style: piece.style, width: measured, bare: measured });
    }
    return parts;
  }

  /** Draws one line at `y` in a box from `x` of `width`, at the start side of its direction (the document's by default). */
  private drawLine(
    line: Line,
    x: number,
    y: number,
    width: number,
    align: "start" | "end" | "center" = "start",
    direction: Direction = this.model.direction,
    link?: string,
  ) {
    const runs = visualRuns(line.spans, direction);
    const total = runs.reduce((sum, run) => sum + this.measure(run.text, run.style), 0);
    const atRight = (align === "start") === (direction === "rtl");
    let cursor = align === "center" ? x + (width - total) / 2 : atRight ? x + width - total : x;
    for (const run of runs) {
      const style = this.apply(run.style, run.text);
      const runWidth = this.doc.widthOfString(run.text);
      // A right-to-left run is laid out whole so that fontkit reverses it whole; a
      // left-to-right one word by word, as PDFKit does (and caches).
      this.doc.text(run.text, cursor, y, {
        lineBreak: false,
        features: run.rtl ? [] : undefined,
        oblique: style.slanted ? 12 : undefined,
        goTo: link,
      } as PDFKit.Mixins.TextOptions);
      cursor += runWidth;
    }
  }

  lineHeight(size: number) {
    return size * LEADING;
  }

  /** Starts a new page unless `height` fits below the current position. */
  ensure(height: number) {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  newPage() {
    this.doc.addPage(PORTRAIT);
    this.doc.x = this.left;
    this.doc.y = this.doc.page.margins.top;
  }

  /** The direction a block is laid out in: its own text's when it is `auto`, else the document's. */
  directionOf(text: Inline, auto: boolean | undefined): Direction {
    return auto ? (firstStrongDirection(plainText(text)) ?? this.model.direction) : this.model.direction;
  }

  /** Flowing text over as many lines and pages as it takes, indented by `indent` at the start side. */
  flow(
    text: Inline,
    base: Omit<Style, "bold" | "italic">,
    options: {
      bold?: boolean;
      indent?: number;
      after?: number;
      align?: "start" | "center";
      direction?: Direction;
      /** A named destination the text links to (the contents' entries). */
      link?: string;
    } = {},
  ) {
    const direction = options.direction ?? this.model.direction;
    const indent = options.indent ?? 0;
    const width = this.width - indent;
    const x = direction === "rtl" ? this.left : this.left + indent;
    const height = this.lineHeight(base.size);
    for (const line of this.lines(this.pieces(runsOf(text), base, options.bold), width)) {
      this.ensure(height);
      this.drawLine(line, x, this.doc.y, width, options.align, direction, options.link);
      this.doc.y += height;
    }
    this.doc.y += options.after ?? 0;
  }

  /** Laid out lines of a table cell, to measure before drawing. */
  cellLines(text: Inline, base: Omit<Style, "bold" | "italic">, width: number, bold = false) {
    return this.lines(this.pieces(runsOf(text), base, bold), width);
  }

  drawCell(lines: Line[], x: number, y: number, width: number, size: number) {
    let lineY = y;
    for (const line of lines) {
      this.drawLine(line, x, lineY, width);
      lineY += this.lineHeight(size);
    }
  }

  // ——— Blocks ———

  block(block: Block) {
    switch (block.kind) {
      case "title":
        return this.title(block);
      case "heading":
        return this.heading(block);
      case "paragraph": {
        const direction = this.directionOf(block.text, block.auto);
        return block.tone === "muted"
          ? this.flow(block.text, { size: 9, color: COLOR.muted }, { after: 6, direction })
          : this.flow(block.text, { size: 10, color: COLOR.text }, { after: 6, direction });
      }
      case "list":
        return this.list(block.ordered, block.items, block.auto);
      case "table":
        return this.table(block.header, block.rows, block.widths);
      case "pageBreak":
        return this.newPage();
      case "toc":
        return this.toc(block);
    }
  }

  private title(block: Extract<Block, { kind: "title" }>) {
    this.doc.y = this.doc.page.margins.top + 60;
    if (block.eyebrow) this.flow(block.eyebrow.toUpperCase(), { size: 10, color: COLOR.accent }, { after: 6 });
    this.flow(block.title, { size: 24, color: COLOR.text }, { bold: true, after: 6 });
    if (block.subtitle) this.flow(block.subtitle, { size: 13, color: COLOR.muted }, { after: 10 });
    this.doc.y += 14;
    if (block.facts?.length) {
      this.table(
        [],
        block.facts.map(([label, value]) => [[{ text: label, bold: true }], value]),
        [1, 3],
        false,
      );
    }
  }

  private heading(block: Extract<Block, { kind: "heading" }>) {
    const size = block.level === 1 ? 17 : block.level === 2 ? 13 : 11;
    // A heading never sits alone at the foot of a page.
    this.ensure(size * 5);
    this.doc.y += block.level === 1 ? 8 : 4;
    this.doc.outline.addItem(block.text);
    // The contents link here (written before, as PDF allows: destinations are looked up by name).
    if (block.id) this.doc.addNamedDestination(block.id, "XYZ", null, this.doc.y, null);
    this.flow(
      block.text,
      { size, color: block.level === 1 ? COLOR.accent : COLOR.text },
      { bold: true, after: 4, direction: this.directionOf(block.text, block.auto) },
    );
  }

  private list(ordered: boolean, items: readonly Inline[], auto?: boolean) {
    const indent = 16;
    const size = 10;
    items.forEach((item, index) => {
      const direction = this.directionOf(item, auto);
      const marker = ordered ? `${index + 1}.` : "•";
      this.ensure(this.lineHeight(size));
      const y = this.doc.y;
      const id = this.style({ bold: false, italic: false, size, color: COLOR.text });
      const markerLine: Line = { spans: [{ text: marker, style: id }], width: 0 };
      if (direction === "rtl")
        this.drawLine(markerLine, this.left + this.width - indent, y, indent - 4, "start", "rtl");
      else this.drawLine(markerLine, this.left, y, indent - 4, "start", "ltr");
      this.flow(item, { size, color: COLOR.text }, { indent, after: 2, direction });
    });
    this.doc.y += 4;
  }

  private table(
    header: readonly string[],
    rows: readonly (readonly Inline[])[],
    widths?: readonly number[],
    ruled = true,
  ) {
    const columns = Math.max(header.length, ...rows.map((r) => r.length));
    if (columns === 0) return;
    const weights = widths?.length === columns ? widths : Array.from({ length: columns }, () => 1);
    const sum = weights.reduce((a, b) => a + b, 0);
    const columnWidths = weights.map((w) => (this.width * w) / sum);
    const padding = 3;
    const size = 9;
    const base = { size, color: COLOR.text };
    // Columns run from the start side: right to left in an Arabic document.
    const columnX = (index: number) => {
      const before = columnWidths.slice(0, index).reduce((a, b) => a + b, 0);
      return this.rtl ? this.left + this.width - before - (columnWidths[index] ?? 0) : this.left + before;
    };
    const maxHeight = this.bottom - this.doc.page.margins.top - 40;

    const drawRow = (cells: readonly Inline[], isHeader: boolean) => {
      const laid = columnWidths.map((w, i) => this.cellLines(cells[i] ?? "", base, w - 2 * padding, isHeader));
      const maxLines = Math.max(1, Math.floor((maxHeight - 2 * padding) / this.lineHeight(size)));
      const clipped = laid.map((lines) => lines.slice(0, maxLines));
      const height = Math.max(1, ...clipped.map((l) => l.length)) * this.lineHeight(size) + 2 * padding;
      return { clipped, height };
    };
    const paint = (row: ReturnType<typeof drawRow>, isHeader: boolean) => {
      const y = this.doc.y;
      if (isHeader) {
        this.doc.save().rect(this.left, y, this.width, row.height).fill(COLOR.band).restore();
      }
      row.clipped.forEach((lines, i) => {
        this.drawCell(lines, columnX(i) + padding, y + padding, (columnWidths[i] ?? 0) - 2 * padding, size);
      });
      this.doc.y = y + row.height;
      if (ruled) {
        this.doc
          .save()
          .moveTo(this.left, this.doc.y)
          .lineTo(this.left + this.width, this.doc.y)
          .lineWidth(0.5)
          .stroke(COLOR.grid)
          .restore();
      }
    };

    const headerRow = header.length > 0 ? drawRow(header, true) : undefined;
    let headerOnPage = false;
    for (const cells of rows) {
      const row = drawRow(cells, false);
      const needed = row.height + (headerOnPage || !headerRow ? 0 : headerRow.height);
      if (this.doc.y + needed > this.bottom) {
        this.newPage();
        headerOnPage = false;
      }
      if (headerRow && !headerOnPage) {
        paint(headerRow, true);
        headerOnPage = true;
      }
      paint(row, false);
    }
    if (rows.length === 0 && headerRow) {
      this.ensure(headerRow.height);
      paint(headerRow, true);
    }
    this.doc.x = this.left;
    this.doc.y += 8;
  }

  private toc(block: Extract<Block, { kind: "toc" }>) {
    this.heading({ kind: "heading", level: 1, text: block.title });
    for (const entry of block.entries) {
      this.flow(
        entry.text,
        { size: entry.level === 1 ? 10.5 : 9.5, color: COLOR.text },
        { bold: entry.level === 1, indent: entry.level === 1 ? 0 : 16, after: 2, link: entry.id },
      );
    }
    this.doc.y += 6;
  }

  /** The footer, drawn on each new page with the bottom margin lifted meanwhile. */
  footer(page: number) {
    const { doc } = this;
    const margins = doc.page.margins;
    const bottom = margins.bottom;
    const { y } = doc;
    margins.bottom = 0;
    const top = doc.page.height - bottom / 2 - 4;
    const id = this.style({ bold: false, italic: false, size: 7.5, color: COLOR.muted });
    const label = this.model.pageLabel(page);
    const labelWidth = this.measure(label, id) + 4;
    if (this.model.footer) {
      const line = this.lines(
        this.pieces([{ text: this.model.footer }], { size: 7.5, color: COLOR.muted }),
        this.width - labelWidth - 20,
      )[0];
      if (line) this.drawLine(line, this.left, top, this.width);
    }
    this.drawLine({ spans: [{ text: label, style: id }], width: 0 }, this.left, top, this.width, "end");
    margins.bottom = bottom;
    doc.y = y;
  }
}

async function write(writer: PdfWriter, model: DocumentModel) {
  const { doc } = writer;
  let count = 0;
  writer.newPage();
  for await (const block of model.blocks) {
    if (doc.destroyed) return;
    writer.block(block);
    count += 1;
    if (count % BLOCKS_PER_TURN === 0) {
      await new Promise((resolve) => setImmediate(resolve));
      while (doc.readableLength > BACKLOG_BYTES && !doc.destroyed) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
  }
  doc.end();
}

/**
 * The document as a PDF stream, written while its blocks are read. A failure half-way
 * destroys the stream, which ends a response rather than leaving a truncated file that
 * looks complete.
 */
export function renderPdf(model: DocumentModel): Pdf {
  const doc = createPdf({ title: model.title, subject: model.subject ?? model.title, language: model.language });
  const writer = new PdfWriter(doc, model);
  let page = 0;
  doc.on("pageAdded", () => {
    page += 1;
    writer.footer(page);
  });
  write(writer, model).catch((error: unknown) => {
    doc.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return doc;
}
