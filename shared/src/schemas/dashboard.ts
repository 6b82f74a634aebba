import { z } from "zod";
import { REGIONS } from "../enums.ts";
import { zId } from "./common.ts";

/** The coordinator dashboard's filters: they narrow the findings heatmap only. */
export const ZDashboardSummaryInput = z
  .object({
    regionFilter: z.enum(REGIONS).optional(),
    programmeId: zId.optional(),
  })
  .default({});
export type TDashboardSummaryInput = z.infer<typeof ZDashboardSummaryInput>;

/** How many experts the workload block lists, busiest first. */
export const DASHBOARD_WORKLOAD_TOP = 10;
/** How far ahead "starting soon" and the workload look, in days. */
export const DASHBOARD_SOON_DAYS = 30;
export const DASHBOARD_QUARTER_DAYS = 91;
