// The field calendar page's body: the period and grouping controls, the rows (a Gantt from
// a tablet up, an agenda on a phone), the legend, and the clashes and overrides beneath.
import { useTranslation } from "react-i18next";
import { Button } from "../../../components/ui/button.tsx";
import { EmptyState } from "../../../components/ui/empty-state.tsx";
import { ErrorState } from "../../../components/ui/error-state.tsx";
import { LoadingBlock } from "../../../components/ui/spinner.tsx";
import { formatDate } from "../../../lib/format.ts";
import { useCalendarRange } from "../api/calendar.ts";
import { useCalendarView } from "../hooks/use-calendar-view.ts";
import { today as todayOf } from "../lib/period.ts";
import { CalendarAgenda } from "./calendar-agenda.tsx";
import { CalendarChart } from "./calendar-chart.tsx";
import { CalendarClashes } from "./calendar-clashes.tsx";

function Segmented<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <div role="group" aria-label={label} className="inline-flex rounded-md border border-zinc-300 bg-white p-0.5">
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          aria-pressed={value === o.value}
          onClick={() => onChange(o.value)}
          className={
            value === o.value
              ? "rounded bg-zinc-900 px-3 py-1 text-sm font-medium text-white"
              : "rounded px-3 py-1 text-sm text-zinc-700 hover:bg-zinc-100"
          }
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

export function FieldCalendar() {
  const { t } = useTranslation();
  const view = useCalendarView();
  const { period } = view;
  const query = useCalendarRange({ from: period.from, to: period.to, by: view.by });
  const caption = t("calendar.periodCaption", { from: formatDate(period.from), to: formatDate(period.to) });
  const rows = query.data?.rows ?? [];
  const today = todayOf();

  return (
    <div className="space-y-4">
      <div
        role="toolbar"
        aria-label={t("calendar.controls")}
        className="flex flex-wrap items-center justify-between gap-3"
      >
        <div className="flex items-center gap-2">
          <Button size="sm" onClick={view.previous} aria-label={t("calendar.previous")}>
            <span aria-hidden="true" className="rtl:rotate-180">
              ‹
            </span>
          </Button>
          <Button size="sm" onClick={view.toToday}>
            {t("calendar.thisPeriod")}
          </Button>
          <Button size="sm" onClick={view.next} aria-label={t("calendar.next")}>
            <span aria-hidden="true" className="rtl:rotate-180">
              ›
            </span>
          </Button>
          <h2 className="ms-2 text-sm font-semibold text-zinc-900" aria-live="polite">
            {caption}
          </h2>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Segmented
            label={t("calendar.span")}
            value={view.span}
            onChange={view.setSpan}
            options={[
              { value: "month", label: t("calendar.spanMonth") },
              { value: "quarter", label: t("calendar.spanQuarter") },
            ]}
          />
          <Segmented
            label={t("calendar.by")}
            value={view.by}
            onChange={view.setBy}
            options={[
              { value: "expert", label: t("calendar.byExpert") },
              { value: "mission", label: t("calendar.byMission") },
            ]}
          />
        </div>
      </div>

      {query.isPending ? (
        <LoadingBlock />
      ) : query.isError ? (
        <ErrorState error={query.error} title={t("calendar.loadFailed")} onRetry={() => void query.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={t("calendar.empty")} description={t("calendar.emptyHint")} />
      ) : (
        <>
          <div className="hidden md:block">
            <CalendarChart rows={rows} period={period} today={today} caption={caption} />
            <ul aria-label={t("calendar.legend")} className="mt-2 flex flex-wrap gap-4 text-xs text-zinc-600">
              <li className="flex items-center gap-1">
                <span
                  aria-hidden="true"
                  className="inline-block h-3 w-5 rounded border border-indigo-300 bg-indigo-50"
                />
                {t("calendar.legendBar")}
              </li>
              <li className="flex items-center gap-1">
                <span aria-hidden="true" className="text-red-700">
                  ⚠
                </span>
                {t("calendar.legendClash")}
              </li>
              <li className="flex items-center gap-1">
                <span aria-hidden="true" className="text-amber-700">
                  ↻
                </span>
                {t("calendar.legendOverride")}
              </li>
              <li className="flex items-center gap-1">
                <span aria-hidden="true" className="inline-block h-3 border-s-2 border-red-500" />
                {t("calendar.today")}
              </li>
            </ul>
          </div>
          <div className="md:hidden">
            <CalendarAgenda rows={rows} caption={t("calendar.agenda")} />
          </div>
          <CalendarClashes rows={rows} />
        </>
      )}
    </div>
  );
}
