// The calendar's view kept in the address (?start=2027-03-01&span=quarter&by=mission), so
// that a view can be shared, survives a reload and the back button steps through periods.
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { CALENDAR_GROUPINGS, type CalendarGrouping } from "@hemicycle/shared/schemas/calendar";
import { isoDay, parseIsoDay, periodOf, SPANS, today, type Span } from "../lib/period.ts";

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.includes(value as T) ? (value as T) : fallback;
}

export function useCalendarView() {
  const [params, setParams] = useSearchParams();
  const span = oneOf(SPANS, params.get("span"), "month");
  const by = oneOf(CALENDAR_GROUPINGS, params.get("by"), "expert");
  const startParam = params.get("start");
  const period = useMemo(() => periodOf(parseIsoDay(startParam) ?? today(), span), [startParam, span]);

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

  return {
    span,
    by,
    period,
    setSpan: (value: Span) => update({ span: value }),
    setBy: (value: CalendarGrouping) => update({ by: value }),
    previous: () => update({ start: periodOf(period.from, span, -1).from }),
    next: () => update({ start: periodOf(period.from, span, 1).from }),
    toToday: () => update({ start: today() }),
  };
}
