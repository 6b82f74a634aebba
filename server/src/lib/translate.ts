// The server's words in the reader's language: the documents and files it generates (the
// assessment report, terms of reference, the roadmap's PDF and CSV, the findings' and the
// audit log's CSV) are worded from the same catalogues as the screens
// (shared/locales/<language>.json), with the same i18next rules: plurals by
// Intl.PluralRules (_one/_other, _many in French and Spanish, six forms in Arabic), the
// same `{{date, dateOnly}}` formatter, so a file reads like the screen it came from.
// docs/languages.md, "On the server".
import { createInstance, type i18n as I18n } from "i18next";
import { DEFAULT_LANGUAGE, isLanguage, isRightToLeft, pickLanguage, type Language } from "@hemicycle/shared/languages";
import arabic from "@hemicycle/shared/locales/ar.json";
import english from "@hemicycle/shared/locales/en.json";
import spanish from "@hemicycle/shared/locales/es.json";
import french from "@hemicycle/shared/locales/fr.json";
import { addMessageFormats, I18N_OPTIONS } from "@hemicycle/shared/i18n-rules";

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

/**
 * Every language's catalogue, bundled with the server. Their keys are English's (checked by
 * tests/shared/catalogues.test.ts) but their plural forms are their own, hence `object`; a
 * key one lacks reads in English, i18next's fallback.
 */
const catalogues: Record<Language, object> = {
  en: english.translation,
  fr: french.translation,
  es: spanish.translation,
  ar: arabic.translation,
};

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

/** A translator for one language, made once and shared (it holds no per-request state). */
export function translator(language: Language): Translator {
  const made = translators.get(language);
  if (made) return made;

  const format = formatters(language);
  const resources: Record<string, { translation: object }> = { en: { translation: english.translation } };
  if (language !== DEFAULT_LANGUAGE) resources[language] = { translation: catalogues[language] };

  const instance: I18n = createInstance();
  void instance.init({ ...I18N_OPTIONS, lng: language, resources, initAsync: false });
  // The screens' formats (client/src/lib/i18n.ts): a calendar date, a bare number.
  addMessageFormats(instance, format);

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
