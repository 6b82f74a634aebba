// The countries a parliament can belong to: every ISO 3166-1 code the browser can name,
// labelled "Zambia (ZM)" and sorted by name.
import { countryName } from "../../../../lib/format.ts";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

export type CountryChoice = { value: string; label: string };

let choices: CountryChoice[] | null = null;

export function countryChoices(): CountryChoice[] {
  if (choices) return choices;
  let names: Intl.DisplayNames | null;
  try {
    names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  } catch {
    names = null;
  }
  const codes: string[] = [];
  for (const a of LETTERS)
    for (const b of LETTERS) {
      const code = a + b;
      // The user-assigned and grouping regions are not countries.
      if (/^(AA|Q[M-Z]|X[A-Z]|ZZ)$/.test(code)) continue;
      try {
        if (names?.of(code)) codes.push(code);
      } catch {
        // Not a code the browser knows.
      }
    }
  choices = codes
    .map((code) => ({ value: code, label: `${countryName(code)} (${code})` }))
    .sort((x, y) => x.label.localeCompare(y.label));
  return choices;
}
