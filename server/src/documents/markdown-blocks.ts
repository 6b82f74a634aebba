// Markdown people write (the sections of terms of reference) as blocks of the document
// model (render/model.ts), for the PDF and the DOCX: headings, paragraphs, bulleted and
// numbered lists, bold and italic. The rest of markdown reads as its text: a link as its
// words and address, code as its characters, a quote or a table row as a paragraph. Never
// HTML: nothing here is interpreted, so nothing a person types can reach the file as markup.
// Every block is people's writing, laid out in its own direction (`auto`): an English
// recommendation in Arabic terms of reference reads left to right.
import type { Block, Run } from "./render/model.ts";

/** Bold (`**`, `__`) and italic (`*`, `_`) runs; links as "words (address)"; escapes taken off. */
export function inlineRuns(text: string): Run[] {
  const plain = text
    .replace(/!?\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g, (_, words: string, address: string) =>
      words && words !== address ? `${words} (${address})` : address,
    )
    .replace(/`([^`]*)`/g, "$1");
  const runs: Run[] = [];
  const push = (value: string, style: { bold?: boolean; italic?: boolean }) => {
    const unescaped = value.replace(/\\([\\`*_{}[\]()#+\-.!>])/g, "$1");
    if (unescaped) runs.push({ text: unescaped, ...style });
  };
  const pattern = /(\*\*|__)(?=\S)([\s\S]*?\S)\1|(\*|_)(?=\S)([\s\S]*?\S)\3/g;
  let last = 0;
  for (const match of plain.matchAll(pattern)) {
    // A `_` inside a word (snake_case) is not emphasis.
    if (match[3] === "_" && /\w/.test(plain[match.index - 1] ?? "")) continue;
    push(plain.slice(last, match.index), {});
    if (match[2] !== undefined) push(match[2], { bold: true });
    else push(match[4] ?? "", { italic: true });
    last = match.index + match[0].length;
  }
  push(plain.slice(last), {});
  return runs;
}

const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;

/**
 * The blocks of a markdown text, its headings one level under `headingLevel` (the
 * document's own section heading): `#` to `###` at that level plus one, deeper ones a
 * level further.
 */
export function markdownBlocks(markdown: string, headingLevel: 1 | 2 = 1): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const flush = () => {
    if (paragraph.length) blocks.push({ kind: "paragraph", text: inlineRuns(paragraph.join(" ")), auto: true });
    paragraph = [];
    if (list) blocks.push({ kind: "list", ordered: list.ordered, items: list.items.map(inlineRuns), auto: true });
    list = null;
  };

  for (const raw of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.replace(/\s+$/, "");
    if (!line.trim() || RULE.test(line)) {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      const depth = heading[1]!.length;
      const level = Math.min(3, headingLevel + (depth <= 3 ? 1 : 2)) as 2 | 3;
      blocks.push({
        kind: "heading",
        level,
        text: inlineRuns(heading[2]!)
          .map((r) => r.text)
          .join(""),
        auto: true,
      });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const ordered = numbered !== null;
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[1]!);
      continue;
    }
    const text = line
      .trim()
      .replace(/^>\s?/, "")
      .replace(/^\|(.*)\|$/, "$1");
    // An indented line under a list item goes on with that item.
    if (list && /^\s{2,}/.test(line)) {
      list.items[list.items.length - 1] += ` ${text}`;
      continue;
    }
    if (list) flush();
    paragraph.push(text);
  }
  flush();
  return blocks;
}
