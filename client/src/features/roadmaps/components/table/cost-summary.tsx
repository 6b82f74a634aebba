// Below the table: what the roadmap costs per calendar year (each item's cost spread over
// the days of its range) and per funding source, each currency on its own, with a small
// bar chart of the years beside the figures. The arithmetic is cost-totals.ts.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { RoadmapItem } from "../../api/types.ts";
import { formatCents, type Amounts } from "../../lib/money.ts";
import { costTotals } from "./cost-totals.ts";

function AmountCells({ amounts, currencies }: { amounts: Amounts; currencies: readonly string[] }) {
  return (
    <>
      {currencies.map((currency) => {
        const cents = amounts.get(currency);
        return (
          <td key={currency} className="px-3 py-1.5 text-end whitespace-nowrap tabular-nums">
            {cents === undefined ? (
              <span className="text-zinc-400" aria-hidden="true">
                —
              </span>
            ) : (
              formatCents(cents, currency)
            )}
          </td>
        );
      })}
    </>
  );
}

type Line = { key: string; label: string; amounts: Amounts; muted?: boolean };

function TotalsTable({
  caption,
  rowHeader,
  lines,
  currencies,
  total,
}: {
  caption: string;
  rowHeader: string;
  lines: Line[];
  currencies: readonly string[];
  total: Amounts;
}) {
  const { t } = useTranslation();
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-xs sm:text-sm">
        <caption className="pb-2 text-start text-sm font-semibold text-zinc-900">{caption}</caption>
        <thead>
          <tr className="border-b border-zinc-200 text-xs text-zinc-600">
            <th scope="col" className="px-3 py-1.5 text-start font-semibold">
              {rowHeader}
            </th>
            {currencies.map((c) => (
              <th key={c} scope="col" className="px-3 py-1.5 text-end font-semibold">
                {c || t("roadmapTable.totals.noCurrency")}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {lines.map((line) => (
            <tr key={line.key}>
              <th
                scope="row"
                className={`px-3 py-1.5 text-start font-normal ${line.muted ? "text-zinc-500 italic" : ""}`}
              >
                {line.label}
              </th>
              <AmountCells amounts={line.amounts} currencies={currencies} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t border-zinc-300 font-semibold">
            <th scope="row" className="px-3 py-1.5 text-start">
              {t("roadmapTable.totals.total")}
            </th>
            <AmountCells amounts={total} currencies={currencies} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** One bar per year for one currency, scaled to that currency's largest year. */
function YearBars({ currency, years }: { currency: string; years: { label: string; cents: bigint }[] }) {
  const { t } = useTranslation();
  const max = years.reduce((m, y) => (y.cents > m ? y.cents : m), 0n);
  return (
    <figure className="flex flex-col gap-1.5">
      <figcaption className="text-xs font-semibold text-zinc-600">
        {t("roadmapTable.totals.chartCaption", { currency: currency || t("roadmapTable.totals.noCurrency") })}
      </figcaption>
      {/* The figures are in the table beside: the chart is a picture of them. */}
      <div aria-hidden="true" className="flex flex-col gap-1">
        {years.map((year) => {
          // Per mille, in BigInt, then to a percentage: exact enough for a bar.
          const share = max === 0n ? 0 : Number((year.cents * 1000n) / max) / 10;
          return (
            <div key={year.label} className="grid grid-cols-[5.5rem_1fr] items-center gap-2 text-xs">
              <span className="truncate text-zinc-600">{year.label}</span>
              <span className="flex items-center gap-2">
                <span className="h-3 rounded-sm bg-brand-600" style={{ inlineSize: `${Math.max(share, 0.5)}%` }} />
                <span className="whitespace-nowrap text-zinc-500 tabular-nums">
                  {formatCents(year.cents, currency, { compact: true })}
                </span>
              </span>
            </div>
          );
        })}
      </div>
    </figure>
  );
}

export function CostSummary({ items }: { items: readonly RoadmapItem[] }) {
  const { t } = useTranslation();
  const totals = useMemo(() => costTotals(items), [items]);
  if (totals.currencies.length === 0) {
    return <p className="text-sm text-zinc-500">{t("roadmapTable.totals.noCosts")}</p>;
  }
  const yearLabel = (year: number | null) => (year === null ? t("roadmapTable.totals.unscheduled") : String(year));
  const years: Line[] = totals.byYear.map((y) => ({
    key: String(y.year),
    label: yearLabel(y.year),
    amounts: y.amounts,
    muted: y.year === null,
  }));
  const sources: Line[] = totals.byFundingSource.map((s) => ({
    key: s.source ?? "",
    label: s.source ?? t("roadmapTable.totals.noSource"),
    amounts: s.amounts,
    muted: s.source === null,
  }));
  return (
    <section aria-labelledby="roadmap-cost-totals" className="rounded-lg border border-zinc-200 bg-white p-4 shadow-xs">
      <h3 id="roadmap-cost-totals" className="text-sm font-semibold text-zinc-900">
        {t("roadmapTable.totals.heading")}
      </h3>
      <p className="mt-0.5 text-xs text-zinc-500">{t("roadmapTable.totals.explain")}</p>
      <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <TotalsTable
          caption={t("roadmapTable.totals.perYear")}
          rowHeader={t("roadmapTable.totals.year")}
          lines={years}
          currencies={totals.currencies}
          total={totals.total}
        />
        <div className="flex flex-col gap-4">
          {totals.currencies.map((currency) => (
            <YearBars
              key={currency}
              currency={currency}
              years={totals.byYear
                .filter((y) => y.amounts.has(currency))
                .map((y) => ({ label: yearLabel(y.year), cents: y.amounts.get(currency) ?? 0n }))}
            />
          ))}
        </div>
        <TotalsTable
          caption={t("roadmapTable.totals.perSource")}
          rowHeader={t("roadmapTable.totals.source")}
          lines={sources}
          currencies={totals.currencies}
          total={totals.total}
        />
      </div>
    </section>
  );
}
