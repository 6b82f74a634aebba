// The benchmark's charts, in their own module so that the chart library loads only when a
// chart is shown (chart-panel.tsx, decision 0013): recharts draws SVG with attributes and
// style objects, no <style> element and no eval, so it runs under our CSP. Each chart is
// decoration over a table that says the same.
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatNumber } from "../../../lib/format.ts";

/** Grades and changes as the language writes numbers (its digits, its minus sign). */
const asNumber = (value: unknown) => (typeof value === "number" ? formatNumber(value) : String(value ?? ""));

export type GradeSeries = { key: string; label: string; color: string };
export type GradeDatum = { label: string } & Record<string, number | string | null>;

/** Horizontal bars side by side, one row per ICT area, on a fixed scale (grades 0–5, or changes −5…+5). */
export function GradeBars({
  data,
  series,
  domain,
}: {
  data: GradeDatum[];
  series: GradeSeries[];
  domain: [number, number];
}) {
  const rowHeight = 14 * series.length + 18;
  // A tick at every whole grade (0 1 2 3 4 5), not the library's own pick (0 2 4 5).
  const ticks = Array.from({ length: domain[1] - domain[0] + 1 }, (_, i) => domain[0] + i);
  const height = Math.max(160, data.length * rowHeight + 60);
  return (
    <div aria-hidden="true" className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 28, bottom: 4, left: 8 }}>
          <CartesianGrid horizontal={false} stroke="#e4e4e7" />
          <XAxis
            type="number"
            domain={domain}
            ticks={ticks}
            interval="preserveStartEnd"
            tickFormatter={asNumber}
            tick={{ fontSize: 12, fill: "#52525b" }}
          />
          <YAxis type="category" dataKey="label" width={120} tick={{ fontSize: 12, fill: "#3f3f46" }} />
          <Tooltip cursor={{ fill: "#f4f4f5" }} formatter={asNumber} />
          {domain[0] < 0 ? <ReferenceLine x={0} stroke="#71717a" /> : null}
          {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} minPointSize={2} isAnimationActive={false}>
              {/* The figure at the bar's end, and a sliver for a grade of 0: it reads "0" instead of looking like no data. */}
              <LabelList dataKey={s.key} position="right" fontSize={11} fill="#3f3f46" formatter={asNumber} />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export default GradeBars;
