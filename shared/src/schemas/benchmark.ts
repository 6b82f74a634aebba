import { z } from "zod";
import { REGIONS } from "../enums.ts";
import { zId } from "./common.ts";

/**
 * The group of parliaments compared (`findings.benchmark`): a region, a programme, one
 * parliament, or any mix (all narrow). Parliament staff without a region or programme
 * are compared with their own region.
 */
export const ZFindingBenchmarkInput = z.object({
  region: z.enum(REGIONS).optional(),
  programmeId: zId.optional(),
  parliamentId: zId.optional(),
});
export type TFindingBenchmarkInput = z.infer<typeof ZFindingBenchmarkInput>;

export const ZCompareAssessmentsInput = z.object({ missionId: zId });
export type TCompareAssessmentsInput = z.infer<typeof ZCompareAssessmentsInput>;

/** The earlier findings a finding on this (validation) phase may revisit. */
export const ZRevisitCandidatesInput = z.object({ phaseId: zId });
export type TRevisitCandidatesInput = z.infer<typeof ZRevisitCandidatesInput>;

/**
 * Parliament staff see other parliaments only anonymised, and one by one only when at
 * least this many others are in the group; below it they get the group's figures alone.
 */
export const BENCHMARK_MIN_OTHERS_FOR_ROWS = 3;
/**
 * Below the row threshold, an area's group figures are shown to staff only when at least
 * this many other parliaments contribute to them: with one, the figure minus their own
 * would be that parliament's.
 */
export const BENCHMARK_MIN_OTHERS_FOR_AGGREGATE = 2;
