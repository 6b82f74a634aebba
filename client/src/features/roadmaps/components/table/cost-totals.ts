// The roadmap's cost arithmetic, in integer cents (BigInt) from the decimal strings the
// server sends, so that no cent is lost to floating point and 5,000 items of a trillion
// each still add up exactly. Amounts in different currencies are never added together:
// every total is a map from currency to cents.
import { toCents, type Amounts } from "../../lib/money.ts";

/** What the totals read of an item. */
export type CostedItem = {
  startDate: Date | null;
  endDate: Date | null;
  costEstimate: string | null;
  currency: string | null;
  fundingSource: string | null;
};

export type YearTotal = {
  /** The calendar year, or null for items without dates ("Unscheduled"). */
  year: number | null;
  amounts: Amounts;
};

export type SourceTotal = {
  /** The funding source as first written, or null for items without one. */
  source: string | null;
  amounts: Amounts;
};

export type CostTotals = {
  /** Every currency that appears, in alphabetical order. */
  currencies: string[];
  total: Amounts;
  /** Calendar years in order, then "Unscheduled" when some costed item has no dates. */
  byYear: YearTotal[];
  /** Funding sources in alphabetical order, then "not set". */
  byFundingSource: SourceTotal[];
};

const DAY_MS = 86_400_000;

function add(into: Map<string, bigint>, currency: string, cents: bigint) {
  into.set(currency, (into.get(currency) ?? 0n) + cents);
}

/** Days from 1970-01-01 of a date-only value (UTC midnight). */
function dayNumber(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

function firstDayOfYear(year: number): number {
  return Date.UTC(year, 0, 1) / DAY_MS;
}

/**
 * An item's cost spread evenly over the days of its start..end range (both included), per
 * calendar year. The shares are cut at the cumulative day count, floor(cost × days so far
 * ÷ all days), so that they always add up to the cost, to the cent. An item with one date
 * only counts as a one-day range on it.
 */
export function splitAcrossYears(cents: bigint, start: Date, end: Date): Map<number, bigint> {
  const from = dayNumber(start <= end ? start : end);
  const to = dayNumber(start <= end ? end : start);
  const allDays = BigInt(to - from + 1);
  const shares = new Map<number, bigint>();
  let before = 0n;
  for (let year = new Date(from * DAY_MS).getUTCFullYear(); ; year++) {
    const lastDay = Math.min(to, firstDayOfYear(year + 1) - 1);
    const daysSoFar = lastDay - from + 1;
    const upToHere = (cents * BigInt(daysSoFar)) / allDays;
    shares.set(year, upToHere - before);
    before = upToHere;
    if (lastDay >= to) break;
  }
  return shares;
}

/** Per currency: what a set of items costs (a group's subtotal). */
export function sumByCurrency(items: readonly CostedItem[]): Amounts {
  const total = new Map<string, bigint>();
  for (const item of items) {
    const cents = item.costEstimate === null ? null : toCents(item.costEstimate);
    if (cents !== null) add(total, item.currency ?? "", cents);
  }
  return total;
}

function fromMap<K, T>(
  map: Map<K, Map<string, bigint>>,
  make: (key: K, amounts: Amounts) => T,
  order: (a: K, b: K) => number,
): T[] {
  return [...map.keys()].sort(order).map((key) => make(key, map.get(key) ?? new Map()));
}

/** Nulls ("Unscheduled", "not set") last, the rest in the given order. */
function nullsLast<K>(compare: (a: NonNullable<K>, b: NonNullable<K>) => number) {
  return (a: K, b: K) => {
    if (a === null || a === undefined) return b === null || b === undefined ? 0 : 1;
    if (b === null || b === undefined) return -1;
    return compare(a, b);
  };
}

export function costTotals(items: readonly CostedItem[]): CostTotals {
  const total = new Map<string, bigint>();
  const byYear = new Map<number | null, Map<string, bigint>>();
  // Sources are told apart without regard to case or surrounding spaces ("EU", "eu ").
  const bySource = new Map<string | null, Map<string, bigint>>();
  const sourceName = new Map<string, string>();

  for (const item of items) {
    const cents = item.costEstimate === null ? null : toCents(item.costEstimate);
    if (cents === null) continue;
    const currency = item.currency ?? "";
    add(total, currency, cents);

    const start = item.startDate ?? item.endDate;
    const end = item.endDate ?? item.startDate;
    if (start && end) {
      for (const [year, share] of splitAcrossYears(cents, start, end)) {
        if (!byYear.has(year)) byYear.set(year, new Map());
        add(byYear.get(year)!, currency, share);
      }
    } else {
      if (!byYear.has(null)) byYear.set(null, new Map());
      add(byYear.get(null)!, currency, cents);
    }

    const written = item.fundingSource?.trim() || null;
    const key = written === null ? null : written.toLocaleLowerCase();
    if (key !== null && !sourceName.has(key)) sourceName.set(key, written!);
    if (!bySource.has(key)) bySource.set(key, new Map());
    add(bySource.get(key)!, currency, cents);
  }

  return {
    currencies: [...total.keys()].sort(),
    total,
    byYear: fromMap(
      byYear,
      (year, amounts) => ({ year, amounts }),
      nullsLast<number | null>((a, b) => a - b),
    ),
    byFundingSource: fromMap(
      bySource,
      (key, amounts) => ({ source: key === null ? null : (sourceName.get(key) ?? key), amounts }),
      nullsLast<string | null>((a, b) => (sourceName.get(a) ?? a).localeCompare(sourceName.get(b) ?? b)),
    ),
  };
}
