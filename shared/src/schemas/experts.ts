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

export const ZExpertListInput = zPagination
  .extend({
    search: zSearch,
    area: z.enum(ICT_AREA_CODES).optional(),
    language: zLanguage.optional(),
    availableFrom: zDateOnly.optional(),
    availableTo: zDateOnly.optional(),
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
