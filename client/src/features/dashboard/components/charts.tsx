// The dashboard's charts, in their own module so that the chart library loads only when
// a chart is shown (see chart-panel.tsx): recharts draws SVG with attributes and style
// objects, no <style> element and no eval, so it runs under our CSP
// (docs/decisions/0013-charts.md). Each chart is decoration over a table that says the same.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type BarSeries = { key: string; label: string; color: string };
export type BarDatum = { label: string } & Record<string, number | string>;

/** The label column's width, and about how many characters of 12px text fit on one of its lines. */
const LABEL_WIDTH = 136;
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

/**
 * Horizontal stacked bars: one row per datum, one colour per series. A row is as tall as
 * its longest label needs, so long names ("Parliament of the Republic of Namibia") wrap
 * without running into the next row's.
 */
export function StackedBars({ data, series, height }: { data: BarDatum[]; series: BarSeries[]; height?: number }) {
  const lines = Math.max(1, ...data.map((d) => labelLines(String(d.label))));
  const rowHeight = Math.max(34, lines * 15 + 12);
  const h = height ?? Math.max(160, data.length * rowHeight + 60);
  return (
    <div aria-hidden="true" className="w-full" style={{ height: h }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid horizontal={false} stroke="#e4e4e7" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: "#52525b" }} />
          <YAxis type="category" dataKey="label" width={LABEL_WIDTH} tick={{ fontSize: 12, fill: "#3f3f46" }} />
          <Tooltip cursor={{ fill: "#f4f4f5" }} />
          {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId="one" fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export default StackedBars;
