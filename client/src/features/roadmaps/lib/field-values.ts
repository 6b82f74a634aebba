// How the roadmap's and its items' fields read to a person: a field's label, an enum
// value's label and the choices of a select, a value in words (dates as everywhere in the
// app, a cost with its currency), and whether two values are the same. The forms, the
// table, the item view, the conflict view and the comparison all word fields through
// here, so a field is called the same and reads the same on every screen.
import { ICT_AREA_CODES, PRIORITIES, PROGRESS_STATUSES, TERMS } from "@hemicycle/shared/enums";
import type { RoadmapField } from "@hemicycle/shared/schemas/roadmaps";
import i18n from "../../../lib/i18n.ts";
import { formatDate } from "../../../lib/format.ts";
import type { EditableItemField } from "../api/types.ts";
import { formatCost } from "./money.ts";

/** The roadmap's own fields (title, vision, horizon), as shared/ lists them. */
export type RoadmapDetailsField = RoadmapField;
/** An item's links, which a comparison names as fields (their values already titles). */
type ItemLinkField = "dependsOn" | "findings";
/** Every field a screen names: the roadmap's, an item's, an item's links. */
export type LabelledField = EditableItemField | RoadmapDetailsField | ItemLinkField;

/** A field's label; a field this client does not know (a newer server's) is named as sent. */
export function fieldLabel(field: LabelledField | (string & {})): string {
  const key = `roadmap.field.${field}`;
  return i18n.exists(key) ? (i18n.t(key as never) as string) : field;
}

/** The enum fields, with their values in order and the catalogue that labels them (`priority.HIGH`…). */
const ENUMS = {
  area: { values: ICT_AREA_CODES, catalogue: "ictArea" },
  priority: { values: PRIORITIES, catalogue: "priority" },
  term: { values: TERMS, catalogue: "term" },
  progress: { values: PROGRESS_STATUSES, catalogue: "progress" },
} as const;

export type EnumField = keyof typeof ENUMS;

const isEnumField = (field: string): field is EnumField => Object.hasOwn(ENUMS, field);

/** "HIGH" → "High"; a value this client does not know reads as sent. */
export function enumLabel(field: EnumField, value: string): string {
  return i18n.t(`${ENUMS[field].catalogue}.${value}` as never, { defaultValue: value }) as string;
}

/** An enum field's values, in their order, labelled: a select's options. */
export function enumOptions(field: EnumField): { value: string; label: string }[] {
  return ENUMS[field].values.map((value) => ({ value, label: enumLabel(field, value) }));
}

/** What a value is read against: the item's currency, for its cost. */
export type ValueContext = { currency?: string | null | undefined };

/**
 * A value of a field in words, or null when there is none (each screen says "none" its
 * own way). Values come as an item holds them (dates, decimal strings) or as a comparison
 * sends them (enum codes, `YYYY-MM-DD` dates, links already as titles).
 */
export function formatFieldValue(field: string, value: unknown, context: ValueContext = {}): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (isEnumField(field)) return enumLabel(field, String(value));
  switch (field) {
    case "startDate":
    case "endDate":
      if (value instanceof Date) return formatDate(value);
      return /^\d{4}-\d{2}-\d{2}/.test(String(value)) ? formatDate(String(value)) : String(value);
    case "costEstimate":
      return formatCost(String(value), context.currency);
    default:
      return String(value);
  }
}

/** A value of a field in words; "(empty)" for none. */
export function fieldText(field: string, value: unknown, context?: ValueContext): string {
  return formatFieldValue(field, value, context) ?? i18n.t("roadmap.noValue");
}

/** Two values of a field are the same (dates by day, costs by amount, empty text as none). */
export function sameFieldValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v === "" || v === undefined ? null : v);
  const x = norm(a);
  const y = norm(b);
  if (x instanceof Date || y instanceof Date) {
    return x instanceof Date && y instanceof Date && x.getTime() === y.getTime();
  }
  if (typeof x === "string" && typeof y === "string" && /^[\d.]+$/.test(x) && /^[\d.]+$/.test(y)) {
    return Number(x) === Number(y);
  }
  return x === y;
}
