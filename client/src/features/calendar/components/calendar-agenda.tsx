// The calendar on a phone: per row, an agenda of dates and places instead of a Gantt too
// small to read.
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { countryName, formatDateRange } from "../../../lib/format.ts";
import type { CalendarRow } from "../api/calendar.ts";
import { rowLabel } from "./calendar-chart.tsx";

export function CalendarAgenda({ rows, caption }: { rows: CalendarRow[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <section aria-label={caption} className="space-y-3">
      {rows.map((row) => {
        const label = rowLabel(row);
        return (
          <div key={row.key} className="rounded-lg border border-zinc-200 bg-white">
            <h3 className="border-b border-zinc-100 px-3 py-2 text-sm font-semibold text-zinc-900">
              {label.title}
              {label.subtitle ? (
                <span className="block text-xs font-normal text-zinc-500">{label.subtitle}</span>
              ) : null}
            </h3>
            <ul className="divide-y divide-zinc-100">
              {row.entries.map((entry) => (
                <li key={entry.key}>
                  <Link
                    to={`/missions/${entry.mission.id}`}
                    className="block px-3 py-2 text-sm hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-indigo-600"
                  >
                    <span className="block font-medium text-zinc-900 tabular-nums">
                      {formatDateRange(entry.startDate, entry.endDate)}
                    </span>
                    <span className="block text-zinc-700">
                      {entry.mission.code}&nbsp;· {t(`phaseKind.${entry.phaseKind}`)}
                      {row.expert ? null : `\u00a0· ${entry.expert ? entry.expert.name : t("calendar.unstaffed")}`}
                    </span>
                    <span className="block text-xs text-zinc-500">
                      {entry.location
                        ? t("calendar.where", {
                            location: entry.location,
                            country: countryName(entry.parliament.countryCode),
                          })
                        : entry.parliament.name}
                    </span>
                    {entry.conflictCount > 0 || entry.overridden ? (
                      <span className="mt-1 flex gap-2 text-xs font-medium">
                        {entry.conflictCount > 0 ? (
                          <span className="text-red-700">
                            <span aria-hidden="true">⚠ </span>
                            {t("calendar.clashFlag")}
                          </span>
                        ) : null}
                        {entry.overridden ? (
                          <span className="text-amber-800">
                            <span aria-hidden="true">↻ </span>
                            {t("calendar.overrideFlag")}
                          </span>
                        ) : null}
                      </span>
                    ) : null}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
