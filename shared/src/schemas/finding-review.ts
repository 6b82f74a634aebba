// Inputs of the lead's review: the queue of findings awaiting them and the bulk validation
// (docs/findings.md, "Review"). A single move with its reason is findings.setStatus
// (./findings.ts).
import { z } from "zod";
import { FINDING_STATUSES, ICT_AREA_CODES, SEVERITIES } from "../enums.ts";
import { zId, zPagination, zVersion } from "./common.ts";

/** At most this many findings are validated in one call. */
export const MAX_BULK_VALIDATE = 100;

/** The findings this caller reviews; submitted ones unless another status is asked for. */
export const ZReviewQueueInput = zPagination.extend({
  missionId: zId.optional(),
  phaseId: zId.optional(),
  area: z.enum(ICT_AREA_CODES).optional(),
  severity: z.enum(SEVERITIES).optional(),
  status: z.enum(FINDING_STATUSES).default("SUBMITTED"),
});
export type TReviewQueueInput = z.infer<typeof ZReviewQueueInput>;

/** Each finding with the version the reviewer read: all are validated, or none. */
export const ZValidateManyInput = z.object({
  items: z
    .array(z.object({ id: zId, version: zVersion }))
    .min(1)
    .max(MAX_BULK_VALIDATE)
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, "invalidValue"),
});
export type TValidateManyInput = z.infer<typeof ZValidateManyInput>;
