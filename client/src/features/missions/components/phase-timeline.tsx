// The phases on one horizontal time axis: each bar starts and ends at its planned
// dates, proportionally. Widths are set through the CSSOM (React's style prop), which
// the page's CSP allows, unlike style attributes in HTML.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PHASE_STATUSES } from "@hemicycle/shared/enums";
import { formatDateRange, formatShortDate } from "../../../lib/format.ts";
import { cn } from "../../../lib/cn.ts";
import type { Phase } from "../api/missions.ts";
import { phaseBarClasses } from "./status-badges.tsx";

const DAY = 86_400_000;

function monthTicks(from: number, to: number): Date[] {
  const ticks: Date[] = [];
  const start = new Date(from);
  let cursor = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
  while (cursor <= to) {
    ticks.push(new Date(cursor));
    const d = new Date(cursor);
    cursor = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  }
  // A span inside one month has no month start to show: label its first day instead.
  if (ticks.length === 0) return [new Date(from + (to - from) * 0.02)];
  // Keep the axis readable on long missions: at most about eight labels.
  const step = Math.ceil(ticks.length / 8) || 1;
  return ticks.filter((_, i) => i % step === 0);
}

export function PhaseTimeline({ phases }: { phases: readonly Phase[] }) {
  const { t } = useTranslation();
  const [today] = useState(() => Date.now());
  if (phases.length === 0) return null;
  const starts = phases.map((p) => new Date(p.startDate).getTime());
  const ends = phases.map((p) => new Date(p.endDate).getTime() + DAY); // the end day is included
  const min = Math.min(...starts);
  const max = Math.max(...ends);
  // A little air on both sides so short phases do not touch the edges.
  const pad = Math.max((max - min) * 0.04, DAY);
  const from = min - pad;
  const to = max + pad;
  const span = to - from;
  const pct = (time: number) => ((time - from) / span) * 100;

  return (
    <figure aria-label={t("timeline.label")}>
      {/* Fits the width it is given (a phone's too): no sideways scrolling. */}
      <div className="overflow-hidden">
        <div
          className="relative ms-24 sm:ms-40 h-5 border-b border-zinc-200 text-[11px] text-zinc-500"
          aria-hidden="true"
        >
          {monthTicks(from, to).map((tick) => (
            <span
              key={tick.getTime()}
              className="absolute top-0 -translate-x-1/2 rtl:translate-x-1/2 whitespace-nowrap"
              style={{ insetInlineStart: `${pct(tick.getTime())}%` }}
            >
              {formatShortDate(tick)}
            </span>
          ))}
        </div>
        <ul className="relative mt-1 mb-5">
          {today > from && today < to ? (
            <li aria-hidden="true" className="pointer-events-none absolute inset-y-0 start-24 sm:start-40 end-0">
              <span className="absolute inset-y-0 w-px bg-red-400" style={{ insetInlineStart: `${pct(today)}%` }} />
              <span
                className="absolute -bottom-5 -translate-x-1/2 rtl:translate-x-1/2 rounded bg-red-50 px-1 text-[11px] font-medium text-red-700"
                style={{ insetInlineStart: `${pct(today)}%` }}
              >
                {t("timeline.today")}
              </span>
            </li>
          ) : null}
          {phases.map((phase, index) => {
            const start = starts[index]!;
            const end = ends[index]!;
            const label = `${t(`phaseKind.${phase.kind}`)}: ${formatDateRange(phase.startDate, phase.endDate)}, ${t(`phaseStatus.${phase.status}`)}`;
            return (
              <li key={phase.id} className="flex h-9 items-center">
                <span className="w-24 shrink-0 truncate pe-3 text-xs font-medium text-zinc-700 sm:w-40">
                  {t(`phaseKind.${phase.kind}`)}
                </span>
                <span className="relative h-full flex-1">
                  <span
                    role="img"
                    aria-label={label}
                    title={label}
                    className={cn(
                      "absolute top-2 h-5 min-w-1.5 rounded",
                      phaseBarClasses[phase.status],
                      phase.status === "CANCELLED" && "opacity-60",
                    )}
                    style={{ insetInlineStart: `${pct(start)}%`, width: `${Math.max(pct(end) - pct(start), 0.8)}%` }}
                  />
                  {/* The dates beside the bar, on whichever side has room. */}
                  <span
                    aria-hidden="true"
                    className={cn(
                      "absolute top-2.5 text-[11px] whitespace-nowrap text-zinc-600",
                      pct(end) < 70 ? "ps-2" : "pe-2",
                    )}
                    style={
                      pct(end) < 70 ? { insetInlineStart: `${pct(end)}%` } : { insetInlineEnd: `${100 - pct(start)}%` }
                    }
                  >
                    {formatDateRange(phase.startDate, phase.endDate)}
                  </span>
                </span>
              </li>
            );
          })}
        </ul>
      </div>
      <figcaption className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600">
        <span className="sr-only">{t("timeline.legend")}</span>
        {PHASE_STATUSES.filter((status) => phases.some((p) => p.status === status)).map((status) => (
          <span key={status} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={cn("inline-block h-2.5 w-4 rounded-sm", phaseBarClasses[status])} />
            {t(`phaseStatus.${status}`)}
          </span>
        ))}
        <span className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-3 w-px bg-red-400" />
          {t("timeline.today")}
        </span>
      </figcaption>
    </figure>
  );
}
