// Keyset pagination shared by every list (docs/decisions/0019-keyset-cursors.md). A list
// names its order as keys (columns, or a column through relations), the id last; a page
// is read with `where` the rows after the cursor and `take` one row more than asked, to
// know whether there is a next page. The cursor is opaque to the client: the last row's
// key values and id, as base64url JSON. Reading from it costs the same at any depth, as
// an index on (keys…, id) starts right there, where Prisma's own cursor (which finds its
// row, then compares every key with a subquery) makes PostgreSQL walk every earlier row.
//
// A cursor holds only a position, never a record to look up: it cannot tell whether a
// hidden record exists. One that does not decode into this list's keys is refused as
// invalid input (400), whatever it names.
import { fieldError } from "./errors.ts";

export type Page<T> = { items: T[]; nextCursor: string | null };

type KeyValue = string | number | Date | null;

/** One key of a list's order. */
export type OrderKey = {
  /** The field, through relations when the key lives on another table: ["phase", "mission", "code"]. */
  path: readonly string[];
  direction: "asc" | "desc";
  /** What the values are; an enum's values in their declared order (the order PostgreSQL sorts them in). */
  type: "string" | "date" | "int" | readonly string[];
  /** The column may be null; nulls sort last in either direction. */
  nullable?: boolean;
  /**
   * The column holds few distinct values, each a long run of rows (a grade of 0–5, a
   * finding's severity): a page is then read from the cursor's value apart from the later
   * values (`parts`), since `k >= v` (or an enum's `IN`) would start the index at the
   * beginning of the value's run and filter the run up to the cursor. Not worth a second
   * statement where runs are short (a parliament's region: about 40 parliaments each).
   */
  fewValues?: boolean;
};

/**
 * A list's order: its keys, then the id in `idDirection` so that equal keys page stably.
 * W and O are the model's Prisma where and orderBy types, which the page is read with.
 */
export type Keyset<W = unknown, O = unknown> = {
  keys: readonly OrderKey[];
  idDirection: "asc" | "desc";
  /** Never set: carries W and O to `paginate`. */
  readonly types?: (where: W, orderBy: O) => void;
};

type Where = Record<string, unknown>;

/** Prisma's orderBy for a keyset: each key, then the id. */
export function keysetOrderBy<W, O>(keyset: Keyset<W, O>): O[] {
  return [
    ...keyset.keys.map((key) => {
      const order = key.nullable ? { sort: key.direction, nulls: "last" } : key.direction;
      return nest(key.path, order);
    }),
    { id: keyset.idDirection },
  ] as O[];
}

function nest(path: readonly string[], leaf: unknown): Where {
  return path.reduceRight<unknown>((inner, field) => ({ [field]: inner }), leaf) as Where;
}

function valueAt(row: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((value, field) => (value as Record<string, unknown> | null)?.[field], row);
}

export function encodeCursor(values: readonly KeyValue[]): string {
  return Buffer.from(JSON.stringify(values.map((v) => (v instanceof Date ? v.toISOString() : v)))).toString(
    "base64url",
  );
}

/** The cursor of a row: its key values and its id. */
export function cursorOf(keyset: Pick<Keyset, "keys">, row: { id: string }): string {
  return encodeCursor([...keyset.keys.map((key) => valueAt(row, key.path) as KeyValue), row.id]);
}

const invalidCursor = () => fieldError("cursor", "invalidValue");

/** A cursor's key values and id, checked against the keyset; anything else is invalid input. */
export function decodeCursor(keyset: Pick<Keyset, "keys">, cursor: string): { values: KeyValue[]; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== keyset.keys.length + 1) throw invalidCursor();
  const id = parsed.at(-1);
  if (typeof id !== "string" || id.length === 0 || id.length > 64) throw invalidCursor();
  const values = keyset.keys.map((key, i) => decodeValue(key, parsed[i]));
  return { values, id };
}

function decodeValue(key: OrderKey, value: unknown): KeyValue {
  if (value === null) {
    if (key.nullable) return null;
    throw invalidCursor();
  }
  if (key.type === "string" && typeof value === "string") return value;
  if (key.type === "int" && Number.isSafeInteger(value)) return value as number;
  if (key.type === "date" && typeof value === "string") {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime()) && date.toISOString() === value) return date;
  }
  if (Array.isArray(key.type) && typeof value === "string" && key.type.includes(value)) return value;
  throw invalidCursor();
}

/** A condition on one key: after (or equal to) a value in the key's direction. */
function after(key: OrderKey, value: KeyValue, strict: boolean): Where {
  const forward = key.direction === "asc";
  if (value === null) {
    // Nulls come last: after a null there are only nulls (then the id decides).
    return nest(key.path, strict ? { in: [] } : null);
  }
  let condition: unknown;
  if (Array.isArray(key.type)) {
    // Prisma compares enums only for equality: "after HIGH" is "one of those declared after it".
    const rank = key.type.indexOf(value as string);
    const later = forward ? key.type.slice(rank + (strict ? 1 : 0)) : key.type.slice(0, rank + (strict ? 0 : 1));
    condition = { in: later };
  } else {
    condition = { [forward ? (strict ? "gt" : "gte") : strict ? "lt" : "lte"]: value };
  }
  const where = nest(key.path, condition);
  // Nulls sort after every value.
  return key.nullable ? { OR: [where, nest(key.path, null)] } : where;
}

/** The rows after (values…, id) in the keyset's order, as a Prisma `where` (see keysetWhere). */
function afterPosition(keyset: Pick<Keyset, "keys" | "idDirection">, values: readonly KeyValue[], id: string): Where {
  const equal = (i: number) => nest(keyset.keys[i]!.path, values[i] === null ? null : { equals: values[i] });
  const branches: Where[] = [];
  for (let i = 0; i <= keyset.keys.length; i++) {
    const prefix = Array.from({ length: i }, (_, j) => equal(j));
    const beyond =
      i < keyset.keys.length
        ? after(keyset.keys[i]!, values[i]!, true)
        : { id: keyset.idDirection === "asc" ? { gt: id } : { lt: id } };
    branches.push(prefix.length ? { AND: [...prefix, beyond] } : beyond);
  }
  if (branches.length === 1) return branches[0]!;
  const first = keyset.keys[0];
  return first && values[0] !== null ? { AND: [after(first, values[0]!, false), { OR: branches }] } : { OR: branches };
}

/**
 * The rows after a cursor: (k1, …, kn, id) beyond (v1, …, vn, vid) in the keyset's order,
 * as Prisma can say it: k1 at or beyond v1 (what an index starts its scan from), and then
 * k1 beyond v1, or k1 = v1 and k2 beyond v2, …, or every key equal and the id beyond vid.
 */
export function keysetWhere<W, O>(keyset: Keyset<W, O>, cursor: string): W {
  const { values, id } = decodeCursor(keyset, cursor);
  return afterPosition(keyset, values, id) as W;
}

/**
 * Whether a page in this order is read in parts: when its first key holds long runs of
 * equal values (`fewValues`: an enum such as a severity, which Prisma compares only for
 * equality, so "after HIGH" is `severity IN (…)`), or may be null
 * ("nulls last" adds `OR key IS NULL`, and a descending order puts nulls where the index
 * does not), the one-statement `where` makes PostgreSQL read from the start of the cursor's
 * value and filter every row before the cursor (1.8–2.5× the first page, 20,000 rows deep).
 */
function readInParts(keyset: Pick<Keyset, "keys">): boolean {
  const first = keyset.keys[0];
  return first !== undefined && (first.nullable === true || first.fewValues === true);
}

type Part = { where: Where; orderBy: unknown[] };

/**
 * The parts of the rows after a cursor (or of the whole list) when the first key is an enum
 * or nullable, in order, each a `where` an index on (k1, …, id) starts from: for a column
 * of few values (`fewValues`), the rest of the cursor's value (k1 = v1 and the other keys and
 * the id beyond the cursor's), then the later values (`k1 > v1`, or for an enum `k1 IN`
 * the values declared after it, which PostgreSQL reads in index order); for a nullable
 * column of many values (a date), the values after the cursor as for any column (`k1 >= v1`
 * and beyond the cursor: its run of equal values is short); then the nulls. Each part is ordered by k1 in its
 * plain direction (nulls first when descending, as the index reads backwards: no part mixes
 * nulls and values, so the rows come in the keyset's order) then the other keys and the id;
 * PostgreSQL reads that order from the index, where "nulls last" made it sort or filter.
 * A part is read only when the parts before it did not fill the page, so most pages cost
 * one statement, and none more than three.
 */
function parts(keyset: Keyset, cursor: string | null | undefined): Part[] {
  const [first, ...others] = keyset.keys as [OrderKey, ...OrderKey[]];
  const rest = { keys: others, idDirection: keyset.idDirection };
  const orderBy = [nest(first.path, first.direction), ...keysetOrderBy(rest)];
  const nulls: Part[] = first.nullable ? [{ where: nest(first.path, null), orderBy }] : [];
  if (!cursor) return [{ where: first.nullable ? nest(first.path, { not: null }) : {}, orderBy }, ...nulls];
  const { values, id } = decodeCursor(keyset, cursor);
  const [value, ...otherValues] = values;
  const within = afterPosition(rest, otherValues, id);
  if (value === null) return [{ where: { AND: [nest(first.path, null), within] }, orderBy }];
  if (!first.fewValues) {
    // A nullable column compared as any other (`k1 >= v1` starts the scan; nulls fail it),
    // then the nulls: a second statement only on the page where the values end.
    const nonNull = { keys: [{ ...first, nullable: false }, ...others], idDirection: keyset.idDirection };
    return [{ where: afterPosition(nonNull, values, id), orderBy }, ...nulls];
  }
  const later = laterIsEmpty(first, value!)
    ? []
    : [{ where: after({ ...first, nullable: false }, value!, true), orderBy }];
  return [{ where: { AND: [nest(first.path, { equals: value }), within] }, orderBy }, ...later, ...nulls];
}

/** Whether no enum value is declared after `value` in the key's direction. */
function laterIsEmpty(key: OrderKey, value: KeyValue): boolean {
  if (!Array.isArray(key.type)) return false;
  const rank = key.type.indexOf(value as string);
  return key.direction === "asc" ? rank === key.type.length - 1 : rank === 0;
}

/**
 * A page of a list in the keyset's order: `fetch` reads with the `where` (the rows after
 * the cursor, to be ANDed with the list's own), `orderBy` and `take` it is given. Most
 * orders read a page in one call; an order whose first key is an enum or nullable reads it
 * in up to three parts, each from where its index starts (`readInParts`).
 */
export async function paginate<T extends { id: string }, W, O>(
  input: { cursor?: string | null | undefined; limit: number },
  keyset: Keyset<W, O>,
  fetch: (args: { where: W; orderBy: O[]; take: number }) => Promise<T[]>,
): Promise<Page<T>> {
  let rows: T[];
  if (readInParts(keyset)) {
    rows = [];
    for (const part of parts(keyset as Keyset, input.cursor)) {
      const take = input.limit + 1 - rows.length;
      rows.push(...(await fetch({ where: part.where as W, orderBy: part.orderBy as O[], take })));
      if (rows.length > input.limit) break;
    }
  } else {
    rows = await fetch({
      where: input.cursor ? keysetWhere(keyset, input.cursor) : ({} as W),
      orderBy: keysetOrderBy(keyset),
      take: input.limit + 1,
    });
  }
  const hasMore = rows.length > input.limit;
  const items = hasMore ? rows.slice(0, input.limit) : rows;
  return { items, nextCursor: hasMore ? cursorOf(keyset, items.at(-1)!) : null };
}

/**
 * Every row of a list in the keyset's order, a page of `pageSize` at a time (the exports):
 * each page read from where the last ended, as `paginate` reads a list's pages.
 */
export async function* keysetPages<T extends { id: string }, W, O>(
  keyset: Keyset<W, O>,
  pageSize: number,
  fetch: (args: { where: W; orderBy: O[]; take: number }) => Promise<T[]>,
): AsyncGenerator<T[]> {
  let cursor: string | null = null;
  do {
    const page: Page<T> = await paginate({ cursor, limit: pageSize }, keyset, fetch);
    if (page.items.length > 0) yield page.items;
    cursor = page.nextCursor;
  } while (cursor);
}

/** A list's total: exact up to the cap, else the cap with `totalCapped` (more match). */
export type CappedTotal = { total: number; totalCapped: boolean };

/**
 * How many rows a list's filters match, counting at most `cap` + 1 of them: `count` is the
 * model's count with the list's own `where` and the `take` given, which Prisma reads as
 * `SELECT COUNT(*) FROM (SELECT … WHERE … ORDER BY … LIMIT cap + 1)`, so PostgreSQL stops
 * there rather than counting every match (all 500,000 findings of an unfiltered list at full
 * scale). Prisma orders that subquery (by the id unless told): a list gives it a column its
 * filters hold to one value when there is one (`countOrder`), which PostgreSQL then drops,
 * free to read the matches from any index or the table.
 */
/**
 * The order for a capped count: the first of `columns` the filters hold to one value (a
 * string, not a list of them), else the id (the primary key, read in order).
 */
export function countOrder<F, K extends keyof F & string>(
  filters: F,
  columns: readonly K[],
): { [C in K | "id"]?: "asc" } {
  const held = columns.find((column) => typeof filters[column] === "string");
  return { [held ?? "id"]: "asc" } as { [C in K | "id"]?: "asc" };
}

export async function cappedTotal(
  count: (args: { take: number }) => Promise<number>,
  cap: number,
): Promise<CappedTotal> {
  const counted = await count({ take: cap + 1 });
  return counted > cap ? { total: cap, totalCapped: true } : { total: counted, totalCapped: false };
}
