// The countries and languages a filter or form offers: every ISO 3166-1 and ISO 639-1
// code the browser can name, with that name, sorted by it.
import { countryName, languageName } from "./format.ts";

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

let countries: Choice[] | null = null;
let languages: Choice[] | null = null;

const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label);

export function countryChoices(): Choice[] {
  countries ??= namedCodes("region", (pair) => pair)
    .map((code) => ({ value: code, label: countryName(code) }))
    .sort(byLabel);
  return countries;
}

export function languageChoices(): Choice[] {
  languages ??= namedCodes("language", (pair) => pair.toLowerCase())
    .map((code) => ({ value: code, label: languageName(code) }))
    .sort(byLabel);
  return languages;
}
