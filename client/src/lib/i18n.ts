// i18next set up once, before the first render. English is the only catalogue for now; a
// language is a file in ../locales with the same keys, and the page's `dir` follows it, so
// a right-to-left language lays out mirrored through the logical (start/end) styles.
import i18n, { type BackendModule } from "i18next";
import { initReactI18next } from "react-i18next";
import { formatDate } from "./format.ts";

export const defaultNS = "translation";

/**
 * Each language's catalogue is a chunk of its own, fetched as the app starts, beside the
 * session check, rather than inside the first download (docs/performance.md "The SPA's
 * weight"); a second language will cost only those who read it. Until it has arrived
 * useTranslation suspends, so no key is ever shown in place of its text.
 */
const catalogues: Record<string, () => Promise<{ default: { translation: object } }>> = {
  en: () => import("@hemicycle/shared/locales/en.json"),
};

const lazyCatalogues: BackendModule = {
  type: "backend",
  init() {},
  read(language, namespace, callback) {
    const load = catalogues[language];
    if (!load) return callback(new Error(`no catalogue for the language ${language}`), false);
    load().then(
      ({ default: catalogue }) => callback(null, catalogue[namespace as "translation"]),
      (error: Error) => callback(error, false),
    );
  },
};

/** Settles once the catalogue is in: the router's first loaders wait for it too. */
export const i18nReady = i18n
  .use(lazyCatalogues)
  .use(initReactI18next)
  .init({
    lng: "en",
    fallbackLng: "en",
    ns: [defaultNS],
    defaultNS,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });

// A calendar date in a message ("{{startDate, dateOnly}}") reads as it does everywhere
// else in the app (format.ts).
i18n.services.formatter?.add("dateOnly", (value) => (value instanceof Date ? formatDate(value) : ""));

function followLanguage(lng: string) {
  if (typeof document === "undefined") return;
  document.documentElement.lang = lng;
  document.documentElement.dir = i18n.dir(lng);
}
void i18nReady.then(() => followLanguage(i18n.language));
i18n.on("languageChanged", followLanguage);

export default i18n;
