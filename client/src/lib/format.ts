// Dates, numbers, money and names as the reader's language writes them: the language the
// screens are in (lib/i18n.ts calls setFormattingLanguage as it changes), in the variant of
// it the browser prefers when it has one (a browser set to fr-CH and screens in French
// write 1’250; screens in French on an English browser write 1 250). Date-only values
// travel at UTC midnight, so they are formatted in UTC or they would show the day before
// west of Greenwich. Every date, number and cost on a screen goes through here (or
// through i18next's `dateOnly` and bare-number formatting, which call here).
import { DEFAULT_LANGUAGE, type Language } from "@hemicycle/shared/languages";
import { LANGUAGE_NAMES_EN } from "@hemicycle/shared/working-languages";

let language: Language = DEFAULT_LANGUAGE;
let locale = DEFAULT_LANGUAGE as string;

/** The browser's own tag for a language ("fr-CH" for French), else the language alone. */
function localeFor(lng: Language): string {
  const preferred = typeof navigator !== "undefined" && navigator.languages?.length ? navigator.languages : [];
  const own = preferred.find((tag) => tag.toLowerCase().split(/[-_]/)[0] === lng);
  if (!own) return lng;
  try {
    return Intl.getCanonicalLocales(own)[0] ?? lng;
  } catch {
    return lng;
  }
}

function makeFormats(tag: string) {
  const displayNames = (type: "region" | "language") => {
    try {
      // No name for a code gives undefined (not the code back), so the English name can stand in.
      return new Intl.DisplayNames([tag, "en"], { type, fallback: "none" });
    } catch {
      return null;
    }
  };
  return {
    date: new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: "UTC" }),
    shortDate: new Intl.DateTimeFormat(tag, { day: "numeric", month: "short", timeZone: "UTC" }),
    monthYear: new Intl.DateTimeFormat(tag, { month: "long", year: "numeric", timeZone: "UTC" }),
    shortMonth: new Intl.DateTimeFormat(tag, { month: "short", timeZone: "UTC" }),
    dateTime: new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short" }),
    number: new Intl.NumberFormat(tag),
    percent: new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 0 }),
    regions: displayNames("region"),
    languages: displayNames("language"),
    collator: new Intl.Collator(tag),
  };
}

let formats = makeFormats(locale);
/** Formats made on demand (a currency, a number's options), for the current locale only. */
let extraFormats = new Map<string, Intl.NumberFormat>();

/** Called by lib/i18n.ts whenever the screens' language changes: the formats follow it. */
export function setFormattingLanguage(lng: Language): void {
  const tag = localeFor(lng);
  language = lng;
  if (tag === locale) return;
  locale = tag;
  formats = makeFormats(tag);
  extraFormats = new Map();
}

/** The language the formats follow (the screens'). */
export function formattingLanguage(): Language {
  return language;
}

/** The locale tag the formats use ("fr", or the browser's "fr-CH"): for a formatter made elsewhere. */
export function formattingLocale(): string {
  return locale;
}

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = extraFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    extraFormats.set(key, format);
  }
  return format;
}

function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

/** A calendar date (stored at UTC midnight). */
export function formatDate(value: Date | string | null | undefined): string {
  return value ? formats.date.format(toDate(value)) : "";
}

/** A range of calendar dates, e.g. "Mar 3 – 7, 2027", "3–7 mars 2027". */
export function formatDateRange(
  start: Date | string | null | undefined,
  end: Date | string | null | undefined,
): string {
  if (!start || !end) return formatDate(start ?? end);
  return formats.date.formatRange(toDate(start), toDate(end));
}

/** "Mar 3", "3 mars". */
export function formatShortDate(value: Date | string): string {
  return formats.shortDate.format(toDate(value));
}

/** "March 2027", "mars 2027": a calendar's month heading. */
export function formatMonthYear(value: Date | string): string {
  return formats.monthYear.format(toDate(value));
}

/** "Mar", "mars": a time axis's month. */
export function formatShortMonth(value: Date | string): string {
  return formats.shortMonth.format(toDate(value));
}

/** A moment (createdAt…), in the user's time zone. */
export function formatDateTime(value: Date | string | null | undefined): string {
  return value ? formats.dateTime.format(toDate(value)) : "";
}

/** 1250.5 → "1,250.5" / "1 250,5"; with options, e.g. { maximumFractionDigits: 1 }. */
export function formatNumber(value: number | bigint, options?: Intl.NumberFormatOptions): string {
  return (options ? numberFormat(options) : formats.number).format(value);
}

/** A share from 0 to 1 → "42%" / "42 %" / "42٪". */
export function formatPercent(share: number, options?: Intl.NumberFormatOptions): string {
  return (options ? numberFormat({ style: "percent", ...options }) : formats.percent).format(share);
}

/**
 * An amount in a currency, exact (a decimal string, as costs travel, goes to Intl as it
 * is, never through a float): "USD 125,000.50", "125 000,50 USD". A code Intl does not
 * know is written beside the number.
 */
export function formatMoney(
  amount: string | number,
  currency: string,
  options: Intl.NumberFormatOptions = { minimumFractionDigits: 2, maximumFractionDigits: 2 },
): string {
  const value = amount as Intl.StringNumericLiteral | number;
  if (!currency) return numberFormat(options).format(value);
  let format: Intl.NumberFormat;
  try {
    format = numberFormat({ ...options, style: "currency", currency, currencyDisplay: "code" });
  } catch {
    return `${numberFormat(options).format(value)} ${currency}`;
  }
  return format.format(value);
}

/**
 * Between the items of a list, with no "and": Intl.ListFormat's lists without one read
 * "A B C" (narrow) or add "et"/"و" (short), so the separator is the language's comma.
 */
const LIST_SEPARATOR: Record<Language, string> = { en: ", ", fr: ", ", es: ", ", ar: "، " };

/** Names or codes in a list: "A, B, C" / "A، B، C". */
export function formatList(items: readonly string[]): string {
  return items.join(LIST_SEPARATOR[language]);
}

/** Compares two labels as the language sorts them. */
export function compareText(a: string, b: string): number {
  return formats.collator.compare(a, b);
}

/** "ZM" → "Zambia" in the screens' language. */
export function countryName(code: string): string {
  try {
    return formats.regions?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "fr" → "French" in the screens' language; in English where the browser has no name for it; the code only if neither has one. */
export function languageName(code: string): string {
  let name: string | undefined;
  try {
    name = formats.languages?.of(code);
  } catch {
    // Not a well-formed code: shown as it is, unless it has an English name.
  }
  return name ?? LANGUAGE_NAMES_EN[code.toLowerCase()] ?? code;
}
