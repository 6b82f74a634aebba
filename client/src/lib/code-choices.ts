// The countries and languages a filter or form offers: every ISO 3166-1 and ISO 639-1
// code the browser can name, with that name, sorted by it.
import { compareText, countryName, formattingLocale, languageName } from "./format.ts";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

function namedCodes(kind: "region" | "language", toCode: (pair: string) => string) {
  let names: Intl.DisplayNames;
  try {
    names = new Intl.DisplayNames(["en"], { type: kind, fallback: "none" });
  } catch {
    return [];
  }
  const codes: string[] = [];
  for (const a of LETTERS)
    for (const b of LETTERS) {
      const code = toCode(a + b);
      try {
        // Unknown codes have no name; the user-assigned and grouping regions are not countries.
        if (names.of(code) && !/^(A[A]|Q[M-Z]|X[A-Z]|Z[Z])$/.test(code.toUpperCase())) codes.push(code);
      } catch {
        // Not a code the browser knows.
      }
    }
  return codes;
}

export type Choice = { value: string; label: string };

// Named and sorted in the screens' language, once per language.
let countries: { locale: string; choices: Choice[] } | null = null;
let languages: { locale: string; choices: Choice[] } | null = null;

const byLabel = (a: Choice, b: Choice) => compareText(a.label, b.label);

export function countryChoices(): Choice[] {
  const locale = formattingLocale();
  if (countries?.locale !== locale) {
    const choices = namedCodes("region", (pair) => pair)
      .map((code) => ({ value: code, label: countryName(code) }))
      .sort(byLabel);
    countries = { locale, choices };
  }
  return countries.choices;
}

export function languageChoices(): Choice[] {
  const locale = formattingLocale();
  if (languages?.locale !== locale) {
    const choices = namedCodes("language", (pair) => pair.toLowerCase())
      .map((code) => ({ value: code, label: languageName(code) }))
      .sort(byLabel);
    languages = { locale, choices };
  }
  return languages.choices;
}
