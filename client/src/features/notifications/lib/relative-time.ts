// "5 minutes ago", "yesterday", in the screens' language (Intl.RelativeTimeFormat with the
// locale lib/format.ts follows), for a notice's age; a week or older, the date itself.
import { useEffect, useState } from "react";
import { formattingLocale } from "../../../lib/format.ts";

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];
const WEEK_MS = 7 * 86_400_000;

let cached: { locale: string; relative: Intl.RelativeTimeFormat; date: Intl.DateTimeFormat } | null = null;

/** The formats for the screens' locale; the date in the reader's time zone (a moment, not a calendar date). */
function formats() {
  const locale = formattingLocale();
  if (cached?.locale !== locale)
    cached = {
      locale,
      relative: new Intl.RelativeTimeFormat(locale, { numeric: "auto" }),
      date: new Intl.DateTimeFormat(locale, { dateStyle: "medium" }),
    };
  return cached;
}

/** How long ago `value` was, seen from `now`: "now" under a minute, the date from a week on. */
export function formatRelativeTime(value: Date | string, now: number = Date.now()): string {
  const at = typeof value === "string" ? Date.parse(value) : value.getTime();
  const ago = Math.max(0, now - at);
  if (ago >= WEEK_MS) return formats().date.format(new Date(at));
  for (const [unit, size] of UNITS) {
    if (ago >= size) return formats().relative.format(-Math.floor(ago / size), unit);
  }
  return formats().relative.format(0, "second");
}

/** The time now, moving on every `everyMs`: relative times stay true on a page left open. */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
