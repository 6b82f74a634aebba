// Money as the roadmap holds it: costs travel as decimal strings ("125000.50") and are
// counted in integer cents (BigInt), so no cent is lost to floating point; they are
// written in the screens' language (lib/format.ts's locale) with their currency code,
// exactly (the decimal string goes to Intl.NumberFormat, never a float). The table, its totals, the item view and the
// comparison all write a cost through here, so it reads the same everywhere.

import { formattingLocale } from "../../../lib/format.ts";

/** Cents per currency code ("" for a cost stored without one). */
export type Amounts = ReadonlyMap<string, bigint>;

/** "125000.5" → 12500050n; null when the text is not a cost (zCost's format). */
export function toCents(decimal: string): bigint | null {
  const match = /^(\d{1,15})(?:\.(\d{1,2}))?$/.exec(decimal.trim());
  if (!match) return null;
  const [, whole = "0", fraction = ""] = match;
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
}

/** 12500050n → "125000.50": a decimal string, exact, for Intl.NumberFormat or a cell. */
export function centsToDecimal(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const fraction = (abs % 100n).toString().padStart(2, "0");
  return `${negative ? "-" : ""}${(abs / 100n).toString()}.${fraction}`;
}

type Format = { format: Intl.NumberFormat; codeBeside: boolean };
// Built once per currency and language: a long table formats thousands of costs per render.
const formats = new Map<string, Format>();

/** The format of a currency, made once; `codeBeside` when Intl does not know the code. */
function formatFor(currency: string, compact: boolean): Format {
  const locale = formattingLocale();
  const key = `${locale}|${currency}|${compact}`;
  let cached = formats.get(key);
  if (!cached) {
    let format: Intl.NumberFormat;
    const options: Intl.NumberFormatOptions = compact
      ? { notation: "compact", maximumFractionDigits: 1 }
      : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
    try {
      format = new Intl.NumberFormat(locale, {
        ...options,
        ...(currency ? { style: "currency", currency, currencyDisplay: "code" } : {}),
      });
    } catch {
      // A code Intl does not know: the number alone, the code written beside it by the caller.
      format = new Intl.NumberFormat(locale, options);
    }
    cached = { format, codeBeside: currency !== "" && format.resolvedOptions().style !== "currency" };
    formats.set(key, cached);
  }
  return cached;
}

/** 12500050n, "EUR" → "EUR 125,000.50" (as the locale writes it). */
export function formatCents(cents: bigint, currency: string, { compact = false } = {}): string {
  const { format, codeBeside } = formatFor(currency, compact);
  const text = format.format(centsToDecimal(cents) as `${number}`);
  return codeBeside ? `${text} ${currency}` : text;
}

/**
 * A decimal string as the server sends it ("125000.50"), with its currency: "USD
 * 125,000.50". Text that is not a number (a value typed into a form) is written as it is.
 */
export function formatCost(decimal: string, currency: string | null | undefined): string {
  if (!Number.isFinite(Number(decimal))) return currency ? `${decimal} ${currency}` : decimal;
  const { format, codeBeside } = formatFor(currency ?? "", false);
  const text = format.format(decimal as `${number}`);
  return codeBeside ? `${text} ${currency}` : text;
}

/** Several currencies side by side, never added up: "EUR 1,000.00 · USD 250.00". */
export function formatAmounts(amounts: Amounts): string {
  return [...amounts.keys()]
    .sort()
    .map((currency) => formatCents(amounts.get(currency) ?? 0n, currency))
    .join(" · ");
}
