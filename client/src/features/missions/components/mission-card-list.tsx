import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { cn } from "../../../lib/cn.ts";
import { formatDateRange } from "../../../lib/format.ts";
import type { MissionListItem } from "../api/missions.ts";
import { MissionStatusBadge, ReportLateFlag } from "./status-badges.tsx";

/**
 * A compact list of missions: for a home page, and for the missions list on a phone,
 * where a table would scroll sideways.
 */
export function MissionCardList({
  missions,
  label,
  className,
}: {
  missions: readonly MissionListItem[];
  label?: string;
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <ul className={cn("divide-y divide-zinc-100", className)} aria-label={label}>
      {missions.map((m) => (
        <li key={m.id} className="py-3 first:pt-0 last:pb-0">
          <div className="flex items-start justify-between gap-3">
            <div className="min-w-0">
              <Link
                to={`/missions/${m.id}`}
                className="text-sm font-medium text-zinc-900 hover:text-brand-700 hover:underline"
              >
                {m.title}
              </Link>
              {/* A no-break space before each "·" keeps it at the end of a line, never the start. */}
              <p className="mt-0.5 text-xs text-zinc-500">
                <span className="font-mono">{m.code}</span>
                {"\u00a0· "}
                {t(`missionType.${m.type}`)}
                {m.startDate ? `\u00a0· ${formatDateRange(m.startDate, m.endDate)}` : ""}
              </p>
            </div>
            <div className="flex shrink-0 flex-col items-end gap-1">
              <MissionStatusBadge status={m.status} />
              <ReportLateFlag days={m.reportDaysLate} />
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
