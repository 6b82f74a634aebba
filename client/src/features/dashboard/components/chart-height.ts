// How tall a chart of charts.tsx is, apart from the chart library: the panel reserves
// that height while the library's chunk loads, so nothing below moves when the chart
// arrives (Lighthouse's layout shift).
import type { BarDatum } from "./charts.tsx";

/** The label column's width, and about how many characters of 12px text fit on one of its lines. */
export const LABEL_WIDTH = 136;
const LABEL_CHARS_PER_LINE = 20;

/** How many lines the axis gives a label, wrapping at spaces as recharts does (an estimate). */
function labelLines(label: string): number {
  let lines = 1;
  let length = 0;
  for (const word of label.split(/\s+/)) {
    if (length > 0 && length + 1 + word.length > LABEL_CHARS_PER_LINE) {
      lines += 1;
      length = word.length;
    } else length += (length > 0 ? 1 : 0) + word.length;
  }
  return lines;
}

/** A row is as tall as its longest label needs, so long names wrap without running into the next row's. */
export function chartHeight(data: BarDatum[]): number {
  const lines = Math.max(1, ...data.map((d) => labelLines(String(d.label))));
  const rowHeight = Math.max(34, lines * 15 + 12);
  return Math.max(160, data.length * rowHeight + 60);
}
