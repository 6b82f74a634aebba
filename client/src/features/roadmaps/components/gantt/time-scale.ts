// The Gantt's arithmetic of dates and pixels, pure so that it is tested on its own.
// Dates are calendar days at UTC midnight (docs/design.md): everything here counts whole
// days since 1970-01-01 UTC ("day numbers"), never local time, so a bar lands on the same
// day in every time zone. An item's end date is inclusive: a bar runs to the end of it.
//
// x is a logical offset from the timeline's start side, not a physical left: the bars are
// placed with `inset-inline-start`, so a right-to-left page mirrors them as it is; only
// the SVG of the arrows (which has no logical coordinates) flips itself (gantt-arrows.tsx).

export const DAY_MS = 86_400_000;

export type Zoom = "months" | "quarters" | "years";
export const ZOOMS: readonly Zoom[] = ["months", "quarters", "years"];

/** How wide a day is at each zoom: a month ≈ 91 px, a quarter ≈ 91 px, a year ≈ 110 px. */
export const PX_PER_DAY: Record<Zoom, number> = { months: 3, quarters: 1, years: 0.3 };

/** Dragging snaps to days when months are shown, to weeks when quarters or years are. */
export const SNAP_DAYS: Record<Zoom, number> = { months: 1, quarters: 7, years: 7 };

/** Whole days since 1970-01-01 UTC. */
export function dayNumber(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

/** The calendar day as the server stores it: UTC midnight. */
export function dateOfDay(day: number): Date {
  return new Date(day * DAY_MS);
}

/** The day number of a calendar date; `month0` counts from 0 and overflows like Date.UTC. */
export function utcDay(year: number, month0: number, date = 1): number {
  return Date.UTC(year, month0, date) / DAY_MS;
}

export function todayDay(now: Date = new Date()): number {
  return dayNumber(now);
}

/** A span of calendar days, both ends included. */
export type Span = { startDay: number; endDay: number };

/** An item's span, or null while it has no dates (one date alone spans that day). */
export function spanOf(startDate: Date | null, endDate: Date | null): Span | null {
  if (!startDate && !endDate) return null;
  const start = dayNumber((startDate ?? endDate)!);
  const end = dayNumber((endDate ?? startDate)!);
  return { startDay: Math.min(start, end), endDay: Math.max(start, end) };
}

/** The dates to save for a span: UTC midnight of its first and last day. */
export function datesOf(span: Span): { startDate: Date; endDate: Date } {
  return { startDate: dateOfDay(span.startDay), endDate: dateOfDay(span.endDay) };
}

export function moveSpan(span: Span, days: number): Span {
  return { startDay: span.startDay + days, endDay: span.endDay + days };
}

/** Moves the end; it never goes before the start (a one-day item at least). */
export function resizeEnd(span: Span, days: number): Span {
  return { startDay: span.startDay, endDay: Math.max(span.startDay, span.endDay + days) };
}

/** Moves the start; it never goes past the end. */
export function resizeStart(span: Span, days: number): Span {
  return { startDay: Math.min(span.endDay, span.startDay + days), endDay: span.endDay };
}

export type DragKind = "move" | "start" | "end";

export function applyDrag(span: Span, kind: DragKind, days: number): Span {
  if (kind === "move") return moveSpan(span, days);
  return kind === "end" ? resizeEnd(span, days) : resizeStart(span, days);
}

/** A drag of `days` (fractional, from pixels) rounded to the zoom's snapping unit. */
export function snapDays(days: number, zoom: Zoom): number {
  const unit = SNAP_DAYS[zoom];
  const snapped = Math.round(days / unit) * unit;
  return snapped === 0 ? 0 : snapped; // no -0
}

/** The days the timeline shows: [startDay, endDay), whole months. */
export type Range = { startDay: number; endDay: number };

/**
 * The roadmap's horizon (1 January of its first year to 31 December of its last), widened
 * to whole months around any item that lies outside it.
 */
export function timelineRange(horizonStart: number, horizonEnd: number, spans: Iterable<Span>): Range {
  let startDay = utcDay(horizonStart, 0);
  let endDay = utcDay(horizonEnd + 1, 0);
  for (const span of spans) {
    if (span.startDay < startDay) startDay = startOfMonth(span.startDay);
    if (span.endDay >= endDay) endDay = startOfNextMonth(span.endDay);
  }
  return { startDay, endDay };
}

function startOfMonth(day: number): number {
  const date = dateOfDay(day);
  return utcDay(date.getUTCFullYear(), date.getUTCMonth());
}

function startOfNextMonth(day: number): number {
  const date = dateOfDay(day);
  return utcDay(date.getUTCFullYear(), date.getUTCMonth() + 1);
}

/** The finest zoom at which the whole range fits in `width` pixels; years when none does. */
export function fitZoom(range: Range, width: number): Zoom {
  const days = range.endDay - range.startDay;
  return ZOOMS.find((zoom) => days * PX_PER_DAY[zoom] <= width) ?? "years";
}

export type TimeScale = {
  zoom: Zoom;
  range: Range;
  pxPerDay: number;
  /** The timeline's full width in pixels. */
  width: number;
  /** The one place a date becomes a (logical) x: the start edge of that day. */
  xOf: (date: Date) => number;
  xOfDay: (day: number) => number;
  /** The day under a logical x (the inverse of xOfDay). */
  dayAt: (x: number) => number;
};

/**
 * The scale of a zoom over a range. `fillWidth` stretches it so that the timeline fills at
 * least that many pixels (a short horizon on a wide screen); it never shrinks a zoom.
 */
export function createScale(zoom: Zoom, range: Range, fillWidth = 0): TimeScale {
  const days = Math.max(1, range.endDay - range.startDay);
  const pxPerDay = Math.max(PX_PER_DAY[zoom], fillWidth / days);
  const xOfDay = (day: number) => (day - range.startDay) * pxPerDay;
  return {
    zoom,
    range,
    pxPerDay,
    width: (range.endDay - range.startDay) * pxPerDay,
    xOf: (date) => xOfDay(dayNumber(date)),
    xOfDay,
    dayAt: (x) => range.startDay + Math.floor(x / pxPerDay),
  };
}

/** Where a bar is drawn: from the start of its first day to the end of its last. */
export function barBox(scale: TimeScale, span: Span): { x: number; width: number } {
  const x = scale.xOfDay(span.startDay);
  return { x, width: Math.max(scale.xOfDay(span.endDay + 1) - x, 2) };
}

export type GridLine = { day: number; kind: "year" | "quarter" | "month" };

/**
 * Vertical lines at the start of each year, quarter and (in months zoom) month inside the
 * range; months have their real lengths (28 to 31 days), so lines are not evenly spaced.
 */
export function gridLines(scale: TimeScale): GridLine[] {
  const lines: GridLine[] = [];
  const first = dateOfDay(scale.range.startDay);
  for (let m = 0; ; m++) {
    const day = utcDay(first.getUTCFullYear(), first.getUTCMonth() + m);
    if (day >= scale.range.endDay) break;
    const month = dateOfDay(day).getUTCMonth();
    const kind = month === 0 ? "year" : month % 3 === 0 ? "quarter" : "month";
    if (kind === "month" && scale.zoom !== "months") continue;
    lines.push({ day, kind });
  }
  return lines;
}

export type AxisCell = { startDay: number; endDay: number; year: number; month0: number };

/**
 * The header's two rows: years on top; below them months (months zoom) or quarters
 * (quarters and years zoom). `month0` is the cell's first month, for its label.
 */
export function axisCells(scale: TimeScale): { top: AxisCell[]; bottom: AxisCell[] } {
  const step = scale.zoom === "months" ? 1 : 3;
  const top: AxisCell[] = [];
  const bottom: AxisCell[] = [];
  const { startDay, endDay } = scale.range;
  const first = dateOfDay(startDay);
  for (let year = first.getUTCFullYear(); utcDay(year, 0) < endDay; year++) {
    top.push(clip({ startDay: utcDay(year, 0), endDay: utcDay(year + 1, 0), year, month0: 0 }, scale.range));
    for (let month0 = 0; month0 < 12; month0 += step) {
      const cell = { startDay: utcDay(year, month0), endDay: utcDay(year, month0 + step), year, month0 };
      if (cell.endDay > startDay && cell.startDay < endDay) bottom.push(clip(cell, scale.range));
    }
  }
  return { top, bottom };
}

function clip(cell: AxisCell, range: Range): AxisCell {
  return { ...cell, startDay: Math.max(cell.startDay, range.startDay), endDay: Math.min(cell.endDay, range.endDay) };
}

/** How many days later the item now ends than it did in the endorsed baseline (0 if not later). */
export function slippedDays(endDate: Date | null, baselineEnd: Date | null | undefined): number {
  if (!endDate || !baselineEnd) return 0;
  return Math.max(0, dayNumber(endDate) - dayNumber(baselineEnd));
}

/**
 * Where "Schedule" puts an item without dates: three months from the first of the current
 * month, or from the start of the timeline when today lies outside it.
 */
export function defaultSpan(range: Range, today: number): Span {
  const inside = today >= range.startDay && today < range.endDay;
  const start = inside ? startOfMonth(today) : range.startDay;
  const date = dateOfDay(start);
  const end = utcDay(date.getUTCFullYear(), date.getUTCMonth() + 3) - 1;
  return { startDay: start, endDay: end };
}
