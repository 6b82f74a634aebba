// The calendar's rows on a day axis (from a tablet up): one lane per bar that would
// otherwise overlap, today marked, each bar a link to its mission that says in words
// whether it clashes or was kept by an override.
import type { CSSProperties } from "react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { cn } from "../../../lib/cn.ts";
import { formatDateRange } from "../../../lib/format.ts";
import type { CalendarEntry, CalendarRow } from "../api/calendar.ts";
import { placement, type Period } from "../lib/period.ts";

type Props = { rows: CalendarRow[]; period: Period; today: Date; caption: string };

/** Bars in lanes: each in the first lane where it does not overlap the one before. */
function lanes(entries: CalendarEntry[]): CalendarEntry[][] {
  const result: CalendarEntry[][] = [];
  for (const entry of [...entries].sort((a, b) => a.startDate.getTime() - b.startDate.getTime())) {
    const lane = result.find((l) => l[l.length - 1]!.endDate.getTime() < entry.startDate.getTime());
    if (lane) lane.push(entry);
    else result.push([entry]);
  }
  return result;
}

export function rowLabel(row: CalendarRow): { title: string; subtitle: string } {
  if (row.expert) return { title: row.expert.name, subtitle: "" };
  return { title: row.mission!.code, subtitle: row.mission!.title };
}

export function CalendarChart({ rows, period, today, caption }: Props) {
  const { t } = useTranslation();
  const columns = { gridTemplateColumns: `repeat(${period.days.length}, minmax(0, 1fr))` };
  const todayColumn = period.days.findIndex((d) => d.getTime() === today.getTime());
  const quarter = period.days.length > 31;

  return (
    <div role="group" aria-label={caption} className="overflow-hidden rounded-lg border border-zinc-200 bg-white">
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
          const rowLanes = lanes(row.entries);
          return (
            <li key={row.key} className="flex border-b border-zinc-100 last:border-b-0">
              <div className="w-48 shrink-0 px-3 py-2 text-sm">
                <div className="truncate font-medium text-zinc-900">{label.title}</div>
                {label.subtitle ? <div className="truncate text-xs text-zinc-500">{label.subtitle}</div> : null}
                {row.conflicts.length > 0 ? (
                  <div className="text-xs font-medium text-red-700">
                    <span aria-hidden="true">⚠ </span>
                    {t("calendar.clashCount", { count: row.conflicts.length })}
                  </div>
                ) : null}
              </div>
              <div className="relative grid flex-1 gap-y-1 py-2" style={columns}>
                {todayColumn >= 0 ? (
                  <div
                    className="pointer-events-none border-s-2 border-red-500"
                    style={{ gridColumn: `${todayColumn + 1} / span 1`, gridRow: `1 / span ${rowLanes.length}` }}
                    aria-hidden="true"
                  />
                ) : null}
                {rowLanes.flatMap((lane, laneIndex) =>
                  lane.map((entry) => (
                    <Bar key={entry.key} entry={entry} period={period} lane={laneIndex} byExpert={!!row.expert} />
                  )),
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

const monthFormat = new Intl.DateTimeFormat(undefined, { month: "long", year: "numeric", timeZone: "UTC" });

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
          {monthFormat.format(m.date)}
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

function Bar({
  entry,
  period,
  lane,
  byExpert,
}: {
  entry: CalendarEntry;
  period: Period;
  lane: number;
  byExpert: boolean;
}) {
  const { t } = useTranslation();
  const { column, span } = placement(period, entry.startDate, entry.endDate);
  const clash = entry.conflictCount > 0;
  const kind = t(`phaseKind.${entry.phaseKind}`);
  const who = entry.expert
    ? t("calendar.barWho", { name: entry.expert.name, role: t(`teamRole.${entry.role!}`) })
    : t("calendar.unstaffed");
  const flags = [clash ? t("calendar.clashFlag") : null, entry.overridden ? t("calendar.overrideFlag") : null].filter(
    Boolean,
  );
  const name = [
    t("calendar.bar", { code: entry.mission.code, kind, dates: formatDateRange(entry.startDate, entry.endDate) }),
    byExpert ? null : who,
    ...flags,
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <Link
      to={`/missions/${entry.mission.id}`}
      aria-label={name}
      title={name}
      className={cn(
        "z-10 flex h-7 min-w-0 items-center gap-1 overflow-hidden rounded border px-1.5 text-xs font-medium whitespace-nowrap",
        "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600",
        clash
          ? "border-red-500 bg-red-50 text-red-900"
          : entry.overridden
            ? "border-dashed border-amber-600 bg-amber-50 text-amber-900"
            : "border-indigo-300 bg-indigo-50 text-indigo-900 hover:bg-indigo-100",
      )}
      style={{ gridColumn: `${column + 1} / span ${span}`, gridRow: lane + 1 }}
    >
      {clash ? <span aria-hidden="true">⚠</span> : null}
      {entry.overridden ? <span aria-hidden="true">↻</span> : null}
      <span className="truncate">
        {entry.mission.code}
        {byExpert ? "" : ` · ${entry.expert ? entry.expert.name : t("calendar.unstaffed")}`}
      </span>
    </Link>
  );
}
