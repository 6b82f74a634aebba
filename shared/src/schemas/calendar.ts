// The field calendar: who is where over a range of days, per expert or per mission, with
// the clashes and the overrides that kept an assignment despite one.
import { z } from "zod";
import { zDateOnly, zId } from "./common.ts";

/** The longest range the calendar answers for, in days (a year, leap day included). */
export const CALENDAR_MAX_DAYS = 366;

export const CALENDAR_GROUPINGS = ["expert", "mission"] as const;
export type CalendarGrouping = (typeof CALENDAR_GROUPINGS)[number];

const DAY_MS = 86_400_000;

export const ZCalendarRangeInput = z
  .object({
    from: zDateOnly,
    to: zDateOnly,
    by: z.enum(CALENDAR_GROUPINGS).default("expert"),
    expertId: zId.optional(),
    missionId: zId.optional(),
    programmeId: zId.optional(),
  })
  .refine((v) => v.to >= v.from, { message: "endBeforeStart", path: ["to"] })
  .refine((v) => (v.to.getTime() - v.from.getTime()) / DAY_MS < CALENDAR_MAX_DAYS, {
    message: "tooLarge",
    path: ["to"],
    params: { maximum: CALENDAR_MAX_DAYS },
  });
export type TCalendarRangeInput = z.input<typeof ZCalendarRangeInput>;
export type TCalendarRange = z.output<typeof ZCalendarRangeInput>;
