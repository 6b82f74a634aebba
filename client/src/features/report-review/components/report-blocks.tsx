// The report's content as HTML: the blocks the server writes the PDF and DOCX from
// (server/src/documents/render/model.ts: headings, paragraphs of bold and italic runs,
// lists, tables), drawn as React elements. The text is the server's, built from what
// people wrote, and goes in as text, never as HTML. Page breaks and the printed table of
// contents are the files' business: the page has its own contents.
import type { ReactNode } from "react";
import { cn } from "../../../lib/cn.ts";
import type { ReportBlock } from "../api/report-review.ts";

type Inline = Extract<ReportBlock, { kind: "paragraph" }>["text"];

function InlineText({ text }: { text: Inline }): ReactNode {
  if (typeof text === "string") return text;
  return text.map((run, index) => {
    let node: ReactNode = run.text;
    if (run.italic) node = <em>{node}</em>;
    if (run.bold) node = <strong className="font-semibold text-zinc-900">{node}</strong>;
    return <span key={index}>{node}</span>;
  });
}

export function ReportBlocks({ blocks }: { blocks: readonly ReportBlock[] }) {
  return (
    <div className="flex flex-col gap-3 text-sm leading-6 text-zinc-800">
      {blocks.map((block, index) => (
        <ReportBlockView key={index} block={block} />
      ))}
    </div>
  );
}

function ReportBlockView({ block }: { block: ReportBlock }) {
  switch (block.kind) {
    case "heading":
      // Within a section (levels 1 and 2 are the sections' own headings): level 3 and below.
      return <h4 className="mt-2 text-sm font-semibold text-zinc-900">{block.text}</h4>;
    case "paragraph":
      return (
        <p className={cn("break-words", block.tone === "muted" && "text-xs text-zinc-500")}>
          <InlineText text={block.text} />
        </p>
      );
    case "list": {
      const List = block.ordered ? "ol" : "ul";
      return (
        <List className={cn("flex flex-col gap-1 ps-5", block.ordered ? "list-decimal" : "list-disc")}>
          {block.items.map((item, index) => (
            <li key={index} className="break-words">
              <InlineText text={item} />
            </li>
          ))}
        </List>
      );
    }
    case "table":
      return (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-start text-xs">
            <thead>
              <tr>
                {block.header.map((cell, index) => (
                  <th
                    key={index}
                    scope="col"
                    className="border border-zinc-200 bg-zinc-50 px-2 py-1.5 text-start font-semibold text-zinc-700"
                  >
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, index) => (
                    <td key={index} className="border border-zinc-200 px-2 py-1.5 align-top break-words">
                      <InlineText text={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case "title":
      return (
        <div>
          {block.eyebrow ? <p className="text-xs font-medium text-zinc-500">{block.eyebrow}</p> : null}
          <p className="font-semibold text-zinc-900">{block.title}</p>
          {block.subtitle ? <p className="text-zinc-600">{block.subtitle}</p> : null}
        </div>
      );
    case "pageBreak":
    case "toc":
      return null;
  }
}
