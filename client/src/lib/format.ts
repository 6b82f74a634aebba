// Dates and names shown in the user's own locale. Date-only values travel at UTC
// midnight, so they are formatted in UTC or they would show the day before west of
// Greenwich.
import { LANGUAGE_NAMES_EN } from "@hemicycle/shared/working-languages";

function userLocales(): readonly string[] {
  return typeof navigator !== "undefined" && navigator.languages?.length ? navigator.languages : ["en"];
}

const dateFormat = new Intl.DateTimeFormat(userLocales(), { dateStyle: "medium", timeZone: "UTC" });
const shortDateFormat = new Intl.DateTimeFormat(userLocales(), { day: "numeric", month: "short", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat(userLocales(), { dateStyle: "medium", timeStyle: "short" });

function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

/** A calendar date (stored at UTC midnight). */
export function formatDate(value: Date | string | null | undefined): string {
  return value ? dateFormat.format(toDate(value)) : "";
}

/** A range of calendar dates, e.g. "3 – 7 Mar 2027". */
export function formatDateRange(
  start: Date | string | null | undefined,
  end: Date | string | null | undefined,
): string {
  if (!start || !end) return formatDate(start ?? end);
  return dateFormat.formatRange(toDate(start), toDate(end));
}

export function formatShortDate(value: Date | string): string {
  return shortDateFormat.format(toDate(value));
}

/** A moment (createdAt…), in the user's time zone. */
export function formatDateTime(value: Date | string | null | undefined): string {
  return value ? dateTimeFormat.format(toDate(value)) : "";
}

const regionNames = (() => {
  try {
    return new Intl.DisplayNames(userLocales(), { type: "region" });
  } catch {
    return null;
  }
})();

/** "ZM" → "Zambia" in the user's language. */
export function countryName(code: string): string {
  try {
    return regionNames?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

const languageNames = (() => {
  try {
    // No name for a code gives undefined (not the code back), so the English name can stand in.
    return new Intl.DisplayNames(userLocales(), { type: "language", fallback: "none" });
  } catch {
    return null;
  }
})();

/** "fr" → "French" in the user's language; in English where the browser has no name for it; the code only if neither has one. */
export function languageName(code: string): string {
  let name: string | undefined;
  try {
    name = languageNames?.of(code);
  } catch {
    // Not a well-formed code: shown as it is, unless it has an English name.
  }
  return name ?? LANGUAGE_NAMES_EN[code.toLowerCase()] ?? code;
}
