import { z } from "zod";
import { zDateOnly, zId, zOptionalText, zPagination, zRequiredText, zSearch, zVersion } from "./common.ts";

export const ZProgrammeListInput = zPagination.extend({ search: zSearch });
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
