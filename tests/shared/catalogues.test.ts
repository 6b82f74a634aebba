// The catalogues (shared/locales/<language>.json) say the same things as English: every
// key English has and none it lacks, plural keys by the language's own plural forms
// (Intl.PluralRules, as i18next picks them: en one/other; fr, es one/many/other; ar
// zero/one/two/few/many/other; a `_zero` English gives for "none" in every language), and
// the same placeholders ({{name}}, {{date, dateOnly}}, $t(...)) so that no value is lost or
// invented in translation. docs/languages.md, "Catalogues".
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LANGUAGES, type Language } from "@hemicycle/shared/languages";

const LOCALES = fileURLToPath(new URL("../../shared/locales/", import.meta.url));
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Catalogue = { translation: Record<string, unknown> };

function fileOf(language: Language) {
  return `${LOCALES}${language}.json`;
}

function load(language: Language): Catalogue {
  return JSON.parse(readFileSync(fileOf(language), "utf8")) as Catalogue;
}

/** Every leaf as a dotted path, with its text (a non-string leaf is kept, to be reported). */
function leaves(node: Record<string, unknown>, prefix = "", into = new Map<string, unknown>()) {
  for (const [key, value] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object" && !Array.isArray(value))
      leaves(value as Record<string, unknown>, path, into);
    else into.set(path, value);
  }
  return into;
}

/** The placeholders of a text: "{{count}}", "{{date, dateOnly}}" (spacing normalised) and nested "$t(key)". */
function placeholders(text: unknown): string[] {
  if (typeof text !== "string") return [];
  const found = new Set<string>();
  for (const [, inner = ""] of text.matchAll(/\{\{(.+?)\}\}/g))
    found.add(
      `{{${inner
        .split(",")
        .map((part) => part.trim())
        .join(", ")}}}`,
    );
  for (const [nested] of text.matchAll(/\$t\([^)]*\)/g)) found.add(nested);
  return [...found].sort();
}

const english = leaves(load("en").translation);

/** English's plural keys by their base ("x" for "x_one", "x_other"), with the forms English gives. */
const englishPlurals = new Map<string, Map<string, unknown>>();
for (const [key, text] of english) {
  const base = key.replace(PLURAL_SUFFIX, "");
  if (base === key || !english.has(`${base}_other`)) continue;
  const forms = englishPlurals.get(base) ?? new Map<string, unknown>();
  forms.set(key.slice(base.length + 1), text);
  englishPlurals.set(base, forms);
}

/** The keys a language's catalogue must have: English's, each plural in the language's forms. */
function expectedKeys(language: Language): Set<string> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
  const keys = new Set<string>();
  for (const key of english.keys()) {
    const base = key.replace(PLURAL_SUFFIX, "");
    if (!englishPlurals.has(base)) keys.add(key);
  }
  for (const [base, forms] of englishPlurals) {
    // "_zero" beside English's one/other is a text for none (i18next uses it for count 0 in any language).
    const wanted = new Set([...categories, ...(forms.has("zero") ? ["zero"] : [])]);
    for (const form of wanted) keys.add(`${base}_${form}`);
  }
  return keys;
}

const written = LANGUAGES.filter((language) => existsSync(fileOf(language)));

describe("catalogues", () => {
  // Explicit, whatever the checks below find: a language Hemicycle offers has its catalogue.
  it("exist for every language of LANGUAGES", () => {
    const missing = LANGUAGES.filter((language) => !existsSync(fileOf(language)));
    expect(missing, `shared/locales lacks ${missing.map((l) => `${l}.json`).join(", ")}`).toEqual([]);
  });

  it("gives English its plural forms one and other (and zero where it words none apart)", () => {
    for (const [base, forms] of englishPlurals) {
      expect(
        [...forms.keys()].filter((form) => !["zero", "one", "other"].includes(form)),
        base,
      ).toEqual([]);
      expect(forms.has("one") || forms.has("zero"), base).toBe(true);
    }
  });

  describe.each(written.filter((language) => language !== "en"))("%s", (language) => {
    const catalogue = leaves(load(language).translation);
    const expected = expectedKeys(language);

    it("has every key English has, each plural in the language's forms", () => {
      const missing = [...expected].filter((key) => !catalogue.has(key));
      expect(missing, `${language}.json lacks ${missing.length} keys`).toEqual([]);
    });

    it("has no key English lacks", () => {
      const extra = [...catalogue.keys()].filter((key) => !expected.has(key));
      expect(extra, `${language}.json has ${extra.length} keys English lacks`).toEqual([]);
    });

    it("has a non-empty text for each key", () => {
      const empty = [...catalogue].filter(([, text]) => typeof text !== "string" || text.trim() === "").map(([k]) => k);
      expect(empty).toEqual([]);
    });

    it("keeps English's placeholders", () => {
      const differing: string[] = [];
      for (const [key, text] of catalogue) {
        const base = key.replace(PLURAL_SUFFIX, "");
        const forms = englishPlurals.get(base);
        const own = placeholders(text);
        if (!forms) {
          if (!english.has(key)) continue; // reported as a key English lacks
          const theirs = placeholders(english.get(key));
          if (own.join(" ") !== theirs.join(" ")) differing.push(`${key}: ${own.join(" ")} ≠ ${theirs.join(" ")}`);
          continue;
        }
        const form = key.slice(base.length + 1);
        // _other says it all, as English's _other does; another form may leave out what it
        // need not say ("one day", "two days" in Arabic), never add what English never says.
        const englishOther = placeholders(forms.get("other"));
        const englishAny = new Set([...forms.values()].flatMap(placeholders));
        if (form === "other" ? own.join(" ") !== englishOther.join(" ") : own.some((p) => !englishAny.has(p)))
          differing.push(`${key}: ${own.join(" ")} (English: ${englishOther.join(" ")})`);
      }
      expect(differing).toEqual([]);
    });
  });
});
