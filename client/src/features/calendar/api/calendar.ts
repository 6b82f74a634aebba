// Data access for the field calendar.
import { useQuery, keepPreviousData } from "@tanstack/react-query";
import type { CalendarGrouping } from "@hemicycle/shared/schemas/calendar";
import type { RouterOutputs } from "../../../lib/router-types.ts";
import { trpc } from "../../../lib/trpc.ts";

export type CalendarResult = RouterOutputs["calendar"]["range"];
export type CalendarRow = CalendarResult["rows"][number];
export type CalendarEntry = CalendarRow["entries"][number];
export type CalendarConflict = CalendarRow["conflicts"][number];

export function calendarRangeOptions(input: { from: Date; to: Date; by: CalendarGrouping }) {
  return trpc.calendar.range.queryOptions(input, { placeholderData: keepPreviousData });
}

export function useCalendarRange(input: { from: Date; to: Date; by: CalendarGrouping }) {
  return useQuery(calendarRangeOptions(input));
}
