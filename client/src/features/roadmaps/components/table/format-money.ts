// Amounts in cents shown in the user's locale with their currency code, exactly (the
// decimal string goes to Intl.NumberFormat, never a float).
import { centsToDecimal, type Amounts } from "./cost-totals.ts";

function userLocales(): readonly string[] {
  return typeof navigator !== "undefined" && navigator.languages?.length ? navigator.languages : ["en"];
}

type Format = { format: Intl.NumberFormat; codeBeside: boolean };
const formats = new Map<string, Format>();

/** The format of a currency, made once; `codeBeside` when Intl does not know the code. */
function formatFor(currency: string, compact: boolean): Format {
  const key = `${currency}|${compact}`;
  let cached = formats.get(key);
  if (!cached) {
    let format: Intl.NumberFormat;
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

/** A decimal string as the server sends it ("125000.50"), with its currency. */
export function formatCost(decimal: string, currency: string | null): string {
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
