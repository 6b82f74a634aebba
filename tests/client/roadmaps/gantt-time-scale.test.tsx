// The timeline's arithmetic (client/src/features/roadmaps/components/gantt/time-scale.ts):
// calendar days at UTC midnight, pixels per zoom, snapping, month lengths and the range a
// roadmap's horizon gives. Pure functions, so no rendering here.
import { describe, expect, it } from "vitest";
import {
  applyDrag,
  axisCells,
  barBox,
  createScale,
  datesOf,
  dayNumber,
  defaultSpan,
  fitZoom,
  gridLines,
  PX_PER_DAY,
  slippedDays,
  snapDays,
  spanOf,
  timelineRange,
  utcDay,
} from "../../../client/src/features/roadmaps/components/gantt/time-scale.ts";
import { day } from "../fixtures.ts";

const d = (iso: string) => dayNumber(day(iso));
const horizon2027to2030 = timelineRange(2027, 2030, []);

describe("days and dates", () => {
  it("counts whole UTC days, whatever the hour of the instant", () => {
    expect(dayNumber(new Date("2027-03-01T00:00:00Z"))).toBe(dayNumber(new Date("2027-03-01T23:59:59Z")));
    expect(dayNumber(new Date("2027-03-02T00:00:00Z")) - dayNumber(new Date("2027-03-01T23:59:59Z"))).toBe(1);
  });

  it("gives back dates at UTC midnight, the way the server stores them", () => {
    const { startDate, endDate } = datesOf({ startDay: d("2027-03-01"), endDay: d("2027-03-31") });
    expect(startDate.toISOString()).toBe("2027-03-01T00:00:00.000Z");
    expect(endDate.toISOString()).toBe("2027-03-31T00:00:00.000Z");
  });

  it("reads an item's span, one date alone spanning that day, none without dates", () => {
    expect(spanOf(day("2027-03-01"), day("2027-03-31"))).toEqual({
      startDay: d("2027-03-01"),
      endDay: d("2027-03-31"),
    });
    expect(spanOf(day("2027-03-01"), null)).toEqual({ startDay: d("2027-03-01"), endDay: d("2027-03-01") });
    expect(spanOf(null, null)).toBeNull();
  });
});

describe("the range and the zoom", () => {
  it("runs from 1 January of the horizon's first year to the end of its last", () => {
    expect(horizon2027to2030).toEqual({ startDay: d("2027-01-01"), endDay: d("2031-01-01") });
  });

  it("widens to whole months around items outside the horizon", () => {
    const range = timelineRange(2027, 2028, [
      { startDay: d("2026-11-20"), endDay: d("2027-02-01") },
      { startDay: d("2028-06-01"), endDay: d("2029-02-14") },
    ]);
    expect(range).toEqual({ startDay: d("2026-11-01"), endDay: d("2029-03-01") });
  });

  it("fits the horizon: the finest zoom whose width fits the space, years when none does", () => {
    const oneYear = timelineRange(2027, 2027, []);
    expect(fitZoom(oneYear, 1200)).toBe("months"); // 365 × 3 = 1,095 px
    expect(fitZoom(oneYear, 1000)).toBe("quarters");
    expect(fitZoom(horizon2027to2030, 1000)).toBe("years"); // 1,461 days × 0.3 = 438 px
    expect(fitZoom(timelineRange(2027, 2036, []), 100)).toBe("years");
  });

  it("places a date at its day's start edge, from the timeline's start side, at each zoom", () => {
    for (const zoom of ["months", "quarters", "years"] as const) {
      const scale = createScale(zoom, horizon2027to2030);
      expect(scale.xOf(day("2027-01-01"))).toBe(0);
      expect(scale.xOf(day("2027-01-11"))).toBeCloseTo(10 * PX_PER_DAY[zoom]);
      expect(scale.width).toBeCloseTo(1461 * PX_PER_DAY[zoom]);
      expect(scale.dayAt(scale.xOf(day("2029-07-04")) + 0.5 * PX_PER_DAY[zoom])).toBe(d("2029-07-04"));
    }
  });

  it("stretches a zoom to fill the space it is given, and never shrinks one", () => {
    expect(createScale("years", horizon2027to2030, 1461).pxPerDay).toBe(1);
    expect(createScale("years", horizon2027to2030, 1461).width).toBe(1461);
    expect(createScale("months", horizon2027to2030, 1461).pxPerDay).toBe(3);
  });

  it("draws a bar to the end of its last day (end dates are inclusive)", () => {
    const scale = createScale("months", horizon2027to2030);
    const box = barBox(scale, { startDay: d("2027-02-01"), endDay: d("2027-02-28") });
    expect(box).toEqual({ x: 31 * 3, width: 28 * 3 });
  });
});

describe("gridlines and the axis", () => {
  it("puts month lines at each month's real start (28, 29, 30 or 31 days apart)", () => {
    const scale = createScale("months", timelineRange(2028, 2028, []));
    const lines = gridLines(scale);
    expect(lines).toHaveLength(12);
    const gaps = lines.slice(1).map((line, i) => line.day - lines[i]!.day);
    expect(gaps).toEqual([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30]); // 2028 is a leap year
    expect(lines.map((l) => l.kind)).toEqual([
      "year",
      "month",
      "month",
      "quarter",
      "month",
      "month",
      "quarter",
      "month",
      "month",
      "quarter",
      "month",
      "month",
    ]);
  });

  it("leaves month lines out when quarters or years are shown", () => {
    const lines = gridLines(createScale("quarters", horizon2027to2030));
    expect(lines).toHaveLength(16);
    expect(lines.every((l) => l.kind !== "month")).toBe(true);
  });

  it("labels years over months, or over quarters, clipped to the range", () => {
    const range = timelineRange(2027, 2027, [{ startDay: d("2026-12-05"), endDay: d("2027-01-05") }]);
    const months = axisCells(createScale("months", range));
    expect(months.top.map((c) => c.year)).toEqual([2026, 2027]);
    expect(months.top[0]).toMatchObject({ startDay: d("2026-12-01"), endDay: d("2027-01-01") });
    expect(months.bottom).toHaveLength(13);
    const quarters = axisCells(createScale("quarters", range));
    expect(quarters.bottom.map((c) => `${c.year}Q${c.month0 / 3 + 1}`)).toEqual([
      "2026Q4",
      "2027Q1",
      "2027Q2",
      "2027Q3",
      "2027Q4",
    ]);
    expect(quarters.bottom[0]).toMatchObject({ startDay: d("2026-12-01"), endDay: d("2027-01-01") });
  });
});

describe("dragging and snapping", () => {
  it("snaps to days at the months zoom and to weeks otherwise, without a negative zero", () => {
    expect(snapDays(2.4, "months")).toBe(2);
    expect(snapDays(-2.6, "months")).toBe(-3);
    expect(snapDays(3.4, "quarters")).toBe(0);
    expect(Object.is(snapDays(-0.2, "months"), 0)).toBe(true);
    expect(snapDays(3.6, "quarters")).toBe(7);
    expect(snapDays(-11, "years")).toBe(-14);
  });

  it("moves both dates, or one end, never turning the span inside out", () => {
    const span = { startDay: d("2027-03-01"), endDay: d("2027-03-10") };
    expect(applyDrag(span, "move", 5)).toEqual({ startDay: d("2027-03-06"), endDay: d("2027-03-15") });
    expect(applyDrag(span, "end", 21)).toEqual({ startDay: d("2027-03-01"), endDay: d("2027-03-31") });
    expect(applyDrag(span, "end", -30)).toEqual({ startDay: d("2027-03-01"), endDay: d("2027-03-01") });
    expect(applyDrag(span, "start", 30)).toEqual({ startDay: d("2027-03-10"), endDay: d("2027-03-10") });
    expect(applyDrag(span, "start", -28)).toEqual({ startDay: d("2027-02-01"), endDay: d("2027-03-10") });
  });

  it("crosses month and year ends by calendar days", () => {
    const moved = applyDrag({ startDay: d("2027-12-30"), endDay: d("2028-02-27") }, "move", 3);
    expect(datesOf(moved).startDate).toEqual(day("2028-01-02"));
    expect(datesOf(moved).endDate).toEqual(day("2028-03-01"));
  });
});

describe("scheduling and slipping", () => {
  it("schedules three months from the first of today's month, or from the timeline's start", () => {
    expect(defaultSpan(horizon2027to2030, d("2028-05-17"))).toEqual({
      startDay: d("2028-05-01"),
      endDay: d("2028-07-31"),
    });
    expect(defaultSpan(horizon2027to2030, d("2024-05-17"))).toEqual({
      startDay: d("2027-01-01"),
      endDay: d("2027-03-31"),
    });
  });

  it("counts the days an end moved later than the baseline's, and nothing for earlier", () => {
    expect(slippedDays(day("2027-12-31"), day("2027-10-31"))).toBe(61);
    expect(slippedDays(day("2027-09-30"), day("2027-10-31"))).toBe(0);
    expect(slippedDays(null, day("2027-10-31"))).toBe(0);
    expect(slippedDays(day("2027-12-31"), null)).toBe(0);
  });

  it("builds dates from calendar parts by Date.UTC's rules (month overflow included)", () => {
    expect(utcDay(2027, 12, 1)).toBe(d("2028-01-01"));
    expect(utcDay(2028, 1, 30)).toBe(d("2028-03-01"));
  });
});
