import { z } from "zod";
import { FINDING_KINDS, FINDING_STATUSES, ICT_AREA_CODES, SEVERITIES } from "../enums.ts";
import { zId, zOptionalText, zPagination, zRequiredText, zSearch, zVersion } from "./common.ts";

export const ZFindingListInput = zPagination.extend({
  search: zSearch,
  missionId: zId.optional(),
  phaseId: zId.optional(),
  parliamentId: zId.optional(),
  area: z.enum(ICT_AREA_CODES).optional(),
  severity: z.enum(SEVERITIES).optional(),
  status: z.enum(FINDING_STATUSES).optional(),
});
export type TFindingListInput = z.infer<typeof ZFindingListInput>;

const zGrade = z.number().int().min(0, "gradeRange").max(5, "gradeRange");

const findingFields = {
  area: z.enum(ICT_AREA_CODES),
  subArea: zOptionalText(80),
  kind: z.enum(FINDING_KINDS),
  severity: z.enum(SEVERITIES),
  title: zRequiredText(200),
  description: zRequiredText(10000),
  evidence: zOptionalText(10000),
  recommendation: zOptionalText(10000),
  grade: zGrade.nullish(),
};

export const ZCreateFindingInput = z.object({
  phaseId: zId,
  ...findingFields,
  /** Chosen by the client for offline drafts, so that a resent draft is not stored twice. */
  clientId: z
    .string()
    .min(8)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional(),
});
export type TCreateFindingInput = z.infer<typeof ZCreateFindingInput>;

export const ZUpdateFindingInput = z.object(findingFields).partial().extend({ id: zId, version: zVersion });
export type TUpdateFindingInput = z.infer<typeof ZUpdateFindingInput>;

export const ZSetFindingStatusInput = z.object({
  id: zId,
  version: zVersion,
  status: z.enum(FINDING_STATUSES),
});
export type TSetFindingStatusInput = z.infer<typeof ZSetFindingStatusInput>;
