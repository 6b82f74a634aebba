// How the table and the timeline may group a roadmap's items, and the value an item is
// grouped under. Each view orders its groups its own way (the table by the taxonomy and
// alphabetically, the timeline by the first item of each).
import type { RoadmapItem } from "../api/types.ts";

export const ROADMAP_GROUPINGS = ["none", "area", "objective", "unit"] as const;
export type RoadmapGrouping = (typeof ROADMAP_GROUPINGS)[number];

/** The value an item is grouped under; null when it has none (no objective, no unit) or nothing is grouped. */
export function groupValue(item: RoadmapItem, groupBy: RoadmapGrouping): string | null {
  switch (groupBy) {
    case "area":
      return item.area;
    case "objective":
      return item.strategicObjective?.trim() || null;
    case "unit":
      return item.responsibleUnit?.trim() || null;
    case "none":
      return null;
  }
}
