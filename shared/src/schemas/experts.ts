import { z } from "zod";
import { ICT_AREA_CODES } from "../enums.ts";
import {
  zCountryCode,
  zDateOnly,
  zId,
  zOptionalText,
  zPagination,
  zRequiredText,
  zSearch,
  zVersion,
} from "./common.ts";

const zLanguage = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2}$/, "languageCode");

export const EXPERT_SORTS = ["name", "country"] as const;
export type ExpertSort = (typeof EXPERT_SORTS)[number];

export const ZExpertListInput = zPagination
  .extend({
    search: zSearch,
    area: z.enum(ICT_AREA_CODES).optional(),
    language: zLanguage.optional(),
    availableFrom: zDateOnly.optional(),
    availableTo: zDateOnly.optional(),
    country: zCountryCode.optional(),
    sort: z.enum(EXPERT_SORTS).default("name"),
  })
  .refine((v) => !v.availableFrom || !v.availableTo || v.availableTo >= v.availableFrom, {
    message: "endBeforeStart",
    path: ["availableTo"],
  });
export type TExpertListInput = z.infer<typeof ZExpertListInput>;

const zUnavailability = z
  .object({ startDate: zDateOnly, endDate: zDateOnly, reason: zOptionalText(200) })
  .refine((v) => v.endDate >= v.startDate, { message: "endBeforeStart", path: ["endDate"] });

const expertFields = {
  name: zRequiredText(200),
  email: z.email().trim().toLowerCase().max(254).nullish(),
  institution: zRequiredText(200),
  countryCode: zCountryCode,
  areas: z.array(z.enum(ICT_AREA_CODES)).max(ICT_AREA_CODES.length).default([]),
  languages: z.array(zLanguage).max(20).default([]),
  bio: zOptionalText(5000),
  unavailability: z.array(zUnavailability).max(100).default([]),
};

export const ZCreateExpertInput = z.object(expertFields);
export type TCreateExpertInput = z.infer<typeof ZCreateExpertInput>;

// Without the lists' defaults: `.partial()` keeps them, so an update that does not send
// `areas` would otherwise receive `[]` and wipe them.
export const ZUpdateExpertInput = z
  .object({
    ...expertFields,
    areas: expertFields.areas.unwrap(),
    languages: expertFields.languages.unwrap(),
    unavailability: expertFields.unavailability.unwrap(),
  })
  .partial()
  .extend({
    id: zId,
    version: zVersion,
    /** A coordinator's reason to record an unavailable period over phases the expert is already on. */
    overrideReason: zOptionalText(500),
  });
export type TUpdateExpertInput = z.infer<typeof ZUpdateExpertInput>;

/** The largest CSV file an import takes: some thousands of experts. */
export const MAX_EXPERT_CSV_LENGTH = 1_000_000;

export const ZImportExpertsCsvInput = z.object({ csv: z.string().min(1).max(MAX_EXPERT_CSV_LENGTH) });
export type TImportExpertsCsvInput = z.infer<typeof ZImportExpertsCsvInput>;

/** The columns of an expert CSV file, in this order, named on its first line. */
export const EXPERT_CSV_COLUMNS = [
  "name",
  "email",
  "institution",
  "country",
  "areas",
  "languages",
  "unavailable",
] as const;
export type ExpertCsvColumn = (typeof EXPERT_CSV_COLUMNS)[number];
