// How a catalogue's message becomes text, the same on the screens (client/src/lib/i18n.ts)
// and in the files the server writes (server/src/lib/translate.ts): the i18next options
// both sides start from, and the formats a message may use. docs/languages.md.
import { DEFAULT_LANGUAGE, LANGUAGES } from "./languages.ts";

/** The i18next options both sides share (each adds its own language and catalogues). */
export const I18N_OPTIONS = {
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  // Escaping is each output's own: React escapes the screens' text, each file format its own.
  // `alwaysFormat` sends every value through the formatter, so that a bare number in a
  // message ("{{count}} findings") is grouped as the language groups digits.
  interpolation: { escapeValue: false, alwaysFormat: true },
  returnNull: false,
} as const;

/**
 * Grouped only from five digits ("12,500", but "1990"): a bare number may be a year (a
 * field's bounds, 1990 to 2100), which no language groups.
 */
export const BARE_NUMBER: Intl.NumberFormatOptions = { useGrouping: "min2", maximumFractionDigits: 2 };

/** The part of an i18next instance the formats are added to (typed here: shared has no i18next). */
interface I18nServices {
  services: {
    formatter?: { add(name: string, format: (value: unknown) => string): void };
    interpolator: unknown;
  };
}

type InterpolatorFormat = (value: unknown, format: string | undefined, lng: string, options: object) => unknown;

/**
 * Adds the formats a message may use to an i18next instance, after its init: `dateOnly`
 * ("{{startDate, dateOnly}}", a calendar date as the side shows dates) and the bare number
 * (a number interpolated with no format name, BARE_NUMBER in the language's digits;
 * i18next's own formatter returns such values as they are).
 */
export function addMessageFormats(
  instance: I18nServices,
  format: {
    formatDate(value: Date | string): string;
    formatNumber(value: number, options: Intl.NumberFormatOptions): string;
  },
): void {
  instance.services.formatter?.add("dateOnly", (value) =>
    value instanceof Date || typeof value === "string" ? format.formatDate(value) : "",
  );
  const interpolator = instance.services.interpolator as { format: InterpolatorFormat };
  const builtIn = interpolator.format;
  interpolator.format = (value, name, lng, options) =>
    !name && typeof value === "number" && Number.isFinite(value)
      ? format.formatNumber(value, BARE_NUMBER)
      : builtIn(value, name, lng, options);
}
