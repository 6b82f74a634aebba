// Building blocks shared by the procedure inputs of every domain.
import { z } from "zod";
import { hasVisibleText, stripBidiControls } from "../text.ts";

export const zId = z.string().min(1).max(64);
/**
 * The largest number a PostgreSQL `integer` column holds: whole-number inputs stop there,
 * so a larger one is refused as invalid input rather than failing in the database.
 */
export const MAX_DB_INT = 2_147_483_647;
export const zVersion = z.number().int().min(1).max(MAX_DB_INT);

export const ZByIdInput = z.object({ id: zId });
export type TByIdInput = z.infer<typeof ZByIdInput>;

export const MAX_PAGE_SIZE = 100;

/**
 * The most matches a long list (missions, findings) counts for its total: past it the list
 * answers this number with `totalCapped: true` ("more than 10,000 match"), as counting
 * every one of 500,000 findings cost most of each page (docs/performance.md, "Lists at depth").
 */
export const LIST_TOTAL_CAP = 10_000;
const DEFAULT_PAGE_SIZE = 25;

/**
 * Every list takes `{ cursor?, limit? }`; the limit is capped at 100. A cursor is what the
 * previous page answered as `nextCursor`: opaque, the last row's sort keys (up to two
 * 200-character texts) and id in base64url (server/src/lib/pagination.ts).
 */
export const zPagination = z.object({
  cursor: z.string().min(1).max(2048).nullish(),
  limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});

/** Strips the time part: date-only fields live at UTC midnight. */
function toUtcDate(value: Date): Date {
  return new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()));
}

/** `new Date("2027-02-30")` silently gives 2 March: a day the month does not have is an invalid date. */
function dayFromIso(iso: string): Date {
  const date = new Date(`${iso}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? date : new Date(Number.NaN);
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/**
 * A calendar date. Accepts a Date or an ISO `YYYY-MM-DD` string (what a date input
 * gives) and yields a Date at UTC midnight.
 */
export const zDateOnly = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dateFormat")], { error: "dateFormat" })
  .transform((v) => (typeof v === "string" ? dayFromIso(v) : v))
  .pipe(z.date({ error: "invalidDate" }).refine((d) => !Number.isNaN(d.getTime()), "invalidDate"))
  .transform(toUtcDate)
  .refine((d) => d.getUTCFullYear() >= MIN_YEAR && d.getUTCFullYear() <= MAX_YEAR, {
    message: "yearRange",
    params: { minimum: MIN_YEAR, maximum: MAX_YEAR },
  });

/**
 * PostgreSQL's text cannot hold a NUL character (it refuses the whole statement): free
 * text with one is refused as invalid input rather than failing in the database.
 */
const isStorableText = (text: string) => !text.includes("\u0000");

/**
 * Required text: bidirectional controls stripped (a U+202E would turn the rest of a list
 * line around), trimmed, and refused as `required` when nothing visible is left (a title
 * made of zero-width spaces is empty). See text.ts and docs/security.md.
 */
export const zRequiredText = (max: number) =>
  z
    .string()
    .overwrite(stripBidiControls)
    .trim()
    .min(1)
    .max(max)
    .refine((v) => v.length === 0 || hasVisibleText(v), { message: "required" })
    .refine(isStorableText, { message: "unstorableCharacter" });

/** Optional free text: an empty string, or one with nothing visible in it, means "none". */
export const zOptionalText = (max: number) =>
  z
    .string()
    .overwrite(stripBidiControls)
    .trim()
    .max(max)
    .refine(isStorableText, { message: "unstorableCharacter" })
    .nullish()
    .transform((v) => (v && hasVisibleText(v) ? v : null));

export const zCountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "countryCode");

export const zSearch = z.string().trim().max(200).optional();

/**
 * A web address people will open from the app: http or https only, so that a stored
 * `javascript:` or `data:` address can never run in a reader's browser.
 */
export const zWebAddress = z.httpUrl().max(500);
