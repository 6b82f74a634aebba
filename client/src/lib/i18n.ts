// i18next set up once, before the first render. English is the only catalogue for now; a
// language is a file in ../locales with the same keys, and the page's `dir` follows it, so
// a right-to-left language lays out mirrored through the logical (start/end) styles.
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import en from "../locales/en.json";
import { formatDate } from "./format.ts";

export const defaultNS = "translation";
export const resources = { en } as const;

void i18n.use(initReactI18next).init({
  resources,
  lng: "en",
  fallbackLng: "en",
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
followLanguage(i18n.language);
i18n.on("languageChanged", followLanguage);

export default i18n;
