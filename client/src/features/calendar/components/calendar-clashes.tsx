// Beneath the calendar: every clash in the period once, what clashes with what, and the
// assignments a coordinator kept despite one (with the reason, for those who may read it).
import { useTranslation } from "react-i18next";
import { formatDateRange } from "../../../lib/format.ts";
import type { CalendarRow } from "../api/calendar.ts";

export function CalendarClashes({ rows }: { rows: CalendarRow[] }) {
  const { t } = useTranslation();
  // Per mission, a clash between two missions' phases is in both rows: listed here once.
  const seen = new Set<string>();
  const conflicts = rows
    .flatMap((r) => r.conflicts.map((c, i) => ({ key: `${r.key}-${i}`, ...c })))
    .filter((c) => {
      const other =
        c.clash.kind === "phase" ? c.clash.phaseId : `away:${c.clash.startDate.getTime()}-${c.clash.endDate.getTime()}`;
      const pair = `${c.expert.id}|${[c.phase.id, other].sort().join("|")}`;
      if (seen.has(pair)) return false;
      seen.add(pair);
      return true;
    });
  const overrides = rows.flatMap((r) => r.overrides.map((o, i) => ({ key: `${r.key}-${i}`, ...o })));
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="calendar-clashes" className="rounded-lg border border-zinc-200 bg-white p-4">
        <h2 id="calendar-clashes" className="text-sm font-semibold text-zinc-900">
          <span aria-hidden="true">⚠ </span>
          {t("calendar.clashesTitle")}
        </h2>
        {conflicts.length === 0 ? (
          <p className="mt-2 text-sm text-zinc-500">{t("calendar.noClashes")}</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm text-zinc-800">
            {conflicts.map((c) => {
              const base = {
                expert: c.expert.name,
                code: c.phase.missionCode,
                kind: t(`phaseKind.${c.phase.phaseKind}`),
                dates: formatDateRange(c.phase.startDate, c.phase.endDate),
                otherDates: formatDateRange(c.clash.startDate, c.clash.endDate),
              };
              return (
                <li key={c.key}>
                  {c.clash.kind === "phase"
                    ? t("calendar.clashWithPhase", {
                        ...base,
                        otherCode: c.clash.missionCode,
                        otherKind: t(`phaseKind.${c.clash.phaseKind}`),
                      })
                    : c.clash.reason
                      ? t("calendar.clashWithAbsenceReason", { ...base, reason: c.clash.reason })
                      : t("calendar.clashWithAbsence", base)}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {overrides.length > 0 ? (
        <section aria-labelledby="calendar-overrides" className="rounded-lg border border-zinc-200 bg-white p-4">
          <h2 id="calendar-overrides" className="text-sm font-semibold text-zinc-900">
            <span aria-hidden="true">↻ </span>
            {t("calendar.overridesTitle")}
          </h2>
          <ul className="mt-2 space-y-2 text-sm text-zinc-800">
            {overrides.map((o) => (
              <li key={o.key}>
                {t("calendar.override", {
                  expert: o.expert.name,
                  code: o.phase.missionCode,
                  kind: t(`phaseKind.${o.phase.phaseKind}`),
                })}
                {o.reason ? (
                  <span className="block text-xs text-zinc-600">
                    {t("calendar.overrideReason", { reason: o.reason })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
