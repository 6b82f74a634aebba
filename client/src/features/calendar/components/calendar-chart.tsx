// The calendar's rows on a day axis (from a tablet up): one lane per bar that would
// otherwise overlap, today marked, each bar a link to its mission that says in words
// whether it clashes or was kept by an override. A bar too short for its label (a week
// in a quarter) shows the label beside it, after it or, at the period's end, before it,
// and its lane keeps room for it: no label reads cut.
import { useLayoutEffect, useRef, useState, type CSSProperties, type RefObject } from "react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { cn } from "../../../lib/cn.ts";
import { formatDateRange, formatList, formatMonthYear } from "../../../lib/format.ts";
import type { CalendarEntry, CalendarRow } from "../api/calendar.ts";
import { placement, type Period } from "../lib/period.ts";

type Props = { rows: CalendarRow[]; period: Period; today: Date; caption: string };

/** The rows' heading column (w-48), in pixels. */
const HEADING_PX = 192;
/** A bar's label at text-xs: an average character, and the padding and flag icons around it. */
const CHAR_PX = 7.5;
const BAR_PADDING_PX = 16;
const FLAG_PX = 16;
/** The chart's width before it is measured (and where ResizeObserver is missing). */
const FALLBACK_WIDTH_PX = 1000;

/** Where a bar's label goes: in the bar, or beside it taking `labelSpan` days. */
type LabelAt = "inside" | "after" | "before";

type Placed = {
  entry: CalendarEntry;
  column: number;
  span: number;
  text: string;
  labelAt: LabelAt;
  labelSpan: number;
  /** The first and last day columns the bar and its label take. */
  first: number;
  last: number;
};

/** The width of an element in pixels, kept up to date (null until measured). */
function useWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth || null));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** Each bar with its label's place, given how wide a day is on screen. */
export function placeBars(
  entries: CalendarEntry[],
  period: Period,
  dayPx: number,
  textOf: (entry: CalendarEntry) => string,
): Placed[] {
  const days = period.days.length;
  return entries.map((entry) => {
    const { column, span } = placement(period, entry.startDate, entry.endDate);
    const text = textOf(entry);
    const flags = (entry.conflictCount > 0 ? 1 : 0) + (entry.overridden ? 1 : 0);
    const textPx = text.length * CHAR_PX + flags * FLAG_PX;
    const base = { entry, column, span, text, first: column, last: column + span - 1 };
    if (span * dayPx >= textPx + BAR_PADDING_PX) return { ...base, labelAt: "inside" as const, labelSpan: 0 };
    const labelSpan = Math.ceil((textPx + 6) / dayPx);
    if (column + span + labelSpan <= days) {
      return { ...base, labelAt: "after" as const, labelSpan, last: column + span + labelSpan - 1 };
    }
    if (column - labelSpan >= 0) return { ...base, labelAt: "before" as const, labelSpan, first: column - labelSpan };
    return { ...base, labelAt: "inside" as const, labelSpan: 0 };
  });
}

/** Bars in lanes: each in the first lane where it (and its label) does not overlap the one before. */
function lanes(placed: Placed[]): Placed[][] {
  const result: Placed[][] = [];
  for (const bar of [...placed].sort((a, b) => a.first - b.first || a.column - b.column)) {
    const lane = result.find((l) => l[l.length - 1]!.last < bar.first);
    if (lane) lane.push(bar);
    else result.push([bar]);
  }
  return result;
}

export function rowLabel(row: CalendarRow): { title: string; subtitle: string } {
  if (row.expert) return { title: row.expert.name, subtitle: "" };
  return { title: row.mission!.code, subtitle: row.mission!.title };
}

export function CalendarChart({ rows, period, today, caption }: Props) {
  const { t } = useTranslation();
  const chart = useRef<HTMLDivElement>(null);
  const width = useWidth(chart) ?? FALLBACK_WIDTH_PX;
  const dayPx = Math.max(1, (width - HEADING_PX) / period.days.length);
  const columns = { gridTemplateColumns: `repeat(${period.days.length}, minmax(0, 1fr))` };
  const todayColumn = period.days.findIndex((d) => d.getTime() === today.getTime());
  const quarter = period.days.length > 31;
  // Per expert a bar names its mission; per mission the row does, and a bar names the expert.
  const textOf = (byExpert: boolean) => (entry: CalendarEntry) =>
    byExpert ? entry.mission.code : entry.expert ? entry.expert.name : t("calendar.unstaffed");

  return (
    <div
      ref={chart}
      role="group"
      aria-label={caption}
      className="overflow-hidden rounded-lg border border-zinc-200 bg-white"
    >
      <div className="flex border-b border-zinc-200 bg-zinc-50 text-xs text-zinc-500" aria-hidden="true">
        <div className="w-48 shrink-0 px-3 py-2 font-medium">{t(rowsHeading(rows))}</div>
        {quarter ? (
          <QuarterAxis days={period.days} columns={columns} />
        ) : (
          <div className="grid flex-1" style={columns}>
            {period.days.map((d, i) => (
              <div
                key={i}
                className={cn("py-2 text-center tabular-nums", i === todayColumn && "font-semibold text-red-700")}
              >
                {d.getUTCDate()}
              </div>
            ))}
          </div>
        )}
      </div>
      <ul>
        {rows.map((row) => {
          const label = rowLabel(row);
          const rowLanes = lanes(placeBars(row.entries, period, dayPx, textOf(!!row.expert)));
          return (
            <li key={row.key} className="flex border-b border-zinc-100 last:border-b-0">
              <div className="w-48 shrink-0 px-3 py-2 text-sm">
                <div className="font-medium break-words text-zinc-900">{label.title}</div>
                {label.subtitle ? <div className="text-xs break-words text-zinc-500">{label.subtitle}</div> : null}
                {row.conflicts.length > 0 ? (
                  <div className="text-xs font-medium text-red-700">
                    <span aria-hidden="true">⚠ </span>
                    {t("calendar.clashCount", { count: row.conflicts.length })}
                  </div>
                ) : null}
              </div>
              <div className="relative grid flex-1 content-start gap-y-1 py-2" style={columns}>
                {todayColumn >= 0 ? (
                  <div
                    className="pointer-events-none border-s-2 border-red-500"
                    style={{ gridColumn: `${todayColumn + 1} / span 1`, gridRow: `1 / span ${rowLanes.length}` }}
                    aria-hidden="true"
                  />
                ) : null}
                {rowLanes.flatMap((lane, laneIndex) =>
                  lane.map((bar) => <Bar key={bar.entry.key} bar={bar} lane={laneIndex} byExpert={!!row.expert} />),
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function rowsHeading(rows: CalendarRow[]): "calendar.expert" | "calendar.mission" {
  return rows[0]?.mission ? "calendar.mission" : "calendar.expert";
}

/**
 * A quarter's axis on two lines: each month named over its days, then the Mondays' dates,
 * each label over its week (start-aligned) so that none runs into its neighbour.
 */
function QuarterAxis({ days, columns }: { days: Date[]; columns: CSSProperties }) {
  const months: { column: number; span: number; date: Date }[] = [];
  days.forEach((d, i) => {
    if (d.getUTCDate() === 1) months.push({ column: i, span: 0, date: d });
    months[months.length - 1]!.span += 1;
  });
  const weeks = days.flatMap((d, i) =>
    d.getUTCDay() === 1 ? [{ column: i, span: Math.min(7, days.length - i), date: d }] : [],
  );
  return (
    <div className="grid flex-1" style={columns}>
      {months.map((m) => (
        <div
          key={m.column}
          className="truncate border-s border-zinc-300 px-1.5 pt-1.5 font-medium text-zinc-700"
          style={{ gridColumn: `${m.column + 1} / span ${m.span}`, gridRow: 1 }}
        >
          {formatMonthYear(m.date)}
        </div>
      ))}
      {weeks.map((w) => (
        <div
          key={w.column}
          className="border-s border-zinc-200 ps-0.5 pb-1 tabular-nums"
          style={{ gridColumn: `${w.column + 1} / span ${w.span}`, gridRow: 2 }}
        >
          {w.date.getUTCDate()}
        </div>
      ))}
    </div>
  );
}

function Bar({ bar, lane, byExpert }: { bar: Placed; lane: number; byExpert: boolean }) {
  const { t } = useTranslation();
  const { entry, column, span, labelAt, labelSpan, text } = bar;
  const clash = entry.conflictCount > 0;
  const kind = t(`phaseKind.${entry.phaseKind}`);
  const who = entry.expert
    ? t("calendar.barWho", { name: entry.expert.name, role: t(`teamRole.${entry.role!}`) })
    : t("calendar.unstaffed");
  const flags = [clash ? t("calendar.clashFlag") : null, entry.overridden ? t("calendar.overrideFlag") : null].filter(
    Boolean,
  );
  const name = formatList(
    [
      t("calendar.bar", { code: entry.mission.code, kind, dates: formatDateRange(entry.startDate, entry.endDate) }),
      byExpert ? null : who,
      ...flags,
    ].filter((part): part is string => Boolean(part)),
  );
  const icons = (
    <>
      {clash ? <span aria-hidden="true">⚠</span> : null}
      {entry.overridden ? <span aria-hidden="true">↻</span> : null}
    </>
  );
  const tone = clash
    ? "border-red-500 bg-red-50 text-red-900"
    : entry.overridden
      ? "border-dashed border-amber-600 bg-amber-50 text-amber-900"
      : "border-indigo-300 bg-indigo-50 text-indigo-900 hover:bg-indigo-100";
  return (
    <>
      <Link
        to={`/missions/${entry.mission.id}`}
        aria-label={name}
        title={name}
        className={cn(
          "z-10 flex h-7 min-w-0 items-center gap-1 overflow-hidden rounded border text-xs font-medium whitespace-nowrap",
          labelAt === "inside" ? "px-1.5" : "justify-center",
          "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600",
          tone,
        )}
        style={{ gridColumn: `${column + 1} / span ${span}`, gridRow: lane + 1 }}
      >
        {labelAt === "inside" ? (
          <>
            {icons}
            <span className="truncate">{text}</span>
          </>
        ) : null}
      </Link>
      {labelAt === "inside" ? null : (
        <span
          aria-hidden="true"
          data-testid="calendar-bar-label"
          className={cn(
            "pointer-events-none z-10 flex h-7 items-center text-xs font-medium whitespace-nowrap",
            labelAt === "after" ? "justify-start ps-1" : "justify-end pe-1",
            clash ? "text-red-800" : entry.overridden ? "text-amber-900" : "text-zinc-700",
          )}
          style={{
            gridColumn:
              labelAt === "after"
                ? `${column + span + 1} / span ${labelSpan}`
                : `${column - labelSpan + 1} / span ${labelSpan}`,
            gridRow: lane + 1,
          }}
        >
          {/* Over the today line, which would otherwise run through the words. */}
          <span className="flex items-center gap-1 rounded bg-white/90 px-0.5">
            {icons}
            {text}
          </span>
        </span>
      )}
    </>
  );
}
