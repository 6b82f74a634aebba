// server/src/lib/translate.ts: the server words its files from the screens' catalogues, in
// the reader's language, with the same plurals and date formatter as the client.
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "@hemicycle/shared/languages";
import english from "@hemicycle/shared/locales/en.json";
import { acceptedLanguages, requestLanguage, translator } from "@hemicycle/server/lib/translate";

const march3 = new Date(Date.UTC(2027, 2, 3));
const march7 = new Date(Date.UTC(2027, 2, 7));

describe("translator", () => {
  it("words a key from the English catalogue, with its params and plural forms", () => {
    const en = translator("en");
    expect(en.language).toBe("en");
    expect(en.dir).toBe("ltr");
    expect(en.t("severity.CRITICAL")).toBe(english.translation.severity.CRITICAL);
    // @ts-expect-error: a key English does not have does not type-check.
    expect(en.t("severity.NOT_A_SEVERITY")).toBe("severity.NOT_A_SEVERITY");
    expect(en.t("account.sessions.revokedOthers", { count: 1 })).toBe("Signed out of 1 other session.");
    expect(en.t("account.sessions.revokedOthers", { count: 3 })).toMatch(/3 other sessions/);
    // A bare number is grouped as the language groups digits, from five digits (not a year).
    expect(en.t("parliaments.total", { count: 12500 })).toBe("12,500 parliaments");
    expect(translator("fr").t("parliaments.total", { count: 12500 })).toMatch(/^12\u202f500 /);
    expect(en.t("messages.yearRange", { minimum: 1990, maximum: 2100 })).toBe("The year must be between 1990 and 2100");
  });

  it("formats a {{date, dateOnly}} param as a calendar date, the day it was stored (UTC)", () => {
    const en = translator("en");
    const text = en.t("messages.expertUnavailable", { expert: "Ana", startDate: march3, endDate: march7 });
    expect(text).toBe("Ana is unavailable from Mar 3, 2027 to Mar 7, 2027, which overlaps this phase.");
  });

  it("nests $t() lookups in the same language", () => {
    const text = translator("en").t("messages.phaseOverlap", {
      expert: "Ana",
      mission: "Zambia 2027",
      phaseKind: "ASSESSMENT",
      startDate: march3,
      endDate: march7,
    });
    expect(text).toContain("Zambia 2027 (Assessment) from Mar 3, 2027");
  });

  it("gives every language a translator; a missing key or catalogue reads in English", () => {
    for (const language of LANGUAGES) {
      const translation = translator(language);
      expect(translation.language).toBe(language);
      expect(translation.dir).toBe(language === "ar" ? "rtl" : "ltr");
      expect(translation.t("severity.HIGH")).not.toBe("");
      expect(translation.t("severity.HIGH")).not.toBe("severity.HIGH");
    }
    expect(translator("fr")).toBe(translator("fr"));
  });

  it("formats dates, ranges, numbers and money in the language's own way", () => {
    const en = translator("en");
    const fr = translator("fr");
    const es = translator("es");
    const ar = translator("ar");
    expect(en.formatDate(march3)).toBe("Mar 3, 2027");
    expect(fr.formatDate(march3)).toBe("3 mars 2027");
    expect(es.formatDate("2027-03-03T00:00:00.000Z")).toBe("3 mar 2027");
    // CLDR 46 on gives Arabic Latin digits by default (Node 20's ICU 78 does); the order is Arabic's.
    expect(ar.formatDate(march3)).toMatch(/^03\u200f\/03\u200f\/2027$|^٠٣‏\/٠٣‏\/٢٠٢٧$/);
    expect(en.formatDateRange(march3, march7)).toMatch(/^Mar 3\s–\s7, 2027$/);
    expect(fr.formatDateRange(march3, march7)).toMatch(/^3\s?–\s?7 mars 2027$/);
    expect(en.formatNumber(12500.5)).toBe("12,500.5");
    expect(fr.formatNumber(12500.5)).toBe("12\u202f500,5");
    expect(en.formatNumber(0.42, { style: "percent" })).toBe("42%");
    expect(en.formatMoney("12500.00", "USD")).toBe("$12,500.00");
    expect(fr.formatMoney("12500.00", "EUR")).toBe("12\u202f500,00\u00a0€");
    expect(es.formatMoney(12500, "EUR")).toBe("12.500,00\u00a0€");
    // A decimal string keeps its digits: no trip through a binary float.
    expect(en.formatMoney("12345678901234567.89", "USD")).toBe("$12,345,678,901,234,567.89");
    expect(ar.formatMoney("12500", "USD")).toMatch(/12,500\.00|١٢٬٥٠٠٫٠٠/);
  });
});

describe("requestLanguage", () => {
  it("takes the user's own language first", () => {
    expect(requestLanguage({ language: "ar" }, "fr-FR,fr;q=0.9")).toBe("ar");
  });

  it("else the first language of Accept-Language that Hemicycle speaks, by quality", () => {
    expect(requestLanguage({ language: null }, "de-DE, es-MX;q=0.8, fr;q=0.9")).toBe("fr");
    expect(requestLanguage(null, "pt-BR,es;q=0.5")).toBe("es");
    expect(requestLanguage(undefined, "fr-CA")).toBe("fr");
  });

  it("else English, and ignores a stored value that is not a language", () => {
    expect(requestLanguage({ language: "de" }, "de-DE")).toBe("en");
    expect(requestLanguage(null, undefined)).toBe("en");
    expect(requestLanguage(null, "*")).toBe("en");
  });

  it("reads q-values and drops q=0", () => {
    expect(acceptedLanguages("en;q=0, fr;q=0.2, ar")).toEqual(["ar", "fr"]);
  });
});
