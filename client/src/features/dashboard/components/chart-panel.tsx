// A chart loaded on demand, with the table that says the same thing behind a "Show as
// table" disclosure: screen readers get the table (the chart is aria-hidden), and so does
// anyone who prefers numbers. The first page stays light: the chart library is its own
// chunk, fetched when the first chart renders.
import { lazy, Suspense, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { BarDatum, BarSeries } from "./charts.tsx";
import { chartHeight } from "./chart-height.ts";

const StackedBars = lazy(() => import("./charts.tsx"));

export function ChartPanel({
  data,
  series,
  table,
}: {
  data: BarDatum[];
  series: BarSeries[];
  /** The same numbers as a table: read by screen readers, shown on request. */
  table: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Suspense
        fallback={
          <div className="animate-pulse rounded bg-zinc-50" style={{ height: chartHeight(data) }} aria-hidden="true" />
        }
      >
        <StackedBars data={data} series={series} />
      </Suspense>
      <details className="mt-2 group">
        <summary className="cursor-pointer text-xs font-medium text-brand-700 hover:underline">
          {t("dashboard.showTable")}
        </summary>
        <div className="mt-2">{table}</div>
      </details>
    </div>
  );
}
