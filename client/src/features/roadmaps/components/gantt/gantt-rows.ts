// The Gantt's rows: the items in their roadmap order, under a header row per group when
// the editor groups them. Groups come in the order of their first item; items without a
// value for the grouping (no objective, no unit) come last, under "None".
import type { RoadmapItem } from "../../api/types.ts";
import { groupValue, type RoadmapGrouping } from "../../lib/grouping.ts";

export type GanttRow =
  | { kind: "group"; key: string; value: string | null; count: number }
  | { kind: "item"; key: string; item: RoadmapItem };

export const ROW_HEIGHT = 40;
export const GROUP_ROW_HEIGHT = 32;

export function buildRows(items: readonly RoadmapItem[], groupBy: RoadmapGrouping): GanttRow[] {
  if (groupBy === "none") return items.map((item) => ({ kind: "item", key: item.id, item }));
  const groups = new Map<string | null, RoadmapItem[]>();
  for (const item of items) {
    const value = groupValue(item, groupBy);
    const group = groups.get(value);
    if (group) group.push(item);
    else groups.set(value, [item]);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => Number(a === null) - Number(b === null));
  const rows: GanttRow[] = [];
  for (const [value, members] of ordered) {
    rows.push({ kind: "group", key: `group:${value ?? ""}`, value, count: members.length });
    for (const item of members) rows.push({ kind: "item", key: item.id, item });
  }
  return rows;
}
