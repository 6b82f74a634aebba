// The text a reader gets back from a generated document: a PDF's through PDF.js (unpdf),
// which gives right-to-left text in its logical order, and a DOCX's from its
// word/document.xml, a paragraph a line.
import { strFromU8, unzipSync } from "fflate";
import { extractText, getDocumentProxy } from "unpdf";

export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The XML of one part of a DOCX (`word/document.xml`, `word/footer1.xml`…). */
export function docxPart(bytes: Uint8Array, part = "word/document.xml"): string {
  const file = unzipSync(new Uint8Array(bytes), { filter: (entry) => entry.name === part })[part];
  if (!file) throw new Error(`${part} is not in the file`);
  return strFromU8(file);
}

/** The paragraphs' text, one a line, in document order (table cells are paragraphs too). */
export function docxText(bytes: Uint8Array, part?: string): string {
  const xml = docxPart(bytes, part);
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => (m[1] ?? "").replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? ""))
        .join(""),
    )
    .filter((line) => line.length > 0)
    .join("\n");
}
