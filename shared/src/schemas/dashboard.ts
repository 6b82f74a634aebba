import { z } from "zod";
import {
  ICT_AREA_CODES,
  PROGRESS_STATUSES,
  REGIONS,
  SEVERITIES,
  type IctArea,
  type ProgressStatus,
  type Severity,
} from "../enums.ts";
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

/**
 * The heat map and the roadmap progress travel compact: one entry per parliament, its
 * counts a fixed-length array of numbers rather than one object per non-zero cell (at 300
 * parliaments, 9,600 objects that each repeated the parliament's id and name). The order
 * is the shared constants': areas in ICT_AREA_CODES order, and within each area the
 * severities in SEVERITIES order; progress in PROGRESS_STATUSES order. Read a cell with
 * the helpers below, never by index arithmetic of your own.
 */
export type DashboardCounts = { id: string; name: string; counts: number[] };

/** Cells per parliament in the heat map: every ICT area × every severity. */
export const HEATMAP_CELLS = ICT_AREA_CODES.length * SEVERITIES.length;

/** Where an area × severity sits in a heat map row's counts. */
export function heatmapIndex(area: IctArea, severity: Severity): number {
  return ICT_AREA_CODES.indexOf(area) * SEVERITIES.length + SEVERITIES.indexOf(severity);
}

/** Validated findings of one area and severity in a heat map row (0 when none). */
export function heatmapCount(counts: readonly number[], area: IctArea, severity: Severity): number {
  return counts[heatmapIndex(area, severity)] ?? 0;
}

/** Roadmap items at one progress in a progress row (0 when none). */
export function progressCount(counts: readonly number[], progress: ProgressStatus): number {
  return counts[PROGRESS_STATUSES.indexOf(progress)] ?? 0;
}
