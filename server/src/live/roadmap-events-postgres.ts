// Saved roadmap changes across instances (docs/operations.md, "What lives where"): a
// change is published with pg_notify on one channel, and every instance LISTENs on it
// through its one listening connection (db/listen.ts), then tells its own subscribers of
// that roadmap. The publishing instance hears its own notice the same way, so every
// viewer, wherever connected, learns of a change by one path. The payload is what
// RoadmapChange says (ids, a kind, a moment), far below PostgreSQL's 8000-byte limit.
//
// Should the listening connection be lost, notices sent meanwhile are gone: each
// subscriber's `onResync` is called once it is back, and the viewer reads everything again.
import type { Database } from "../db/database.ts";
import type { RoadmapChange, RoadmapChangeKind, RoadmapChangeListener, RoadmapEvents } from "./roadmap-events.ts";

export const ROADMAP_CHANNEL = "hemicycle_roadmaps";

const KINDS: ReadonlySet<string> = new Set<RoadmapChangeKind>(["roadmap", "item", "itemRemoved", "comment"]);

type Wire = { r: string; k: string; i?: string; a: string; t: string };

export function encodeChange(change: RoadmapChange): string {
  const wire: Wire = { r: change.roadmapId, k: change.kind, a: change.actorId, t: change.at.toISOString() };
  if (change.itemId) wire.i = change.itemId;
  return JSON.stringify(wire);
}

/** The change a payload carries, or null for anything else (a payload is never trusted to be ours). */
export function decodeChange(payload: string): RoadmapChange | null {
  let wire: Partial<Wire>;
  try {
    wire = JSON.parse(payload) as Partial<Wire>;
  } catch {
    return null;
  }
  const text = (value: unknown): value is string => typeof value === "string" && value.length > 0;
  if (!wire || !text(wire.r) || !text(wire.k) || !KINDS.has(wire.k) || !text(wire.a) || !text(wire.t)) return null;
  const at = new Date(wire.t);
  if (Number.isNaN(at.getTime())) return null;
  return {
    roadmapId: wire.r,
    kind: wire.k as RoadmapChangeKind,
    ...(text(wire.i) ? { itemId: wire.i } : {}),
    actorId: wire.a,
    at,
  };
}

type Subscriber = { listener: RoadmapChangeListener; onResync?: () => void };

export function createPostgresRoadmapEvents(options: {
  listen: Database["listen"];
  /** Runs `SELECT pg_notify(channel, payload)`. */
  notify: (channel: string, payload: string) => Promise<unknown>;
  /** A publish or a LISTEN that failed (logged; the change itself is saved). */
  onError?: (error: unknown) => void;
  channel?: string;
}): RoadmapEvents & { ready(): Promise<void> } {
  const channel = options.channel ?? ROADMAP_CHANNEL;
  const onError = options.onError ?? (() => {});
  const subscribers = new Map<string, Set<Subscriber>>();
  let listening: Promise<void> | null = null;

  const resyncEveryone = () => {
    for (const set of subscribers.values()) for (const { onResync } of set) onResync?.();
  };
  const hear = (payload: string) => {
    const change = decodeChange(payload);
    if (!change) return;
    for (const { listener } of subscribers.get(change.roadmapId) ?? []) listener(change);
  };

  /** Listens once per process, for the process's life; a failed LISTEN is tried again by the next caller. */
  function ready(): Promise<void> {
    listening ??= options.listen(channel, hear, resyncEveryone).then(
      () => undefined,
      (error: unknown) => {
        listening = null;
        onError(error);
        throw error;
      },
    );
    return listening;
  }

  return {
    publish(change) {
      options.notify(channel, encodeChange(change)).catch(onError);
    },
    subscribe(roadmapId, listener, onResync) {
      ready().catch(() => onResync?.());
      const subscriber: Subscriber = { listener, onResync };
      const set = subscribers.get(roadmapId) ?? new Set();
      set.add(subscriber);
      subscribers.set(roadmapId, set);
      return () => {
        set.delete(subscriber);
        if (set.size === 0 && subscribers.get(roadmapId) === set) subscribers.delete(roadmapId);
      };
    },
    ready,
  };
}

/** The roadmap events of an app on `db`: across instances on PostgreSQL, in this process on PGlite. */
export function roadmapEventsFor(
  db: Pick<Database, "kind" | "listen" | "prisma">,
  onError?: (error: unknown) => void,
): RoadmapEvents | null {
  if (db.kind !== "postgresql") return null;
  return createPostgresRoadmapEvents({
    listen: db.listen,
    notify: (channel, payload) => db.prisma.$executeRaw`SELECT pg_notify(${channel}, ${payload})`,
    onError,
  });
}
