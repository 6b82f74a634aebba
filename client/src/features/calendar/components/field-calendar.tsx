// The field calendar page's body: the period and grouping controls, the programme, expert
// and mission filters (all in the address), the rows (a Gantt from a tablet up, an agenda
// on a phone), the legend, and the clashes and overrides beneath.
import { useTranslation } from "react-i18next";
import { Button } from "../../../components/ui/button.tsx";
import { Select } from "../../../components/ui/field.tsx";
import { EmptyState } from "../../../components/ui/empty-state.tsx";
import { ErrorState } from "../../../components/ui/error-state.tsx";
import { LoadingBlock } from "../../../components/ui/spinner.tsx";
import { formatDate } from "../../../lib/format.ts";
import { useExpertChoices, useProgrammeChoices } from "../../../lib/reference-data.ts";
import { useCalendarMissionChoices, useCalendarRange } from "../api/calendar.ts";
import { useCalendarView } from "../hooks/use-calendar-view.ts";
import { useWideScreen } from "../hooks/use-wide-screen.ts";
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
              ? "rounded bg-zinc-900 px-2.5 py-1 text-sm font-medium text-white sm:px-3"
              : "rounded px-2.5 py-1 text-sm text-zinc-700 hover:bg-zinc-100 sm:px-3"
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
  const query = useCalendarRange({ from: period.from, to: period.to, by: view.by, ...view.filters });
  const caption = t("calendar.periodCaption", { from: formatDate(period.from), to: formatDate(period.to) });
  const rows = query.data?.rows ?? [];
  const today = todayOf();
  const wide = useWideScreen();

  return (
    <div className="space-y-4">
      <div
        role="toolbar"
        aria-label={t("calendar.controls")}
        className="flex flex-wrap items-center justify-between gap-3"
      >
        <div className="flex items-center gap-2">
          {/* ‹ and › are mirrored by the browser in right-to-left text (Unicode's bidi
              mirroring): in Arabic "previous" is on the right and points right, unturned. */}
          <Button size="sm" onClick={view.previous} aria-label={t("calendar.previous")}>
            <span aria-hidden="true">‹</span>
          </Button>
          <Button size="sm" onClick={view.toToday}>
            {t("calendar.thisPeriod")}
          </Button>
          <Button size="sm" onClick={view.next} aria-label={t("calendar.next")}>
            <span aria-hidden="true">›</span>
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

      <CalendarFilters view={view} collapsible={wide === false} />

      {query.isPending ? (
        <LoadingBlock />
      ) : query.isError ? (
        <ErrorState error={query.error} title={t("calendar.loadFailed")} onRetry={() => void query.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState
          title={t(view.filtered ? "calendar.emptyFiltered" : "calendar.empty")}
          description={t(view.filtered ? "calendar.emptyFilteredHint" : "calendar.emptyHint")}
        />
      ) : (
        <>
          {wide === false ? null : (
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
                  <span
                    aria-hidden="true"
                    className="inline-flex h-4 w-6 items-center justify-center rounded border border-red-500 bg-red-50 text-[0.625rem] text-red-900"
                  >
                    ⚠
                  </span>
                  {t("calendar.legendClash")}
                </li>
                <li className="flex items-center gap-1">
                  <span
                    aria-hidden="true"
                    className="inline-flex h-4 w-6 items-center justify-center rounded border border-dashed border-amber-600 bg-amber-50 text-[0.625rem] text-amber-900"
                  >
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
          )}
          {wide === true ? null : (
            <div className="md:hidden">
              <CalendarAgenda rows={rows} caption={t("calendar.agenda")} />
            </div>
          )}
          <CalendarClashes rows={rows} />
        </>
      )}
    </div>
  );
}

/** Narrow the calendar to a programme, an expert or a mission; each choice lands in the address. */
function CalendarFilters({
  view,
  collapsible,
}: {
  view: ReturnType<typeof useCalendarView>;
  /** On a phone the filters fold under "Filters" (open while one is set), so the agenda comes first. */
  collapsible: boolean;
}) {
  const { t } = useTranslation();
  const count = Object.keys(view.filters).length;
  const programmes = useProgrammeChoices();
  const experts = useExpertChoices();
  const missions = useCalendarMissionChoices(view.filters.programmeId);
  const filters = (
    <div role="search" aria-label={t("calendar.filters")} className="flex flex-wrap items-end gap-3">
      <Select
        label={t("calendar.filterProgramme")}
        value={view.filters.programmeId ?? ""}
        onChange={(event) => view.setFilter("programme", event.target.value)}
        placeholder={t("calendar.anyProgramme")}
        disabled={programmes.isPending}
        options={(programmes.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
        containerClassName="w-full sm:w-56"
      />
      <Select
        label={t("calendar.filterExpert")}
        value={view.filters.expertId ?? ""}
        onChange={(event) => view.setFilter("expert", event.target.value)}
        placeholder={t("calendar.anyExpert")}
        disabled={experts.isPending}
        options={(experts.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))}
        containerClassName="w-full sm:w-56"
      />
      <Select
        label={t("calendar.filterMission")}
        value={view.filters.missionId ?? ""}
        onChange={(event) => view.setFilter("mission", event.target.value)}
        placeholder={t("calendar.anyMission")}
        disabled={missions.isPending}
        options={(missions.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.code} · ${m.title}` }))}
        containerClassName="w-full sm:w-64"
      />
      {view.filtered ? (
        <Button variant="ghost" onClick={view.clearFilters}>
          {t("calendar.clearFilters")}
        </Button>
      ) : null}
    </div>
  );
  if (!collapsible) return filters;
  return (
    <details open={count > 0} className="rounded-md border border-zinc-200 bg-white px-3 py-2">
      <summary className="cursor-pointer text-sm font-medium text-zinc-800">
        {count > 0 ? t("calendar.filtersSet", { count }) : t("calendar.filtersToggle")}
      </summary>
      <div className="mt-2">{filters}</div>
    </details>
  );
}
