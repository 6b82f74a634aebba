// A document (model.ts) as a Word file (DOCX) with the `docx` package, for the reader who
// edits it: real headings (Word's navigation pane and its own table of contents find
// them), lists Word numbers itself, tables whose header row repeats on every page. An
// Arabic document has bidirectional paragraphs, right-to-left runs for its Arabic text
// (Latin names and numbers in it stay left-to-right runs) and tables laid out from the
// right; Word does the shaping and the ordering. The file is built in memory, unlike the
// PDF: a report of 300 findings is 23 kB zipped (decision 0022, docs/documents.md).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import type { Language } from "@hemicycle/shared/languages";
import { firstStrongDirection, hasRtlScript } from "./bidi-lines.ts";
import { plainText, runsOf, type Block, type DocumentModel, type Inline } from "./model.ts";

/** The language tags Word knows each language by. */
const WORD_LANGUAGE: Record<Language, string> = { en: "en-GB", fr: "fr-FR", es: "es-ES", ar: "ar-SA" };

const ACCENT = "1D4ED8";
const MUTED = "6B7280";
const BAND = "F3F4F6";
const NUMBERED = "hemicycle-numbered";
const BULLETS = "hemicycle-bullets";

/** Latin letters and digits with what lies between them, short of a right-to-left letter. */
const LTR_STRETCH =
  /[\p{Script=Latin}\p{Nd}](?:[^\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]*[\p{Script=Latin}\p{Nd}])?/gu;

type RunStyle = { bold?: boolean; italic?: boolean; size?: number; color?: string };

class DocxWriter {
  private readonly rtl: boolean;
  private lists = 0;

  constructor(readonly model: DocumentModel) {
    this.rtl = model.direction === "rtl";
  }

  /** Text runs; in a right-to-left document, its Arabic stretches marked right to left. */
  runs(text: Inline, base: RunStyle = {}): TextRun[] {
    const out: TextRun[] = [];
    for (const run of runsOf(text)) {
      const style = {
        bold: base.bold === true || run.bold === true,
        italic: base.italic === true || run.italic === true,
      };
      const make = (piece: string, rightToLeft: boolean) =>
        new TextRun({
          text: piece,
          // Left out unless set, so that a heading's style stays bold.
          bold: style.bold || undefined,
          boldComplexScript: style.bold || undefined,
          italics: style.italic || undefined,
          italicsComplexScript: style.italic || undefined,
          size: base.size,
          sizeComplexScript: base.size,
          color: base.color,
          rightToLeft: rightToLeft || undefined,
        });
      if (!this.rtl) {
        out.push(make(run.text, hasRtlScript(run.text)));
        continue;
      }
      let last = 0;
      for (const match of run.text.matchAll(LTR_STRETCH)) {
        if (match.index > last) out.push(make(run.text.slice(last, match.index), true));
        out.push(make(match[0], false));
        last = match.index + match[0].length;
      }
      if (last < run.text.length) out.push(make(run.text.slice(last), true));
    }
    return out;
  }

  paragraph(
    children: ParagraphChild[],
    options: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {},
    rtl = this.rtl,
  ) {
    return new Paragraph({ bidirectional: rtl || undefined, ...options, children });
  }

  /** Right to left: the document's direction, or, for people's own writing (`auto`), its first strong character's. */
  rtlOf(text: Inline, auto: boolean | undefined): boolean {
    if (!auto) return this.rtl;
    return (firstStrongDirection(plainText(text)) ?? this.model.direction) === "rtl";
  }

  block(block: Block): (Paragraph | Table)[] {
    switch (block.kind) {
      case "title": {
        const out: (Paragraph | Table)[] = [];
        out.push(this.paragraph([], { spacing: { before: 1600 } }));
        if (block.eyebrow) {
          out.push(this.paragraph(this.runs(block.eyebrow.toUpperCase(), { color: ACCENT, size: 20 })));
        }
        out.push(this.paragraph(this.runs(block.title), { heading: HeadingLevel.TITLE }));
        if (block.subtitle) out.push(this.paragraph(this.runs(block.subtitle, { color: MUTED, size: 26 })));
        if (block.facts?.length) {
          out.push(
            this.table(
              [],
              block.facts.map(([label, value]) => [[{ text: label, bold: true }], value]),
              [1, 3],
              false,
            ),
          );
        }
        return out;
      }
      case "heading":
        return [
          this.paragraph(
            this.runs(block.text),
            {
              heading:
                block.level === 1
                  ? HeadingLevel.HEADING_1
                  : block.level === 2
                    ? HeadingLevel.HEADING_2
                    : HeadingLevel.HEADING_3,
            },
            this.rtlOf(block.text, block.auto),
          ),
        ];
      case "paragraph":
        return [
          this.paragraph(
            this.runs(block.text, block.tone === "muted" ? { color: MUTED, size: 18 } : {}),
            { spacing: { after: 120 } },
            this.rtlOf(block.text, block.auto),
          ),
        ];
      case "list": {
        this.lists += 1;
        const instance = this.lists;
        return block.items.map((item) =>
          this.paragraph(
            this.runs(item),
            { numbering: { reference: block.ordered ? NUMBERED : BULLETS, level: 0, instance } },
            this.rtlOf(item, block.auto),
          ),
        );
      }
      case "table":
        return [this.table(block.header, block.rows, block.widths), this.paragraph([])];
      case "pageBreak":
        return [this.paragraph([new PageBreak()])];
      case "toc":
        return [
          this.paragraph(this.runs(block.title), { heading: HeadingLevel.HEADING_1 }),
          ...block.entries.map((entry) =>
            this.paragraph(this.runs(entry.text, { bold: entry.level === 1 }), {
              indent: entry.level === 2 ? { start: 360 } : undefined,
            }),
          ),
        ];
    }
  }

  table(header: readonly string[], rows: readonly (readonly Inline[])[], widths?: readonly number[], ruled = true) {
    const columns = Math.max(header.length, ...rows.map((r) => r.length));
    const weights = widths?.length === columns ? widths : Array.from({ length: columns }, () => 1);
    const sum = weights.reduce((a, b) => a + b, 0);
    const percent = weights.map((w) => Math.round((w / sum) * 100));
    const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
    const line = { style: BorderStyle.SINGLE, size: 4, color: "E5E7EB" };
    const borders = ruled
      ? { top: line, bottom: line, left: none, right: none, insideHorizontal: line, insideVertical: none }
      : { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
    const row = (cells: readonly Inline[], isHeader: boolean) =>
      new TableRow({
        tableHeader: isHeader || undefined,
        children: percent.map(
          (width, i) =>
            new TableCell({
              width: { size: width, type: WidthType.PERCENTAGE },
              shading: isHeader ? { type: ShadingType.CLEAR, fill: BAND, color: "auto" } : undefined,
              children: [this.paragraph(this.runs(cells[i] ?? "", { bold: isHeader, size: 18 }))],
            }),
        ),
      });
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      visuallyRightToLeft: this.rtl || undefined,
      borders,
      rows: [...(header.length > 0 ? [row(header, true)] : []), ...rows.map((cells) => row(cells, false))],
    });
  }

  footer(): Footer {
    // The page label around Word's own page number: "Page {n}" in the document's language.
    const marker = 987654321;
    const [before = "", after = ""] = this.model.pageLabel(marker).split(String(marker));
    const children: ParagraphChild[] = [];
    if (this.model.footer) children.push(...this.runs(`${this.model.footer} · `, { color: MUTED, size: 15 }));
    children.push(
      new TextRun({
        children: [before, PageNumber.CURRENT, after],
        color: MUTED,
        size: 15,
        rightToLeft: this.rtl || undefined,
      }),
    );
    return new Footer({ children: [this.paragraph(children, { alignment: AlignmentType.END })] });
  }
}

function numbering(rtl: boolean) {
  const indent = { start: 360, hanging: 360 };
  return {
    config: [
      {
        reference: NUMBERED,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: "%1.",
            alignment: AlignmentType.START,
            style: { paragraph: { indent, ...(rtl ? { bidirectional: true } : {}) } },
          },
        ],
      },
      {
        reference: BULLETS,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: "•",
            alignment: AlignmentType.START,
            style: { paragraph: { indent } },
          },
        ],
      },
    ],
  };
}

/** The document as DOCX bytes. */
export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const writer = new DocxWriter(model);
  const children: (Paragraph | Table)[] = [];
  let count = 0;
  for await (const block of model.blocks) {
    children.push(...writer.block(block));
    count += 1;
    // Let other requests in while a large document is put together.
    if (count % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  const rtl = model.direction === "rtl";
  const language = WORD_LANGUAGE[model.language];
  const document = new Document({
    creator: "Hemicycle",
    title: model.title,
    subject: model.subject ?? model.title,
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: "Calibri", hAnsi: "Calibri", cs: "Arial" },
            size: 21,
            sizeComplexScript: 22,
            language: { value: rtl ? "en-GB" : language, bidirectional: rtl ? language : "ar-SA" },
          },
        },
        heading1: {
          run: { color: ACCENT, bold: true, boldComplexScript: true, size: 32 },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { bold: true, boldComplexScript: true, size: 26 },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
        },
        heading3: {
          run: { bold: true, boldComplexScript: true, size: 22 },
          paragraph: { spacing: { before: 200, after: 60 }, keepNext: true },
        },
      },
    },
    numbering: numbering(rtl),
    sections: [{ footers: { default: writer.footer() }, children }],
  });
  return Packer.toBuffer(document);
}
