import { z } from "zod";
import { CHAMBER_STRUCTURES, REGIONS } from "../enums.ts";
import { zCountryCode, zId, zPagination, zRequiredText, zSearch, zVersion, zWebAddress } from "./common.ts";

export const ZParliamentListInput = zPagination.extend({
  search: zSearch,
  region: z.enum(REGIONS).optional(),
});
export type TParliamentListInput = z.infer<typeof ZParliamentListInput>;

const parliamentFields = {
  name: zRequiredText(200),
  countryCode: zCountryCode,
  region: z.enum(REGIONS),
  structure: z.enum(CHAMBER_STRUCTURES),
  chamberNames: z.array(zRequiredText(120)).max(2).default([]),
  website: zWebAddress.nullish(),
};

export const ZCreateParliamentInput = z.object(parliamentFields);
export type TCreateParliamentInput = z.infer<typeof ZCreateParliamentInput>;

// Without the default: `.partial()` keeps it, so an update that does not send
// `chamberNames` would otherwise receive `[]` and wipe them.
export const ZUpdateParliamentInput = z
  .object({ ...parliamentFields, chamberNames: parliamentFields.chamberNames.unwrap() })
  .partial()
  .extend({ id: zId, version: zVersion });
export type TUpdateParliamentInput = z.infer<typeof ZUpdateParliamentInput>;
