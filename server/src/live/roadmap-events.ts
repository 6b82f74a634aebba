// Saved changes to roadmaps, told to the people who have one open (docs/design.md,
// "Live roadmap editing"). A change says what changed and who changed it, never the data
// itself: each subscriber reads the record again through their own scope, so that an
// event can carry nothing a viewer may not see. This in-process bus serves one process
// (PGlite); on PostgreSQL the same interface goes through LISTEN/NOTIFY, so that a change
// saved on one instance reaches viewers connected to any other
// (live/roadmap-events-postgres.ts).

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
  /**
   * Returns the unsubscribe function. `onResync` is called when changes may have been
   * missed (the connection that listens across instances was lost and made again): the
   * subscriber should read everything again.
   */
  subscribe(roadmapId: string, listener: RoadmapChangeListener, onResync?: () => void): () => void;
  /** Resolves once subscribers hear changes from every instance (at once in one process). */
  ready?(): Promise<void>;
}

/** A saved change as a service reports it: what changed and, for an item or a comment on one, which item. */
export type SavedChange = { kind: RoadmapChangeKind; itemId?: string | null };

/**
 * Tells the roadmap's open viewers that `actor` saved these changes; call once the
 * transaction has committed. One notice per kind and item, all stamped with one moment.
 */
export function publishRoadmapChanges(
  events: RoadmapEvents,
  actor: { id: string },
  roadmapId: string,
  changes: readonly SavedChange[],
): void {
  const at = new Date();
  const seen = new Set<string>();
  for (const { kind, itemId } of changes) {
    const key = `${kind}:${itemId ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    events.publish({ roadmapId, kind, ...(itemId ? { itemId } : {}), actorId: actor.id, at });
  }
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
