// A chart loaded on demand, with the table that says the same thing behind a "Show as
// table" disclosure: screen readers get the table (the chart is aria-hidden), and so does
// anyone who prefers numbers. The first page stays light: the chart library is its own
// chunk, fetched when the first chart renders. The charts mount one per task after the
// page's first paint (use-deferred-mount.ts), so that none makes a long task; until then
// a placeholder exactly as tall as the chart holds its place, and nothing below moves.
import { lazy, Suspense, useEffect, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { BarDatum, BarSeries } from "./charts.tsx";
import { chartHeight } from "./chart-height.ts";
import { useDeferredMount } from "./use-deferred-mount.ts";

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
  const { mounted, done } = useDeferredMount();
  const placeholder = (
    <div className="animate-pulse rounded bg-zinc-50" style={{ height: chartHeight(data) }} aria-hidden="true" />
  );
  return (
    <div>
      {mounted ? (
        <Suspense fallback={placeholder}>
          <StackedBars data={data} series={series} />
          <Committed onCommit={done} />
        </Suspense>
      ) : (
        placeholder
      )}
      <details className="mt-2 group">
        <summary className="cursor-pointer text-xs font-medium text-brand-700 hover:underline">
          {t("dashboard.showTable")}
        </summary>
        <div className="mt-2">{table}</div>
      </details>
    </div>
  );
}

/** Tells, once, that the chart beside it has committed. */
function Committed({ onCommit }: { onCommit: () => void }) {
  useEffect(() => onCommit(), [onCommit]);
  return null;
}
