// The rows the table shows, in order: the items (already sorted by the table), and when
// grouped, a header row before each group with its item count and cost subtotal per
// currency. Groups by ICT area follow the taxonomy's order; objectives and units read
// alphabetically, with the items that have none last.
import { ICT_AREA_CODES } from "@hemicycle/shared/enums";
import type { RoadmapItem } from "../../api/types.ts";
import { groupValue, type RoadmapGrouping } from "../../lib/grouping.ts";
import type { Amounts } from "../../lib/money.ts";
import { sumByCurrency } from "./cost-totals.ts";

export type GroupRow = {
  kind: "group";
  /** The grouped value, or null for "none set". */
  value: string | null;
  /** Items shown under this header. */
  count: number;
  subtotal: Amounts;
};

export type ItemRow = { kind: "item"; item: RoadmapItem; group: string | null };

export type DisplayRow = GroupRow | ItemRow;

function compareGroups(groupBy: RoadmapGrouping) {
  return (a: string | null, b: string | null): number => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    if (groupBy === "area") {
      return (
        ICT_AREA_CODES.indexOf(a as (typeof ICT_AREA_CODES)[number]) -
        ICT_AREA_CODES.indexOf(b as (typeof ICT_AREA_CODES)[number])
      );
    }
    return a.localeCompare(b);
  };
}

export function displayRows(items: readonly RoadmapItem[], groupBy: RoadmapGrouping): DisplayRow[] {
  if (groupBy === "none") return items.map((item) => ({ kind: "item", item, group: null }));
  const groups = new Map<string | null, RoadmapItem[]>();
  for (const item of items) {
    const value = groupValue(item, groupBy);
    const members = groups.get(value);
    if (members) members.push(item);
    else groups.set(value, [item]);
  }
  const rows: DisplayRow[] = [];
  for (const value of [...groups.keys()].sort(compareGroups(groupBy))) {
    const members = groups.get(value) ?? [];
    rows.push({ kind: "group", value, count: members.length, subtotal: sumByCurrency(members) });
    for (const item of members) rows.push({ kind: "item", item, group: value });
  }
  return rows;
}
