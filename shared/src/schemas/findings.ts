import { z } from "zod";
import { FINDING_KINDS, FINDING_STATUSES, ICT_AREA_CODES, REVISIT_OUTCOMES, SEVERITIES } from "../enums.ts";
import { zId, zOptionalText, zPagination, zRequiredText, zSearch, zVersion } from "./common.ts";
import { MAX_REVIEW_NOTE_LENGTH, statusNeedsReason } from "../workflows/finding.ts";

const zGrade = z.number().int().min(0, "gradeRange").max(5, "gradeRange");

/** One value or several (any of them matches): `area: "LEG"` or `area: ["LEG", "WEB"]`. */
const oneOrMany = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.enum(values), z.array(z.enum(values)).min(1).max(values.length)]).optional();

/** The findings list's orders; severity ranks CRITICAL above LOW, not alphabetically. */
export const FINDING_SORTS = ["createdAt", "updatedAt", "severity", "grade", "area", "title"] as const;
export type FindingSort = (typeof FINDING_SORTS)[number];

/** Each order's natural direction: newest, most severe first; grades, areas and titles upwards. */
export function findingSortDirection(sort: FindingSort): "asc" | "desc" {
  return sort === "createdAt" || sort === "updatedAt" || sort === "severity" ? "desc" : "asc";
}

export const ZFindingListInput = zPagination.extend({
  search: zSearch,
  missionId: zId.optional(),
  phaseId: zId.optional(),
  parliamentId: zId.optional(),
  area: oneOrMany(ICT_AREA_CODES),
  kind: z.enum(FINDING_KINDS).optional(),
  severity: oneOrMany(SEVERITIES),
  grade: zGrade.optional(),
  status: oneOrMany(FINDING_STATUSES),
  sort: z.enum(FINDING_SORTS).default("createdAt"),
  // Not "direction": tRPC's infinite queries put their own (forward, backward) in the input.
  sortDirection: z.enum(["asc", "desc"]).optional(),
});
export type TFindingListInput = z.infer<typeof ZFindingListInput>;

/** The filters of the findings list without its order and page: what the CSV export and the summary take. */
export const ZFindingFilterInput = ZFindingListInput.omit({
  cursor: true,
  limit: true,
  sort: true,
  sortDirection: true,
});
export type TFindingFilterInput = z.infer<typeof ZFindingFilterInput>;

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
  /**
   * On a validation phase: the earlier finding of the same parliament this one revisits,
   * and what became of it; both or neither (checked by the server, services/finding-revisits.ts).
   */
  revisitsId: zId.nullish(),
  revisitOutcome: z.enum(REVISIT_OUTCOMES).nullish(),
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

/**
 * `comment` is the reviewer's reason, which the author reads: required to reject (known
 * from the status alone) and to reopen (the server knows the move), optional otherwise.
 */
export const ZSetFindingStatusInput = z
  .object({
    id: zId,
    version: zVersion,
    status: z.enum(FINDING_STATUSES),
    comment: zOptionalText(MAX_REVIEW_NOTE_LENGTH),
  })
  .refine((input) => input.comment !== null || !statusNeedsReason(input.status), {
    path: ["comment"],
    message: "reasonRequired",
  });
export type TSetFindingStatusInput = z.infer<typeof ZSetFindingStatusInput>;
