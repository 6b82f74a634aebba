// Saved changes to roadmaps, told to the people who have one open (docs/design.md,
// "Live roadmap editing"). A change says what changed and who changed it, never the data
// itself: each subscriber reads the record again through their own scope, so that an
// event can carry nothing a viewer may not see. This in-process bus is the one
// implementation for a single instance; several instances need the same interface over
// PostgreSQL LISTEN/NOTIFY.

export type RoadmapChangeKind =
  /** The roadmap's own fields, its status, its order of items, a revision or a decision. */
  | "roadmap"
  /** One item was created or changed (fields, dependencies, linked findings, progress). */
  | "item"
  | "itemRemoved"
  /** A comment was added, or a thread resolved or reopened. */
  | "comment";

export type RoadmapChange = {
  roadmapId: string;
  kind: RoadmapChangeKind;
  /** The item concerned, for `item` and `itemRemoved` (and a comment on an item). */
  itemId?: string;
  /** Who saved it: their own tab already knows, others are told. */
  actorId: string;
  at: Date;
};

export type RoadmapChangeListener = (change: RoadmapChange) => void;

export interface RoadmapEvents {
  /** Call after the change is committed: a listener may read it at once. */
  publish(change: RoadmapChange): void;
  /** Returns the unsubscribe function. */
  subscribe(roadmapId: string, listener: RoadmapChangeListener): () => void;
}

export function createInProcessRoadmapEvents(): RoadmapEvents {
  const listeners = new Map<string, Set<RoadmapChangeListener>>();
  return {
    publish(change) {
      for (const listener of listeners.get(change.roadmapId) ?? []) listener(change);
    },
    subscribe(roadmapId, listener) {
      const set = listeners.get(roadmapId) ?? new Set();
      set.add(listener);
      listeners.set(roadmapId, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(roadmapId);
      };
    },
  };
}
