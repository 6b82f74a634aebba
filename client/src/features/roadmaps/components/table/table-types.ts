// The table's props' vocabulary, shared by its parts.
export type { RoadmapTableGroupBy } from "./display-rows.ts";

/** edit: every cell and the order; progress: the progress cells only; read: nothing. */
export type RoadmapTableMode = "edit" | "progress" | "read";
