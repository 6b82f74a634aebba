// The server's words in the reader's language: the documents and files it generates (the
// assessment report, terms of reference, the roadmap's PDF and CSV, the findings' and the
// audit log's CSV) are worded from the same catalogues as the screens
// (shared/locales/<language>.json), with the same i18next rules: plurals by
// Intl.PluralRules (_one/_other, _many in French and Spanish, six forms in Arabic), the
// same `{{date, dateOnly}}` formatter, so a file reads like the screen it came from.
// docs/languages.md, "On the server".
import { createRequire } from "node:module";
import { createInstance, type i18n as I18n } from "i18next";
import {
  DEFAULT_LANGUAGE,
  isLanguage,
  isRightToLeft,
  LANGUAGES,
  pickLanguage,
  type Language,
} from "@hemicycle/shared/languages";
import english from "@hemicycle/shared/locales/en.json";

type Catalogue = (typeof english)["translation"];

type PluralSuffix = "_zero" | "_one" | "_two" | "_few" | "_many" | "_other";

/** Every leaf of a catalogue as a dotted path, its plural forms folded into one key ("x_one", "x_other" → "x"). */
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string
    ? K extends `${infer Base}${PluralSuffix}`
      ? Base
      : K
    : `${K}.${Paths<T[K]>}`;
}[keyof T & string];

/** A key of the English catalogue, checked as the client's `t` checks it. */
export type TranslationKey = Paths<Catalogue>;

/** Interpolation values: `count` picks the plural form; a Date meets the `dateOnly` formatter. */
export type TranslationParams = Record<string, unknown> & { count?: number };

export interface Translator {
  language: Language;
  t(key: TranslationKey, params?: TranslationParams): string;
  /** "ltr" or "rtl": the document's paragraphs and the Gantt's time axis follow it. */
  dir: "ltr" | "rtl";
  /** A calendar date (stored at UTC midnight), "3 Mar 2027" / "3 mars 2027" / "٣ مارس ٢٠٢٧". */
  formatDate(value: Date | string): string;
  /** "3 – 7 Mar 2027", as the locale joins a range. */
  formatDateRange(start: Date | string, end: Date | string): string;
  /** A number, or a decimal string (exact: it goes to Intl as it is). */
  formatNumber(value: number | string, options?: Intl.NumberFormatOptions): string;
  /** A cost (decimal costs travel as strings) in its currency, "12 500,00 €" in French. */
  formatMoney(amount: string | number, currency: string): string;
}

const require = createRequire(import.meta.url);
const catalogues = new Map<Language, Catalogue>([["en", english.translation]]);

/**
 * A language's catalogue, read once. A language whose catalogue is not written yet reads
 * in English (i18next's fallback), key by key, as one with a missing key would.
 */
function catalogue(language: Language): Catalogue | undefined {
  if (catalogues.has(language)) return catalogues.get(language);
  let loaded: Catalogue | undefined;
  try {
    loaded = (require(`@hemicycle/shared/locales/${language}.json`) as { translation: Catalogue }).translation;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "MODULE_NOT_FOUND") throw error;
  }
  if (loaded) catalogues.set(language, loaded);
  return loaded;
}

function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

/** The formatters of one language, built once: Intl constructors are slow to make. */
function formatters(language: Language) {
  const date = new Intl.DateTimeFormat(language, { dateStyle: "medium", timeZone: "UTC" });
  const numbers = new Map<string, Intl.NumberFormat>();
  const numberFormat = (options: Intl.NumberFormatOptions = {}) => {
    const key = JSON.stringify(options);
    let format = numbers.get(key);
    if (!format) {
      format = new Intl.NumberFormat(language, options);
      numbers.set(key, format);
    }
    return format;
  };
  return {
    formatDate: (value: Date | string) => date.format(toDate(value)),
    formatDateRange: (start: Date | string, end: Date | string) => date.formatRange(toDate(start), toDate(end)),
    formatNumber: (value: number | string, options?: Intl.NumberFormatOptions) =>
      numberFormat(options).format(value as Intl.StringNumericLiteral | number),
    formatMoney: (amount: string | number, currency: string) =>
      // The string goes to Intl as it is: a decimal string keeps its digits exactly.
      numberFormat({ style: "currency", currency }).format(amount as Intl.StringNumericLiteral | number),
  };
}

const translators = new Map<Language, Translator>();

const BARE_NUMBER: Intl.NumberFormatOptions = { useGrouping: "min2", maximumFractionDigits: 2 };

/** A translator for one language, made once and shared (it holds no per-request state). */
export function translator(language: Language): Translator {
  const made = translators.get(language);
  if (made) return made;

  const format = formatters(language);
  const resources: Record<string, { translation: Catalogue }> = { en: { translation: english.translation } };
  const own = catalogue(language);
  if (own && language !== "en") resources[language] = { translation: own };

  const instance: I18n = createInstance();
  void instance.init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    resources,
    initAsync: false,
    // Files, not HTML: each format escapes its own way. A bare number in a message is
    // grouped as the language groups digits, as on the screens (client/src/lib/i18n.ts).
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
  });
  // The client's formatter (client/src/lib/i18n.ts): a calendar date as format.ts shows it.
  instance.services.formatter?.add("dateOnly", (value) =>
    value instanceof Date || typeof value === "string" ? format.formatDate(value) : "",
  );

  // With `alwaysFormat` a value without a format name comes here too: a number is grouped
  // from five digits ("12,500", but the year "2027"), anything else passes unchanged.
  const interpolator = instance.services.interpolator as unknown as {
    format: (value: unknown, format: string | undefined, lng: string, options: object) => unknown;
  };
  const builtIn = interpolator.format;
  interpolator.format = (value, name, lng, options) =>
    !name && typeof value === "number" && Number.isFinite(value)
      ? format.formatNumber(value, BARE_NUMBER)
      : builtIn(value, name, lng, options);

  // Untyped here: the key's type is ours (TranslationKey), whatever types i18next was given
  // elsewhere in the same compilation (the client's, in tests/).
  const lookUp = instance.t.bind(instance) as unknown as (key: string, options?: object) => string;
  const translation: Translator = {
    language,
    t: (key, params) => lookUp(key, params),
    dir: isRightToLeft(language) ? "rtl" : "ltr",
    ...format,
  };
  translators.set(language, translation);
  return translation;
}

/** Tags of an Accept-Language header in the order of their q-values ("fr-CH, fr;q=0.9, en;q=0.8"). */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...rest] = part.trim().split(";");
      const q = rest.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter(({ tag, quality }) => tag !== "" && tag !== "*" && quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map(({ tag }) => tag);
}

/**
 * The language to word a response in: the user's own choice (User.language), else the
 * first language of the request's Accept-Language that Hemicycle speaks, else English.
 */
export function requestLanguage(
  user: { language?: string | null } | null | undefined,
  acceptLanguageHeader: string | null | undefined,
): Language {
  const chosen = user?.language;
  if (isLanguage(chosen)) return chosen;
  return pickLanguage(acceptedLanguages(acceptLanguageHeader));
}
