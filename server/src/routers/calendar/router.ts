import { mayReadFieldCalendar } from "@hemicycle/shared/policy";
import { ZCalendarRangeInput } from "@hemicycle/shared/schemas/calendar";
import { calendarRange } from "../../services/field-calendar.ts";
import { policyProcedure, router } from "../../trpc.ts";

export const calendarRouter = router({
  range: policyProcedure(mayReadFieldCalendar)
    .input(ZCalendarRangeInput)
    .query(({ ctx, input }) => calendarRange(ctx.db, ctx.user, input)),
});
