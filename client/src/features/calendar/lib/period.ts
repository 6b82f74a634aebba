// The period the calendar shows: a month or a quarter from its first day, as date-only
// values at UTC midnight (what the server speaks).
export const SPANS = ["month", "quarter"] as const;
export type Span = (typeof SPANS)[number];

const DAY_MS = 86_400_000;

export type Period = { from: Date; to: Date; days: Date[] };

/** The first day of the month (or of the quarter) that holds `date`. */
export function periodStart(date: Date, span: Span): Date {
  const month = span === "quarter" ? date.getUTCMonth() - (date.getUTCMonth() % 3) : date.getUTCMonth();
  return new Date(Date.UTC(date.getUTCFullYear(), month, 1));
}

/** The period of `span` starting at `start`'s month (or quarter), `offset` periods later. */
export function periodOf(start: Date, span: Span, offset = 0): Period {
  const months = span === "quarter" ? 3 : 1;
  const first = periodStart(start, span);
  const from = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + offset * months, 1));
  const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, 0));
  const days: Date[] = [];
  for (let t = from.getTime(); t <= to.getTime(); t += DAY_MS) days.push(new Date(t));
  return { from, to, days };
}

/** Today as a date-only value. */
export function today(now = new Date()): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

/** "2027-03-01" */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` from the address, or null when it is not a real day. */
export function parseIsoDay(value: string | null): Date | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && isoDay(date) === value ? date : null;
}

/** Where a period [start, end] sits on the period's day axis: first column and width, clipped. */
export function placement(period: Period, start: Date, end: Date): { column: number; span: number } {
  const first = Math.max(start.getTime(), period.from.getTime());
  const last = Math.min(end.getTime(), period.to.getTime());
  const column = Math.round((first - period.from.getTime()) / DAY_MS);
  return { column, span: Math.round((last - first) / DAY_MS) + 1 };
}
