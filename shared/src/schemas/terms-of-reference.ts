// Inputs of the terms-of-reference procedures (docs/documents.md, "Terms of reference"):
// a draft generated from a mission's findings and roadmap items, then edited in the app,
// every save a new numbered version. The editor validates with these very schemas.
import { z } from "zod";
import { languageSchema } from "../languages.ts";
import { stripBidiControls } from "../text.ts";
import { MAX_DB_INT, zId, zRequiredText } from "./common.ts";

/** The outline of terms of reference for a procurement, in the order a reader goes through it. */
export const TOR_SECTIONS = [
  "background",
  "objectives",
  "scope",
  "functionalRequirements",
  "technicalRequirements",
  "deliverables",
  "timeline",
  "qualifications",
] as const;
export type TorSection = (typeof TOR_SECTIONS)[number];

/** One section's markdown: room for a long requirements list, not for a whole report. */
export const MAX_TOR_SECTION_LENGTH = 30_000;
export const MAX_TOR_TITLE_LENGTH = 200;
/** A draft is generated from at most this many findings, and as many roadmap items. */
export const MAX_TOR_SOURCES = 200;

/** Markdown a person writes: bidirectional controls stripped, no NUL (PostgreSQL refuses it), may be empty. */
const zSection = z
  .string()
  .overwrite(stripBidiControls)
  .trim()
  .max(MAX_TOR_SECTION_LENGTH)
  .refine((v) => !v.includes("\u0000"), { message: "unstorableCharacter" });

const sectionFields = Object.fromEntries(TOR_SECTIONS.map((s) => [s, zSection])) as Record<TorSection, typeof zSection>;

export const ZTorSectionsInput = z.object(sectionFields);
export type TorSections = z.infer<typeof ZTorSectionsInput>;

/** A version's number: versions count from 1. */
const zNumber = z.number().int().min(1).max(MAX_DB_INT);

export const ZTorListInput = z.object({ missionId: zId });

/**
 * A new draft: the findings (validated, of the mission) and roadmap items (of the mission's
 * roadmap) it is written from, at least one of either, in the chosen language.
 */
export const ZCreateTorInput = z
  .object({
    missionId: zId,
    title: zRequiredText(MAX_TOR_TITLE_LENGTH),
    language: languageSchema,
    findingIds: z.array(zId).max(MAX_TOR_SOURCES).default([]),
    roadmapItemIds: z.array(zId).max(MAX_TOR_SOURCES).default([]),
  })
  .refine((v) => v.findingIds.length + v.roadmapItemIds.length > 0, {
    message: "tooFew",
    path: ["findingIds"],
    params: { minimum: 1 },
  });
export type TCreateTorInput = z.infer<typeof ZCreateTorInput>;

/**
 * A save: the whole text as edited, and the number of the version it was edited from
 * (`version`). Every save stores a new version; a save from an older one than the latest
 * is refused with the current text.
 */
export const ZSaveTorInput = z.object({
  id: zId,
  version: zNumber,
  title: zRequiredText(MAX_TOR_TITLE_LENGTH),
  ...sectionFields,
});
export type TSaveTorInput = z.infer<typeof ZSaveTorInput>;

export const ZTorVersionInput = z.object({ id: zId, number: zNumber });
export type TTorVersionInput = z.infer<typeof ZTorVersionInput>;

export const ZCompareTorInput = z.object({ id: zId, from: zNumber, to: zNumber });
export type TCompareTorInput = z.infer<typeof ZCompareTorInput>;
