// A cell's editor works on text (what the inputs hold); this turns an item's values into
// that text and back, validating with the shared schema of each field
// (ZRoadmapItemFields.shape.<field>), so a cell says what the server would say.
import { ZRoadmapItemFields } from "@hemicycle/shared/schemas/roadmaps";
import { messageFromIssue } from "@hemicycle/shared/messages";
import { renderMessage } from "../../../../lib/messages.ts";
import type { EditableItemField, ItemPatch, RoadmapItem } from "../../api/types.ts";
import { toCents } from "../../lib/money.ts";

/** The inputs' text, per field the cell edits. */
export type CellDraft = Partial<Record<EditableItemField, string>>;

export type ParsedDraft =
  { ok: true; patch: ItemPatch } | { ok: false; errors: Partial<Record<EditableItemField, string>> };

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function toText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return isoDay(value);
  return String(value);
}

export function draftOf(item: RoadmapItem, fields: readonly EditableItemField[]): CellDraft {
  return Object.fromEntries(fields.map((field) => [field, toText(item[field])]));
}

/** An empty date, cost or currency means "none": null, which the schemas accept. */
const NULLABLE_WHEN_EMPTY: ReadonlySet<EditableItemField> = new Set([
  "startDate",
  "endDate",
  "costEstimate",
  "currency",
]);

function sameValue(field: EditableItemField, a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  // "125000" is the stored "125000.00".
  if (field === "costEstimate" && typeof a === "string" && typeof b === "string") return toCents(a) === toCents(b);
  return a === b;
}

/**
 * The change the draft makes to the item (only the fields that changed), or each field's
 * message. Besides each field's own schema, the rules that tie fields together are
 * checked against the item as it is: the end not before the start, a cost with its
 * currency.
 */
export function parseDraft(item: RoadmapItem, draft: CellDraft): ParsedDraft {
  const errors: Partial<Record<EditableItemField, string>> = {};
  const values: Partial<Record<EditableItemField, unknown>> = {};
  for (const [field, raw] of Object.entries(draft) as [EditableItemField, string][]) {
    const input = NULLABLE_WHEN_EMPTY.has(field) && raw.trim() === "" ? null : raw;
    const result = ZRoadmapItemFields.shape[field].safeParse(input);
    if (result.success) values[field] = result.data;
    else errors[field] = renderMessage(messageFromIssue(result.error.issues[0]!));
  }
  if (Object.keys(errors).length) return { ok: false, errors };

  const after = { ...item, ...values };
  if (after.startDate && after.endDate && after.endDate < after.startDate) {
    const field = "endDate" in values ? "endDate" : "startDate";
    return { ok: false, errors: { [field]: renderMessage({ code: "endBeforeStart" }) } };
  }
  if (after.costEstimate !== null && after.currency === null) {
    return { ok: false, errors: { currency: renderMessage({ code: "currencyRequired" }) } };
  }

  const patch: ItemPatch = {};
  for (const [field, value] of Object.entries(values) as [EditableItemField, unknown][]) {
    if (!sameValue(field, value, item[field])) (patch as Record<string, unknown>)[field] = value;
  }
  return { ok: true, patch };
}
