// The document model every generated document (the assessment report, the terms of
// reference) is written in, and that the PDF and DOCX renderers both read: a title block,
// headings, paragraphs of bold and italic runs, lists, tables, page breaks and an optional
// table of contents, in one language and one direction. The blocks may come as an async
// iterable, so that a large document is read from the database while it is written.
import type { Language } from "@hemicycle/shared/languages";

export type Direction = "ltr" | "rtl";

/** A stretch of text in one style. */
export type Run = { text: string; bold?: boolean; italic?: boolean };

/** Plain text, or runs in their reading order. */
export type Inline = string | readonly Run[];

export type TitleBlock = {
  kind: "title";
  /** A small line above the title, e.g. "Assessment report". */
  eyebrow?: string;
  title: string;
  subtitle?: string;
  /** Label and value pairs printed under the title (mission, parliament, dates…). */
  facts?: readonly (readonly [string, string])[];
};

export type Heading = {
  kind: "heading";
  level: 1 | 2 | 3;
  text: string;
  /** A stable id (the report's section ids), used for bookmarks. */
  id?: string;
  auto?: boolean;
};

export type Paragraph = {
  kind: "paragraph";
  text: Inline;
  /** `muted` prints smaller and grey: notes, empty states. */
  tone?: "normal" | "muted";
  /**
   * People's own writing (a finding's evidence): laid out in the direction of its first
   * strong character, as `dir="auto"` in a browser, so that English evidence in an Arabic
   * report reads left to right and Arabic evidence in an English one right to left.
   */
  auto?: boolean;
};

export type List = { kind: "list"; ordered: boolean; items: readonly Inline[]; auto?: boolean };

export type Table = {
  kind: "table";
  header: readonly string[];
  rows: readonly (readonly Inline[])[];
  /** Relative column widths; equal when absent. */
  widths?: readonly number[];
};

export type PageBreak = { kind: "pageBreak" };

/** The contents: the level-1 and level-2 headings given here, in order. */
export type TableOfContents = {
  kind: "toc";
  title: string;
  /** With the `id` of a heading further on, an entry links to it (in the PDF). */
  entries: readonly { text: string; level: 1 | 2; id?: string }[];
};

export type Block = TitleBlock | Heading | Paragraph | List | Table | PageBreak | TableOfContents;

export type DocumentModel = {
  language: Language;
  direction: Direction;
  /** The file's metadata title. */
  title: string;
  subject?: string;
  /** Printed at the foot of every page, with the page label. */
  footer?: string;
  /** "Page 3" in the document's language. */
  pageLabel: (page: number) => string;
  blocks: Iterable<Block> | AsyncIterable<Block>;
};

/** The runs of an inline, whichever form it came in. */
export function runsOf(text: Inline): readonly Run[] {
  return typeof text === "string" ? [{ text }] : text;
}

/** The plain text of an inline. */
export function plainText(text: Inline): string {
  return runsOf(text)
    .map((run) => run.text)
    .join("");
}
