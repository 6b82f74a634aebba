// The calendar's view kept in the address
// (?start=2027-03-01&span=quarter&by=mission&programme=…&expert=…&mission=…), so that a
// view can be shared, survives a reload and the back button steps through periods.
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { CALENDAR_GROUPINGS, type CalendarGrouping } from "@hemicycle/shared/schemas/calendar";
import { isoDay, parseIsoDay, periodOf, SPANS, today, type Span } from "../lib/period.ts";

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.includes(value as T) ? (value as T) : fallback;
}

/** The filters of the calendar, by their name in the address. */
export const CALENDAR_FILTERS = ["programme", "expert", "mission"] as const;
export type CalendarFilter = (typeof CALENDAR_FILTERS)[number];

export type CalendarFilterValues = { programmeId?: string; expertId?: string; missionId?: string };

export function useCalendarView() {
  const [params, setParams] = useSearchParams();
  const span = oneOf(SPANS, params.get("span"), "month");
  const by = oneOf(CALENDAR_GROUPINGS, params.get("by"), "expert");
  const startParam = params.get("start");
  const period = useMemo(() => periodOf(parseIsoDay(startParam) ?? today(), span), [startParam, span]);
  const programme = params.get("programme");
  const expert = params.get("expert");
  const mission = params.get("mission");
  const filters = useMemo<CalendarFilterValues>(
    () => ({
      ...(programme ? { programmeId: programme } : {}),
      ...(expert ? { expertId: expert } : {}),
      ...(mission ? { missionId: mission } : {}),
    }),
    [programme, expert, mission],
  );

  const update = useCallback(
    (changes: { start?: Date; span?: Span; by?: CalendarGrouping }) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        const nextSpan = changes.span ?? span;
        next.set("start", isoDay(periodOf(changes.start ?? period.from, nextSpan).from));
        next.set("span", nextSpan);
        next.set("by", changes.by ?? by);
        return next;
      }),
    [setParams, span, by, period.from],
  );

  const setFilter = useCallback(
    (key: CalendarFilter, value: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const clearFilters = useCallback(
    () =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const key of CALENDAR_FILTERS) next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return {
    span,
    by,
    period,
    filters,
    filtered: Object.keys(filters).length > 0,
    setFilter,
    clearFilters,
    setSpan: (value: Span) => update({ span: value }),
    setBy: (value: CalendarGrouping) => update({ by: value }),
    previous: () => update({ start: periodOf(period.from, span, -1).from }),
    next: () => update({ start: periodOf(period.from, span, 1).from }),
    toToday: () => update({ start: today() }),
  };
}
