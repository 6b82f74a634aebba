// The dashboard's charts, in their own module so that the chart library loads only when
// a chart is shown (see chart-panel.tsx): recharts draws SVG with attributes and style
// objects, no <style> element and no eval, so it runs under our CSP
// (docs/decisions/0013-charts.md). Each chart is decoration over a table that says the same.
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "../../../lib/format.ts";
import { chartHeight, LABEL_WIDTH } from "./chart-height.ts";

/** Counts on the axis and in the tooltip as the language writes numbers (its digits and grouping). */
const asNumber = (value: unknown) => (typeof value === "number" ? formatNumber(value) : String(value));

export type BarSeries = { key: string; label: string; color: string };
export type BarDatum = { label: string } & Record<string, number | string>;

/**
 * Horizontal stacked bars: one row per datum, one colour per series. A row is as tall as
 * its longest label needs, so long names ("Parliament of the Republic of Namibia") wrap
 * without running into the next row's. In a right-to-left language the chart mirrors: the
 * labels stand on the right, the bars grow leftwards and the scale runs from right to left.
 */
export function StackedBars({ data, series, height }: { data: BarDatum[]; series: BarSeries[]; height?: number }) {
  const h = height ?? chartHeight(data);
  const rtl = useTranslation().i18n.dir() === "rtl";
  // SVG anchors text by the reading direction: a label's "end" is its left edge in Arabic,
  // so the labels on the right side anchor at their end to stay clear of the bars.
  return (
    <div aria-hidden="true" className="w-full" style={{ height: h }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: rtl ? 8 : 16, bottom: 4, left: rtl ? 16 : 8 }}>
          <CartesianGrid horizontal={false} stroke="#e4e4e7" />
          <XAxis
            type="number"
            allowDecimals={false}
            reversed={rtl}
            tickFormatter={asNumber}
            tick={{ fontSize: 12, fill: "#52525b" }}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={LABEL_WIDTH}
            orientation={rtl ? "right" : "left"}
            tick={{ fontSize: 12, fill: "#3f3f46", textAnchor: "end" }}
          />
          <Tooltip cursor={{ fill: "#f4f4f5" }} formatter={asNumber} />
          {series.length > 1 ? <Legend content={() => <SeriesLegend series={series} />} /> : null}
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId="one" fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/**
 * The legend, ours rather than recharts' (whose swatch keeps a physical right margin, so
 * in Arabic each label ran into the next swatch): a swatch then its label, spaced by
 * logical gaps, in dark text that reads on white whatever the series' colour.
 */
function SeriesLegend({ series }: { series: BarSeries[] }) {
  return (
    <ul className="flex flex-wrap justify-center gap-x-4 gap-y-1 pt-1 text-xs text-zinc-700">
      {series.map((s) => (
        <li key={s.key} className="flex items-center gap-1.5">
          <span className="inline-block size-2.5 shrink-0 rounded-sm" style={{ backgroundColor: s.color }} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}

export default StackedBars;
