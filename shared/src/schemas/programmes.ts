import { z } from "zod";
import { zDateOnly, zId, zOptionalText, zPagination, zRequiredText, zSearch, zVersion } from "./common.ts";

export const PROGRAMME_SORTS = ["name", "start"] as const;
export type ProgrammeSort = (typeof PROGRAMME_SORTS)[number];

export const ZProgrammeListInput = zPagination.extend({
  search: zSearch,
  /** Funded by (one of its funders, exactly as listed by `programmes.funders`). */
  funder: z.string().trim().min(1).max(200).optional(),
  /** Running at some time in that year. */
  activeIn: z.number().int().min(1990).max(2100).optional(),
  sort: z.enum(PROGRAMME_SORTS).default("start"),
  order: z.enum(["asc", "desc"]).default("desc"),
});
export type TProgrammeListInput = z.infer<typeof ZProgrammeListInput>;

const programmeFields = {
  name: zRequiredText(200),
  funders: z.array(zRequiredText(200)).max(20).default([]),
  startDate: zDateOnly,
  endDate: zDateOnly,
  description: zOptionalText(5000),
};

const endNotBeforeStart = (v: { startDate?: Date; endDate?: Date }) =>
  !v.startDate || !v.endDate || v.endDate >= v.startDate;
const endMessage = { message: "endBeforeStart", path: ["endDate"] };

export const ZCreateProgrammeInput = z.object(programmeFields).refine(endNotBeforeStart, endMessage);
export type TCreateProgrammeInput = z.infer<typeof ZCreateProgrammeInput>;

// Without the default: `.partial()` keeps it, so an update that does not send `funders`
// would otherwise receive `[]` and wipe them.
export const ZUpdateProgrammeInput = z
  .object({ ...programmeFields, funders: programmeFields.funders.unwrap() })
  .partial()
  .extend({ id: zId, version: zVersion })
  .refine(endNotBeforeStart, endMessage);
export type TUpdateProgrammeInput = z.infer<typeof ZUpdateProgrammeInput>;
