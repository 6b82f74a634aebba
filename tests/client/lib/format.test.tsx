// Dates, numbers, percentages, money and names follow the screens' language (lib/format.ts,
// which lib/i18n.ts points at each language chosen), dates as stored (UTC), costs exactly.
import { afterEach, describe, expect, it } from "vitest";
import {
  countryName,
  formatDate,
  formatDateRange,
  formatList,
  formatMoney,
  formatNumber,
  formatPercent,
  languageName,
  setFormattingLanguage,
} from "../../../client/src/lib/format.ts";
import { formatCost } from "../../../client/src/features/roadmaps/lib/money.ts";
import i18n, { changeLanguage } from "../../../client/src/lib/i18n.ts";

const march3 = "2027-03-03T00:00:00.000Z";
const march7 = new Date(Date.UTC(2027, 2, 7));

afterEach(async () => {
  await changeLanguage("en");
  setFormattingLanguage("en");
});

describe("format.ts follows the language", () => {
  it("in English (the browser's en-US)", () => {
    setFormattingLanguage("en");
    expect(formatDate(march3)).toBe("Mar 3, 2027");
    expect(formatDateRange(march3, march7)).toMatch(/^Mar 3\s–\s7, 2027$/);
    expect(formatNumber(1250.5)).toBe("1,250.5");
    expect(formatPercent(0.42)).toBe("42%");
    expect(formatMoney("125000.50", "USD")).toBe("USD\u00a0125,000.50");
    expect(formatCost("125000.50", "EUR")).toBe("EUR\u00a0125,000.50");
    expect(countryName("ZM")).toBe("Zambia");
    expect(languageName("fr")).toBe("French");
    expect(formatList(["A", "B"])).toBe("A, B");
  });

  it("in French", () => {
    setFormattingLanguage("fr");
    expect(formatDate(march3)).toBe("3 mars 2027");
    expect(formatDateRange(march3, march7)).toMatch(/^3\s?–\s?7 mars 2027$/);
    expect(formatNumber(1250.5)).toBe("1\u202f250,5");
    expect(formatPercent(0.42)).toBe("42\u00a0%");
    expect(formatMoney("125000.50", "EUR")).toBe("125\u202f000,50\u00a0EUR");
    expect(formatCost("125000.50", "EUR")).toBe("125\u202f000,50\u00a0EUR");
    expect(countryName("ZM")).toBe("Zambie");
    expect(languageName("en")).toBe("anglais");
  });

  it("in Spanish", () => {
    setFormattingLanguage("es");
    expect(formatDate(march3)).toBe("3 mar 2027");
    expect(formatNumber(12500.5)).toBe("12.500,5");
    expect(formatMoney("125000.50", "USD")).toBe("125.000,50\u00a0USD");
    expect(countryName("ZM")).toBe("Zambia");
  });

  it("in Arabic, with its own comma and names", () => {
    setFormattingLanguage("ar");
    // The digits are the ICU's choice for "ar" (Latin since CLDR 46, Arabic-Indic before).
    expect(formatDate(march3)).toMatch(/2027|٢٠٢٧/);
    expect(formatNumber(1250.5)).toMatch(/^(1,250\.5|١٬٢٥٠٫٥)$/);
    expect(formatMoney("125000.50", "USD")).toMatch(/USD/);
    expect(countryName("ZM")).toBe("زامبيا");
    expect(formatList(["A", "B"])).toBe("A، B");
  });

  it("in the messages too: a date param and a bare number, after the language changes", async () => {
    await changeLanguage("fr");
    expect(
      i18n.t("messages.expertUnavailable", { expert: "Ana", startDate: new Date(march3), endDate: march7 }),
    ).toContain("3 mars 2027");
    expect(i18n.t("parliaments.total", { count: 12500 })).toContain("12\u202f500");
    // A year is no amount: four digits are never grouped.
    expect(i18n.t("messages.yearRange", { minimum: 1990, maximum: 2100 })).toMatch(/1990.*2100/);
  });
});
