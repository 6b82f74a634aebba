// i18next set up once, before the first render. English is the only language for now;
// a new one is a new file in ../locales with the same keys.
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import en from "../locales/en.json";

export const defaultNS = "translation";
export const resources = { en } as const;

void i18n.use(initReactI18next).init({
  resources,
  lng: "en",
  fallbackLng: "en",
  defaultNS,
  ns: ["translation", "validation"],
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

export default i18n;

/**
 * Validation messages arrive in English from the shared zod schemas and from the
 * server; the `validation` namespace is keyed by that text so that a translation can
 * replace it, and an unknown message is shown as it came.
 */
export function translateMessage(message: string): string {
  // Keys here are free text, outside the typed `translation` keys.
  const t = i18n.t as unknown as (key: string, options: Record<string, unknown>) => string;
  return t(message, { ns: "validation", keySeparator: false, nsSeparator: false, defaultValue: message });
}
