// A roadmap page's view and grouping live in the address (`?view=timeline&group=area`):
// a view can be shared, survives a reload, and Back returns to the previous view. The
// editor and the review page read and set them alike.
import { useCallback } from "react";
import { useSearchParams } from "react-router";
import { ROADMAP_GROUPINGS, type RoadmapGrouping } from "../lib/grouping.ts";

export const ROADMAP_VIEWS = ["table", "timeline", "coverage", "history", "comments"] as const;
export type RoadmapView = (typeof ROADMAP_VIEWS)[number];

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.includes(value as T) ? (value as T) : fallback;
}

/** `views`: the views the page offers (ROADMAP_VIEWS, or the review's plan only); the first is the default. */
export function useRoadmapView<V extends RoadmapView>(views: readonly V[]) {
  const [params, setParams] = useSearchParams();
  const view = oneOf(views, params.get("view"), views[0]!);
  const groupBy = oneOf(ROADMAP_GROUPINGS, params.get("group"), "none");

  const set = useCallback(
    (key: "view" | "group", value: string, fallback: string, replace: boolean) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value === fallback) next.delete(key);
          else next.set(key, value);
          return next;
        },
        { replace },
      ),
    [setParams],
  );

  /** A new entry in the history: Back returns to the view before. */
  const setView = useCallback((next: V) => set("view", next, "table", false), [set]);
  /** Grouping replaces the entry: Back leaves the view, not the grouping. */
  const setGroupBy = useCallback((next: RoadmapGrouping) => set("group", next, "none", true), [set]);
  /** The address of a view with the rest of the query kept, for links. */
  const hrefOf = useCallback(
    (next: V) => {
      const search = new URLSearchParams(params);
      if (next === "table") search.delete("view");
      else search.set("view", next);
      const query = search.toString();
      return query ? `?${query}` : "?";
    },
    [params],
  );
  return { view, groupBy, setView, setGroupBy, hrefOf };
}
