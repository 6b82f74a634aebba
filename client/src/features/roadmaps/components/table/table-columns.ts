// The table's columns: which item fields each one shows and edits, how it sorts, how wide
// it is and whether a phone shows it without asking. The long texts (description,
// expected benefit, KPI) are not columns: the item's dialog holds them.
import { ICT_AREA_CODES, PRIORITIES, PROGRESS_STATUSES, TERMS } from "@hemicycle/shared/enums";
import type { EditableItemField, RoadmapItem } from "../../api/types.ts";
import type { EnumField } from "../../lib/field-values.ts";
import type { RoadmapViewMode } from "../../lib/abilities.ts";

export type ColumnId =
  | "drag"
  | "number"
  | "title"
  | "area"
  | "priority"
  | "startDate"
  | "endDate"
  | "dates"
  | "cost"
  | "progress"
  | "term"
  | "strategicObjective"
  | "responsibleUnit"
  | "fundingSource"
  | "progressNote";

export type EditorKind = "text" | "select" | "date" | "cost";

/**
 * Where a column shows: always; on a wide screen (and on a phone once "more columns" is
 * asked for); or only on a phone's compact table (the start and end in one cell).
 */
export type ColumnShown = "always" | "wide" | "compact";

export type ColumnSpec = {
  id: ColumnId;
  /** The item fields the column edits (cost edits the amount and its currency). */
  fields: readonly EditableItemField[];
  editor: EditorKind | null;
  /** A select's enum field, whose values are the choices. */
  choices?: EnumField;
  /** Width in rem on a wide screen and on a phone. */
  width: { wide: number; narrow: number };
  shown: ColumnShown;
  /** A sortable value; undefined sorts last. */
  sortValue?: (item: RoadmapItem) => string | number | undefined;
  align?: "end";
};

const time = (date: Date | null) => (date ? date.getTime() : undefined);
const text = (value: string | null) => value?.trim() || undefined;

// In this order a 1280-pixel screen shows the title through the progress without scrolling.
export const COLUMN_SPECS: readonly ColumnSpec[] = [
  { id: "drag", fields: [], editor: null, width: { wide: 2.25, narrow: 2.25 }, shown: "wide" },
  // On a phone the number goes into the title's cell, which opens the item when tapped.
  { id: "number", fields: [], editor: null, width: { wide: 2.75, narrow: 2.25 }, shown: "wide" },
  {
    id: "title",
    fields: ["title"],
    editor: "text",
    width: { wide: 17, narrow: 9.25 },
    shown: "always",
    sortValue: (item) => item.title,
  },
  {
    id: "area",
    fields: ["area"],
    editor: "select",
    choices: "area",
    width: { wide: 9, narrow: 9 },
    shown: "wide",
    sortValue: (item) => ICT_AREA_CODES.indexOf(item.area),
  },
  {
    id: "priority",
    fields: ["priority"],
    editor: "select",
    choices: "priority",
    width: { wide: 6.5, narrow: 6.5 },
    shown: "wide",
    sortValue: (item) => PRIORITIES.indexOf(item.priority),
  },
  {
    id: "startDate",
    fields: ["startDate"],
    editor: "date",
    width: { wide: 7.75, narrow: 7.75 },
    shown: "wide",
    sortValue: (item) => time(item.startDate),
  },
  {
    id: "endDate",
    fields: ["endDate"],
    editor: "date",
    width: { wide: 7.75, narrow: 7.75 },
    shown: "wide",
    sortValue: (item) => time(item.endDate),
  },
  {
    id: "dates",
    fields: ["startDate", "endDate"],
    editor: "date",
    width: { wide: 7, narrow: 6 },
    shown: "compact",
    sortValue: (item) => time(item.startDate),
  },
  {
    id: "cost",
    fields: ["costEstimate", "currency"],
    editor: "cost",
    width: { wide: 10, narrow: 10 },
    shown: "wide",
    // Amounts in different currencies are not comparable: by currency, then amount.
    sortValue: (item) =>
      item.costEstimate === null ? undefined : `${item.currency ?? ""}${item.costEstimate.padStart(16, "0")}`,
    align: "end",
  },
  {
    id: "progress",
    fields: ["progress"],
    editor: "select",
    choices: "progress",
    // Wide enough for "Non commencée" and "Sin comenzar" on one line; a phone's narrow column wraps it.
    width: { wide: 9, narrow: 6 },
    shown: "always",
    sortValue: (item) => PROGRESS_STATUSES.indexOf(item.progress),
  },
  {
    id: "term",
    fields: ["term"],
    editor: "select",
    choices: "term",
    width: { wide: 7.5, narrow: 7.5 },
    shown: "wide",
    sortValue: (item) => TERMS.indexOf(item.term),
  },
  {
    id: "strategicObjective",
    fields: ["strategicObjective"],
    editor: "text",
    width: { wide: 12, narrow: 10 },
    shown: "wide",
    sortValue: (item) => text(item.strategicObjective),
  },
  {
    id: "responsibleUnit",
    fields: ["responsibleUnit"],
    editor: "text",
    width: { wide: 10, narrow: 9 },
    shown: "wide",
    sortValue: (item) => text(item.responsibleUnit),
  },
  {
    id: "fundingSource",
    fields: ["fundingSource"],
    editor: "text",
    width: { wide: 10, narrow: 9 },
    shown: "wide",
    sortValue: (item) => text(item.fundingSource),
  },
  {
    id: "progressNote",
    fields: ["progressNote"],
    editor: "text",
    width: { wide: 13, narrow: 10 },
    shown: "wide",
    sortValue: (item) => text(item.progressNote),
  },
];

/** The column is shown: on a phone's compact table, or in the full one. */
export function isShown(spec: ColumnSpec, compact: boolean, mode: RoadmapViewMode): boolean {
  if (spec.id === "drag" && mode !== "edit") return false;
  if (spec.shown === "always") return true;
  return compact ? spec.shown === "compact" : spec.shown === "wide";
}

/** Progress is not the plan: what a progress update may change. */
const PROGRESS_COLUMNS: ReadonlySet<ColumnId> = new Set(["progress", "progressNote"]);

/** The column's cells can be edited in this mode. */
export function isEditable(spec: ColumnSpec, mode: RoadmapViewMode): boolean {
  if (spec.editor === null || mode === "read") return false;
  return mode === "edit" || PROGRESS_COLUMNS.has(spec.id);
}
