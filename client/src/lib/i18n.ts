// i18next set up once, before the first render, in the reader's language: the account's
// (User.language, applied as the session arrives), else the one chosen on the sign-in
// page (kept in localStorage), else the browser's first that Hemicycle speaks. Each
// language is a catalogue in shared/locales with the same keys as English
// (tests/shared/catalogues.test.ts); the page's `lang` and `dir` follow it, so Arabic lays
// out mirrored through the logical (start/end) styles, and format.ts's dates and numbers
// follow it too. docs/languages.md.
import i18n, { type BackendModule } from "i18next";
import { initReactI18next } from "react-i18next";
import { DEFAULT_LANGUAGE, isLanguage, isRightToLeft, pickLanguage, type Language } from "@hemicycle/shared/languages";
import { addMessageFormats, I18N_OPTIONS } from "@hemicycle/shared/i18n-rules";
import { formatDate, formatNumber, setFormattingLanguage } from "./format.ts";

export const defaultNS = "translation";

type CatalogueModule = { default: { translation: object } };

/**
 * Each language's catalogue is a chunk of its own, fetched as the app starts, beside the
 * session check, rather than inside the first download (docs/performance.md "The SPA's
 * weight"); a language costs only those who read it. Until it has arrived useTranslation
 * suspends, so no key is ever shown in place of its text.
 */
const catalogues: Record<Language, () => Promise<CatalogueModule>> = {
  en: () => import("@hemicycle/shared/locales/en.json"),
  fr: () => import("@hemicycle/shared/locales/fr.json"),
  es: () => import("@hemicycle/shared/locales/es.json"),
  ar: () => import("@hemicycle/shared/locales/ar.json"),
};

const lazyCatalogues: BackendModule = {
  type: "backend",
  init() {},
  read(language, namespace, callback) {
    const load = isLanguage(language) ? catalogues[language] : undefined;
    if (!load) return callback(new Error(`no catalogue for the language ${language}`), false);
    load().then(
      ({ default: catalogue }) => callback(null, catalogue[namespace as "translation"]),
      (error: Error) => callback(error, false),
    );
  },
};

/** Where the language chosen before signing in is kept (this browser only). */
const STORAGE_KEY = "hemicycle.language";

function storedChoice(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null; // storage refused (private mode, a sandboxed frame)
  }
}

/** Remembers a language chosen in this browser (the sign-in page, the shell's menu). */
export function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered: the choice still holds until the page is closed.
  }
}

/** The language before anyone signs in: the one chosen here before, else the browser's. */
export function browserLanguage(): Language {
  const preferred = typeof navigator !== "undefined" && navigator.languages?.length ? navigator.languages : [];
  return storedChoice() ?? pickLanguage(preferred);
}

/** The language the screens are in now. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** Switches the screens to a language; settles once its catalogue is in. */
export async function changeLanguage(language: Language): Promise<void> {
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

/**
 * A signed-in user's screens: their own language, or, when they have not chosen one, this
 * browser's. Called as the session arrives (sign-in, the app's first load), before the
 * first page renders, so the page never flashes in another language.
 */
export function followUserLanguage(user: { language?: Language | null } | null | undefined): Promise<void> {
  return changeLanguage(user?.language ?? browserLanguage());
}

// The formatters follow the language before anything renders in it.
const initialLanguage = browserLanguage();
setFormattingLanguage(initialLanguage);

/** Settles once the catalogue is in: the router's first loaders wait for it too. */
export const i18nReady = i18n
  .use(lazyCatalogues)
  .use(initReactI18next)
  .init({ ...I18N_OPTIONS, lng: initialLanguage, ns: [defaultNS], defaultNS });

// A calendar date in a message ("{{startDate, dateOnly}}") and a bare number read as they
// do everywhere else in the app (format.ts).
addMessageFormats(i18n, { formatDate, formatNumber });

function followLanguage(lng: string) {
  const language = isLanguage(lng) ? lng : DEFAULT_LANGUAGE;
  setFormattingLanguage(language);
  if (typeof document === "undefined") return;
  document.documentElement.lang = language;
  document.documentElement.dir = isRightToLeft(language) ? "rtl" : "ltr";
}
void i18nReady.then(() => followLanguage(i18n.language));
i18n.on("languageChanged", followLanguage);

export default i18n;
