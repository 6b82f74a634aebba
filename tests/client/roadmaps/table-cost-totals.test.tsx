// The table's cost arithmetic (components/table/cost-totals.ts, over lib/money.ts): integer
// cents from the decimal strings, never one currency added to another, an item's cost
// spread over the days of its range per calendar year without losing or inventing a cent.
import { describe, expect, it } from "vitest";
import {
  costTotals,
  splitAcrossYears,
  sumByCurrency,
  type CostedItem,
} from "../../../client/src/features/roadmaps/components/table/cost-totals.ts";
import { centsToDecimal, toCents } from "../../../client/src/features/roadmaps/lib/money.ts";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

function costed(overrides: Partial<CostedItem>): CostedItem {
  return { startDate: null, endDate: null, costEstimate: null, currency: null, fundingSource: null, ...overrides };
}

const asObject = (amounts: ReadonlyMap<string | number, bigint>) => Object.fromEntries(amounts);

describe("cents", () => {
  it("reads the server's decimal strings exactly", () => {
    expect(toCents("125000")).toBe(12_500_000n);
    expect(toCents("125000.5")).toBe(12_500_050n);
    expect(toCents("0.07")).toBe(7n);
    expect(toCents("999999999999.99")).toBe(99_999_999_999_999n);
    expect(toCents("12,5")).toBeNull();
    expect(toCents("")).toBeNull();
  });

  it("writes cents back as a decimal string", () => {
    expect(centsToDecimal(12_500_050n)).toBe("125000.50");
    expect(centsToDecimal(7n)).toBe("0.07");
    expect(centsToDecimal(-105n)).toBe("-1.05");
  });

  it("adds what floating point would get wrong", () => {
    const items = ["0.10", "0.20", "0.10", "0.20", "0.10", "0.20"].map((c) =>
      costed({ costEstimate: c, currency: "EUR" }),
    );
    expect(asObject(sumByCurrency(items))).toEqual({ EUR: 90n });
    // 5,000 items at the largest cost the schema allows: past Number.MAX_SAFE_INTEGER in cents.
    const big = Array.from({ length: 5000 }, () => costed({ costEstimate: "999999999999.99", currency: "USD" }));
    expect(sumByCurrency(big).get("USD")).toBe(99_999_999_999_999n * 5000n);
  });
});

describe("sumByCurrency", () => {
  it("keeps each currency apart and skips items without a cost", () => {
    const items = [
      costed({ costEstimate: "100.00", currency: "EUR" }),
      costed({ costEstimate: "50.25", currency: "USD" }),
      costed({ costEstimate: "0.75", currency: "EUR" }),
      costed({ costEstimate: null, currency: "EUR" }),
    ];
    expect(asObject(sumByCurrency(items))).toEqual({ EUR: 10_075n, USD: 5_025n });
  });
});

describe("splitAcrossYears", () => {
  it("gives a range inside one year all of the cost", () => {
    expect(asObject(splitAcrossYears(100_00n, day("2027-03-01"), day("2027-06-30")))).toEqual({ 2027: 100_00n });
  });

  it("spreads the cost by days: 2027-07-01..2028-06-30 is 184 + 182 days (2028 is a leap year)", () => {
    const shares = splitAcrossYears(366_00n, day("2027-07-01"), day("2028-06-30"));
    // 36600 × 184 / 366 = 18400 exactly; the rest is 2028's.
    expect(asObject(shares)).toEqual({ 2027: 184_00n, 2028: 182_00n });
  });

  it("never loses a cent to rounding: the shares add up to the cost", () => {
    // 1 cent over three days across two years: the shares are whole cents and sum to 1.
    const tiny = splitAcrossYears(1n, day("2027-12-31"), day("2028-01-02"));
    expect([...tiny.values()].reduce((a, b) => a + b, 0n)).toBe(1n);
    const odd = splitAcrossYears(1_000_01n, day("2026-11-15"), day("2029-02-10"));
    expect([...odd.keys()]).toEqual([2026, 2027, 2028, 2029]);
    expect([...odd.values()].reduce((a, b) => a + b, 0n)).toBe(1_000_01n);
    // 47 + 365 + 366 + 41 = 819 days; 2027's share is cut at day 47 and day 412.
    expect(odd.get(2026)).toBe((1_000_01n * 47n) / 819n);
    expect(odd.get(2027)).toBe((1_000_01n * 412n) / 819n - (1_000_01n * 47n) / 819n);
  });

  it("treats a one-day range as that day's year", () => {
    expect(asObject(splitAcrossYears(5_00n, day("2030-01-01"), day("2030-01-01")))).toEqual({ 2030: 5_00n });
  });
});

describe("costTotals", () => {
  const items: CostedItem[] = [
    // Two years, EUR, the EU.
    costed({
      costEstimate: "730.00",
      currency: "EUR",
      startDate: day("2027-01-01"),
      endDate: day("2028-12-31"),
      fundingSource: "European Union",
    }),
    // USD in 2027 only, same source written differently.
    costed({
      costEstimate: "1000.00",
      currency: "USD",
      startDate: day("2027-02-01"),
      endDate: day("2027-05-31"),
      fundingSource: " european union ",
    }),
    // No dates: unscheduled; no funding source.
    costed({ costEstimate: "99.99", currency: "EUR" }),
    // Only an end date: counted on that day.
    costed({ costEstimate: "10.00", currency: "EUR", endDate: day("2029-03-31"), fundingSource: "Parliament budget" }),
    // No cost: counted nowhere.
    costed({ startDate: day("2027-01-01"), endDate: day("2027-12-31"), fundingSource: "World Bank" }),
  ];
  const totals = costTotals(items);

  it("totals per currency, never adding USD to EUR", () => {
    expect(totals.currencies).toEqual(["EUR", "USD"]);
    expect(asObject(totals.total)).toEqual({ EUR: 83_999n, USD: 1_000_00n });
  });

  it("totals per calendar year, with the unscheduled items last", () => {
    expect(totals.byYear.map((y) => y.year)).toEqual([2027, 2028, 2029, null]);
    // 730 EUR over 2027 (365 days) and 2028 (366 days) of 731 days.
    const eur2027 = (730_00n * 365n) / 731n;
    expect(asObject(totals.byYear[0]!.amounts)).toEqual({ EUR: eur2027, USD: 1_000_00n });
    expect(asObject(totals.byYear[1]!.amounts)).toEqual({ EUR: 730_00n - eur2027 });
    expect(asObject(totals.byYear[2]!.amounts)).toEqual({ EUR: 10_00n });
    expect(asObject(totals.byYear[3]!.amounts)).toEqual({ EUR: 99_99n });
    const yearsSum = totals.byYear.reduce((sum, y) => sum + (y.amounts.get("EUR") ?? 0n), 0n);
    expect(yearsSum).toBe(totals.total.get("EUR"));
  });

  it("totals per funding source, one row for one source however it is written, 'not set' last", () => {
    expect(totals.byFundingSource.map((s) => s.source)).toEqual(["European Union", "Parliament budget", null]);
    expect(asObject(totals.byFundingSource[0]!.amounts)).toEqual({ EUR: 730_00n, USD: 1_000_00n });
    expect(asObject(totals.byFundingSource[2]!.amounts)).toEqual({ EUR: 99_99n });
  });

  it("is empty for a roadmap without costs", () => {
    expect(costTotals([costed({ fundingSource: "EU" })])).toEqual({
      currencies: [],
      total: new Map(),
      byYear: [],
      byFundingSource: [],
    });
  });
});
