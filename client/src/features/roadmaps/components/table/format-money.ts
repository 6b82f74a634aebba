// Amounts in cents shown in the user's locale with their currency code, exactly (the
// decimal string goes to Intl.NumberFormat, never a float).
import { centsToDecimal, type Amounts } from "./cost-totals.ts";

function userLocales(): readonly string[] {
  return typeof navigator !== "undefined" && navigator.languages?.length ? navigator.languages : ["en"];
}

const formats = new Map<string, Intl.NumberFormat>();

function formatFor(currency: string, compact: boolean): Intl.NumberFormat {
  const key = `${currency}|${compact}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions = compact
      ? { notation: "compact", maximumFractionDigits: 1 }
      : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
    try {
      format = new Intl.NumberFormat(userLocales(), {
        ...options,
        ...(currency ? { style: "currency", currency, currencyDisplay: "code" } : {}),
      });
    } catch {
      // A code Intl does not know: the number alone, the code written beside it by the caller.
      format = new Intl.NumberFormat(userLocales(), options);
    }
    formats.set(key, format);
  }
  return format;
}

/** 12500050n, "EUR" → "EUR 125,000.50" (as the locale writes it). */
export function formatCents(cents: bigint, currency: string, { compact = false } = {}): string {
  const format = formatFor(currency, compact);
  const text = format.format(centsToDecimal(cents) as `${number}`);
  return currency && format.resolvedOptions().style !== "currency" ? `${text} ${currency}` : text;
}

/** A decimal string as the server sends it ("125000.50"), with its currency. */
export function formatCost(decimal: string, currency: string | null): string {
  const format = formatFor(currency ?? "", false);
  const text = format.format(decimal as `${number}`);
  return currency && format.resolvedOptions().style !== "currency" ? `${text} ${currency}` : text;
}

/** Several currencies side by side, never added up: "EUR 1,000.00 · USD 250.00". */
export function formatAmounts(amounts: Amounts): string {
  return [...amounts.keys()]
    .sort()
    .map((currency) => formatCents(amounts.get(currency) ?? 0n, currency))
    .join(" · ");
}
