// fast-check arbitraries for the procedures' inputs, derived from their zod v4 schemas by
// walking `schema._zod.def` (docs/decisions/0017-fuzzing-with-our-own-zod-walker.md says
// why no library does it), and garbage to send instead.
//
// The walker covers the kinds of schema our procedures use (object, string with its
// length, format and pattern checks, number, enum, literal, array, union, optional,
// nullable, default, pipe, date, boolean) and names anything else, so that a new kind
// fails loudly instead of being fuzzed with nothing. Strings whose key names a record
// (`id`, `missionId`, `itemIds`…) are drawn mostly from the seeded database's real ids,
// so that calls get past "not found" and reach the code behind it. What the walker
// cannot express (refinements across fields, such as an end after a start) is left to
// the caller, which keeps only the inputs the schema accepts.
import fc from "fast-check";

/** The parts of a zod v4 schema the walker reads (zod itself is not a dependency of the tests). */
type ZodLike = { _zod: { def: ZodDef } };
type ZodDef = {
  type: string;
  format?: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, ZodLike>;
  options?: ZodLike[];
  innerType?: ZodLike;
  element?: ZodLike;
  in?: ZodLike;
  out?: ZodLike;
  entries?: Record<string, string | number>;
  values?: unknown[];
};
type CheckDef = {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
};

/** Real ids by record kind (see `poolFor`), for the walker to draw from. */
export type IdPools = Record<string, string[]> & { any: string[] };

/** Which pool a key's ids come from: `phaseId`, `fromPhaseId` → phase; `dependsOn`, `itemIds` → roadmapItem. */
export function poolFor(key: string | undefined): string | undefined {
  if (!key) return undefined;
  if (/password$/i.test(key)) return "password";
  if (key === "id") return "id";
  if (key === "cursor") return "any";
  if (key === "dependsOn" || /^items?(Ids?)?$/.test(key)) return "roadmapItem";
  const match = /^(?:from|to)?([A-Za-z]+?)Ids?$/.exec(key);
  if (!match) return undefined;
  const kind = match[1]!;
  return kind.charAt(0).toLowerCase() + kind.slice(1);
}

/** Keys whose small integers name a version, revision or page: mostly 1 to 5, so some match. */
const SMALL_NUMBER_KEYS = new Set(["version", "revision", "number", "from", "to", "limit"]);

const REAL_ID_WEIGHT = 6;

function checksOf(def: ZodDef): CheckDef[] {
  return (def.checks ?? []).map((c) => c._zod.def);
}

function stringArbitrary(def: ZodDef, key: string | undefined, pools: IdPools): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const min = Math.max(0, ...checks.filter((c) => c.check === "min_length").map((c) => c.minimum ?? 0));
  const max = Math.min(...checks.filter((c) => c.check === "max_length").map((c) => c.maximum ?? Infinity));
  const pattern = checks.find((c) => c.check === "string_format" && c.format === "regex")?.pattern;
  const format = def.format ?? checks.find((c) => c.check === "string_format" && c.format !== "regex")?.format;
  const length = { minLength: min, maxLength: Math.max(min, Math.min(max, 80)) };
  const withinMax = (s: string) => s.length <= max;

  let base: fc.Arbitrary<string>;
  if (format === "email") base = fc.oneof(fc.emailAddress(), fc.constantFrom(...(pools.email ?? ["a@b.example"])));
  else if (format === "url") base = fc.webUrl({ validSchemes: ["http", "https"] });
  else if (pattern)
    base = fc
      .stringMatching(pattern)
      .map((s) => s.slice(0, Number.isFinite(max) ? max : undefined))
      .filter((s) => s.length >= min && pattern.test(s));
  else
    base = fc.oneof(
      { arbitrary: fc.string(length), weight: 4 },
      { arbitrary: fc.string({ ...length, unit: "grapheme" }), weight: 2 },
      // Any code unit: NUL, lone surrogates, controls.
      { arbitrary: fc.string({ ...length, unit: "binary" }), weight: 1 },
      // The longest the schema allows, where that is not absurd.
      { arbitrary: fc.constant("x".repeat(Math.max(min, Math.min(max, 20_000)))), weight: 1 },
    );
  base = base.filter(withinMax);

  const pool = poolFor(key);
  const ids = pool ? (pools[pool] ?? pools.any) : undefined;
  if (ids && ids.length > 0 && !format && !pattern) {
    return fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: REAL_ID_WEIGHT }, { arbitrary: base, weight: 1 });
  }
  return base;
}

function numberArbitrary(def: ZodDef, key: string | undefined): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const integer = checks.some((c) => c.check === "number_format" && (c.format === "safeint" || c.format === "int32"));
  let min = integer ? Number.MIN_SAFE_INTEGER : -1e12;
  let max = integer ? Number.MAX_SAFE_INTEGER : 1e12;
  for (const c of checks) {
    const step = c.inclusive ? 0 : integer ? 1 : 1e-6;
    if (c.check === "greater_than") min = Math.max(min, (c.value ?? 0) + step);
    if (c.check === "less_than") max = Math.min(max, (c.value ?? 0) - step);
  }
  const any = integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  if (key && SMALL_NUMBER_KEYS.has(key) && integer) {
    const low = Math.max(min, 1);
    const small = fc.integer({ min: low, max: Math.max(low, Math.min(max, low + 4)) });
    return fc.oneof({ arbitrary: small, weight: 5 }, { arbitrary: any, weight: 1 });
  }
  if (integer && min <= 2100 && max >= 1990 && key && /year|horizon/i.test(key)) {
    return fc.oneof({ arbitrary: fc.integer({ min: Math.max(min, 2020), max: Math.min(max, 2040) }), weight: 5 }, any);
  }
  return any;
}

/** Dates as the procedures take them: a Date at some time of day, or an ISO day (mostly near today, some far). */
const dayArbitrary = fc
  .oneof(
    {
      arbitrary: fc.date({ min: new Date("2024-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }),
      weight: 4,
    },
    {
      arbitrary: fc.date({ min: new Date("1990-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }),
      weight: 1,
    },
  )
  .chain((date) => fc.constantFrom<Date | string>(date, date.toISOString().slice(0, 10)));

/** Fields that come in pairs whose second must not come before the first (and, for dates, within a year or so). */
const ORDERED_PAIRS = [
  ["startDate", "endDate"],
  ["actualStartDate", "actualEndDate"],
  ["availableFrom", "availableTo"],
  ["from", "to"],
  ["horizonStart", "horizonEnd"],
] as const;

const timeOf = (value: unknown) =>
  value instanceof Date ? value.getTime() : typeof value === "string" ? Date.parse(value) : Number.NaN;

/** Puts each ordered pair of a generated object in order, keeping the form (Date or ISO day) of each. */
function ordered(record: Record<string, unknown>): Record<string, unknown> {
  const out = { ...record };
  for (const [first, second] of ORDERED_PAIRS) {
    const a = out[first];
    const b = out[second];
    if (typeof a === "number" && typeof b === "number") {
      if (b < a || b - a > 8) [out[first], out[second]] = [Math.min(a, b), Math.min(a, b) + (Math.abs(b - a) % 9)];
      continue;
    }
    const ta = timeOf(a);
    const tb = timeOf(b);
    if (Number.isNaN(ta) || Number.isNaN(tb)) continue;
    const day = 86_400_000;
    const start = Math.min(ta, tb);
    const end = new Date(start + (Math.abs(tb - ta) % (360 * day)));
    out[first] = typeof a === "string" ? new Date(start).toISOString().slice(0, 10) : new Date(start);
    out[second] = typeof b === "string" ? end.toISOString().slice(0, 10) : end;
  }
  return out;
}

/**
 * An arbitrary of values the schema should accept (most of them: refinements across
 * fields are not modelled). `key` is the object key the schema sits under.
 */
export function validArbitrary(schema: ZodLike, pools: IdPools, key?: string): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  switch (def.type) {
    case "object": {
      const shape = def.shape ?? {};
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      const requiredKeys: string[] = [];
      for (const [name, field] of Object.entries(shape)) {
        model[name] = validArbitrary(field, pools, name);
        const fieldType = field._zod.def.type;
        if (fieldType !== "optional" && fieldType !== "default") requiredKeys.push(name);
      }
      return fc.record(model, { requiredKeys }).map((record) => ordered(record));
    }
    case "string":
      return stringArbitrary(def, key, pools);
    case "number":
      return numberArbitrary(def, key);
    case "boolean":
      return fc.boolean();
    case "date":
      return dayArbitrary;
    case "enum":
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case "literal":
      return fc.constantFrom(...(def.values ?? []));
    case "array": {
      const checks = checksOf(def);
      const minLength = Math.max(0, ...checks.filter((c) => c.check === "min_length").map((c) => c.minimum ?? 0));
      const max = Math.min(...checks.filter((c) => c.check === "max_length").map((c) => c.maximum ?? Infinity));
      return fc.array(validArbitrary(def.element!, pools, key), {
        minLength,
        maxLength: Math.max(minLength, Math.min(max, 6)),
      });
    }
    case "union":
      // A day taken as a Date or an ISO string: the day arbitrary makes both, real days
      // (the string option's pattern alone would make "0000-99-99").
      if (def.options!.some((option) => option._zod.def.type === "date")) return dayArbitrary;
      return fc.oneof(...def.options!.map((option) => validArbitrary(option, pools, key)));
    case "optional":
    case "default":
      return fc.option(validArbitrary(def.innerType!, pools, key), { nil: undefined, freq: 4 });
    case "nullable":
      return fc.option(validArbitrary(def.innerType!, pools, key), { nil: null, freq: 4 });
    case "pipe":
      // What the pipe takes in; its transforms and the schema after them run on the server.
      return def.in!._zod.def.type === "transform"
        ? validArbitrary(def.out!, pools, key)
        : validArbitrary(def.in!, pools, key);
    default:
      throw new Error(`fuzz: no arbitrary for a zod "${def.type}" schema (under key ${key ?? "(root)"})`);
  }
}

/** The keys an attacker tries for prototype pollution. */
export const PROTO_KEYS = ["__proto__", "constructor", "prototype"] as const;

/** An object with `__proto__` and `constructor` as own keys, as JSON.parse makes them from a request body. */
export function withProtoKeys(base: unknown): unknown {
  const object = base !== null && typeof base === "object" && !Array.isArray(base) ? base : {};
  const text = JSON.stringify(object) ?? "{}";
  const extra = '"__proto__":{"polluted":"yes","isAdmin":true},"constructor":{"prototype":{"polluted":"yes"}}';
  return JSON.parse(text === "{}" ? `{${extra}}` : `{${extra},${text.slice(1)}`);
}

/** `{ a: { a: … } }` `depth` levels deep (or arrays), built without recursion. */
export function deeplyNested(depth: number, kind: "object" | "array" = "object"): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = kind === "object" ? { a: value } : [value];
  return value;
}

const hugeString = fc.constantFrom(
  "x".repeat(100_000),
  "\u202e".repeat(20_000),
  "\u200b".repeat(50_000),
  "'; DROP TABLE missions; --".repeat(2_000),
  "\u0000".repeat(1_000),
  "🏛️".repeat(30_000),
);

/** A value of a type no field wants, for swapping into a valid input. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false, 0, -1, Number.NaN, Infinity, -Infinity, 1e308, -0, 2 ** 53),
  fc.constantFrom("", " ", "null", "undefined", "NaN", "0000-00-00", "2027-02-30", "../../etc/passwd"),
  fc.constantFrom([], {}, [[]], [null], { id: null }, new Date(Number.NaN), new Date(8.64e15)),
  hugeString,
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.array(fc.anything(), { maxLength: 4 }),
  fc.constantFrom(deeplyNested(300), deeplyNested(300, "array")),
);

/**
 * Garbage: anything at all, the valid input with one field of the wrong type, a huge
 * string or deep nesting in its place, or prototype-pollution keys beside real fields.
 */
export function garbageArbitrary(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const anything = fc.anything({
    maxDepth: 4,
    maxKeys: 6,
    key: fc.oneof(fc.string(), fc.constantFrom(...PROTO_KEYS, "id", "version", "toString", "valueOf", "then")),
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withTypedArray: true,
    withSparseArray: true,
    withBoxedValues: true,
    withUnicodeString: true,
  });
  const oneFieldWrong = fc.tuple(valid, wrongValue, fc.nat()).map(([input, wrong, pick]) => {
    if (input === null || typeof input !== "object" || Array.isArray(input)) return wrong;
    const keys = Object.keys(input);
    if (keys.length === 0) return { unexpected: wrong };
    return { ...input, [keys[pick % keys.length]!]: wrong };
  });
  return fc.oneof(
    { arbitrary: anything, weight: 3 },
    { arbitrary: oneFieldWrong, weight: 4 },
    { arbitrary: valid.map(withProtoKeys), weight: 1 },
    { arbitrary: wrongValue, weight: 1 },
    { arbitrary: fc.constantFrom(deeplyNested(2_000), deeplyNested(2_000, "array")), weight: 1 },
  );
}
