// The languages Hemicycle speaks: each is a catalogue in shared/locales/<code>.json with
// the same keys as English (tests/shared/catalogues.test.ts), used by the screens and by
// the documents the server generates. docs/languages.md.
import { z } from "zod";

export const LANGUAGES = ["en", "fr", "es", "ar"] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = "en";

/** Languages written right to left: the page's `dir`, the Gantt's time axis, the documents' paragraphs. */
export const RTL_LANGUAGES: ReadonlySet<Language> = new Set<Language>(["ar"]);

export const languageSchema = z.enum(LANGUAGES);

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

export function isRightToLeft(language: Language): boolean {
  return RTL_LANGUAGES.has(language);
}

/**
 * The first of the reader's preferred languages (navigator.languages, or an
 * Accept-Language header's tags in order) that Hemicycle speaks, by its primary subtag:
 * "fr-CA" → fr. English when none is.
 */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}
