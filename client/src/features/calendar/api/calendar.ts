// Data access for the field calendar, and the missions its filter offers.
import { useQuery, keepPreviousData } from "@tanstack/react-query";
import type { CalendarGrouping } from "@hemicycle/shared/schemas/calendar";
import { MAX_PAGE_SIZE } from "@hemicycle/shared/schemas/common";
import type { RouterOutputs } from "../../../lib/router-types.ts";
import { trpc } from "../../../lib/trpc.ts";

export type CalendarResult = RouterOutputs["calendar"]["range"];
export type CalendarRow = CalendarResult["rows"][number];
export type CalendarEntry = CalendarRow["entries"][number];
export type CalendarConflict = CalendarRow["conflicts"][number];

export type CalendarQuery = {
  from: Date;
  to: Date;
  by: CalendarGrouping;
  programmeId?: string;
  expertId?: string;
  missionId?: string;
};

export function calendarRangeOptions(input: CalendarQuery) {
  return trpc.calendar.range.queryOptions(input, { placeholderData: keepPreviousData });
}

export function useCalendarRange(input: CalendarQuery) {
  return useQuery(calendarRangeOptions(input));
}

/** The missions the mission filter offers (the programme's when one is chosen), newest first. */
export function useCalendarMissionChoices(programmeId: string | undefined) {
  return useQuery({
    ...trpc.missions.list.queryOptions({ limit: MAX_PAGE_SIZE, ...(programmeId ? { programmeId } : {}) }),
    staleTime: 5 * 60_000,
  });
}
