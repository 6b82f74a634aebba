// A chart loaded on demand, with the table that says the same thing behind a "Show as
// table" disclosure: screen readers get the table (the chart is aria-hidden), and so does
// anyone who prefers numbers. The chart library is its own chunk, fetched when the first
// chart renders.
import { lazy, Suspense, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { GradeDatum, GradeSeries } from "./charts.tsx";

const GradeBars = lazy(() => import("./charts.tsx"));

export function ChartPanel({
  data,
  series,
  domain,
  table,
}: {
  data: GradeDatum[];
  series: GradeSeries[];
  domain: [number, number];
  /** The same numbers as a table: read by screen readers, shown on request. */
  table: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Suspense fallback={<div className="h-40 animate-pulse rounded bg-zinc-50" aria-hidden="true" />}>
        <GradeBars data={data} series={series} domain={domain} />
      </Suspense>
      <details className="mt-2">
        <summary className="cursor-pointer text-xs font-medium text-brand-700 hover:underline">
          {t("benchmark.showTable")}
        </summary>
        <div className="mt-2">{table}</div>
      </details>
    </div>
  );
}
