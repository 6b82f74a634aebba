// Building blocks shared by the procedure inputs of every domain.
import { z } from "zod";

export const zId = z.string().min(1, "Required").max(64);
export const zVersion = z.number().int().min(1);

export const ZByIdInput = z.object({ id: zId });
export type TByIdInput = z.infer<typeof ZByIdInput>;

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/** Every list takes `{ cursor?, limit? }`; the limit is capped at 100. */
export const zPagination = z.object({
  cursor: z.string().min(1).max(64).nullish(),
  limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});

/** Strips the time part: date-only fields live at UTC midnight. */
export function toUtcDate(value: Date): Date {
  return new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()));
}

/** `new Date("2027-02-30")` silently gives 2 March: a day the month does not have is an invalid date. */
function dayFromIso(iso: string): Date {
  const date = new Date(`${iso}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? date : new Date(Number.NaN);
}

/**
 * A calendar date. Accepts a Date or an ISO `YYYY-MM-DD` string (what a date input
 * gives) and yields a Date at UTC midnight.
 */
export const zDateOnly = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use the format YYYY-MM-DD")])
  .transform((v) => (typeof v === "string" ? dayFromIso(v) : v))
  .pipe(z.date({ error: "Not a valid date" }).refine((d) => !Number.isNaN(d.getTime()), "Not a valid date"))
  .transform(toUtcDate)
  .refine((d) => d.getUTCFullYear() >= 1990 && d.getUTCFullYear() <= 2100, "The year must be between 1990 and 2100");

export const zRequiredText = (max: number) =>
  z.string().trim().min(1, "Required").max(max, `At most ${max} characters`);

/** Optional free text: an empty string means "none". */
export const zOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

export const zCountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "Use the two-letter ISO 3166-1 code");

export const zSearch = z.string().trim().max(200).optional();

/** ISO `YYYY-MM-DD` of a date at UTC midnight (what a date input shows). */
export function formatDateOnly(date: Date): string {
  return date.toISOString().slice(0, 10);
}
