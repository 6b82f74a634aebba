import { z } from "zod";
import { CHAMBER_STRUCTURES, REGIONS } from "../enums.ts";
import { zCountryCode, zId, zPagination, zRequiredText, zSearch, zVersion, zWebAddress } from "./common.ts";

export const PARLIAMENT_SORTS = ["name", "country", "region"] as const;
export type ParliamentSort = (typeof PARLIAMENT_SORTS)[number];
export const SORT_ORDERS = ["asc", "desc"] as const;

export const ZParliamentListInput = zPagination.extend({
  search: zSearch,
  region: z.enum(REGIONS).optional(),
  structure: z.enum(CHAMBER_STRUCTURES).optional(),
  sort: z.enum(PARLIAMENT_SORTS).default("name"),
  order: z.enum(SORT_ORDERS).default("asc"),
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

/** A CSV of parliaments, pasted or read from a file in the browser. */
export const MAX_IMPORT_CHARS = 1_000_000;
export const MAX_IMPORT_ROWS = 2000;
/** The columns of a parliaments CSV, in the order a template lists them; the first four are required. */
export const PARLIAMENT_CSV_COLUMNS = ["name", "country", "region", "chambers", "chamberNames", "website"] as const;
export type ParliamentCsvColumn = (typeof PARLIAMENT_CSV_COLUMNS)[number];

export const ZImportParliamentsInput = z.object({
  csv: z.string().max(MAX_IMPORT_CHARS),
  /** Check every row and report, without importing anything. */
  dryRun: z.boolean().default(false),
});
export type TImportParliamentsInput = z.infer<typeof ZImportParliamentsInput>;
