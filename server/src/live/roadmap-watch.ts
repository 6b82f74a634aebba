// One viewer's live feed of a roadmap (`roadmaps.onChange`, docs/roadmaps.md, "Live
// editing"): the saved changes of other people, as notices that say what changed and
// who changed it, never the data. The viewer's page then reads the roadmap again through
// its own scope, which is how the feed carries only what that viewer may see. Before
// each notice the viewer's access is checked again, and the feed ends once it is gone.
import type { RoadmapChangeKind, RoadmapEvents, RoadmapChange } from "./roadmap-events.ts";
import type { Actor } from "@hemicycle/shared/policy";
import type { DbOrTx } from "../db/types.ts";
import { findVisibleRoadmap } from "../access/visible.ts";

export type RoadmapNotice = {
  kind: RoadmapChangeKind;
  itemId: string | null;
  by: { id: string; name: string };
  at: Date;
};

/**
 * Changes waiting to be told to a slow reader are dropped past this many, oldest first:
 * each notice only asks the page to read the roadmap again, so the latest ones say enough.
 */
export const MAX_PENDING_NOTICES = 100;

/** The viewer as the database knows them now: their role or reach may have changed, their account been closed. */
async function currentActor(db: DbOrTx, userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, parliamentId: true, expertId: true, active: true },
  });
  if (!user?.active) return null;
  const { active: _active, ...actor } = user;
  return actor;
}

/**
 * Yields a notice for each change to `roadmapId` that someone other than the viewer
 * publishes, for as long as the viewer may read the roadmap and `signal` is not aborted
 * (the client went away). The listener is removed however the feed ends.
 */
export async function* watchRoadmap(options: {
  db: DbOrTx;
  events: RoadmapEvents;
  viewerId: string;
  roadmapId: string;
  signal: AbortSignal | undefined;
}): AsyncGenerator<RoadmapNotice, void, undefined> {
  const { db, events, viewerId, roadmapId, signal } = options;
  const pending: RoadmapChange[] = [];
  let wake: (() => void) | null = null;
  const wakeUp = () => {
    wake?.();
    wake = null;
  };
  // Changes may have been missed (the listening connection across instances was lost):
  // the feed ends, and the viewer's page reads everything again before opening it anew.
  let missed = false;
  const unsubscribe = events.subscribe(
    roadmapId,
    (change) => {
      // The viewer's own tab already knows what it saved.
      if (change.actorId === viewerId) return;
      pending.push(change);
      if (pending.length > MAX_PENDING_NOTICES) pending.shift();
      wakeUp();
    },
    () => {
      missed = true;
      wakeUp();
    },
  );
  signal?.addEventListener("abort", wakeUp);
  try {
    // Heard from every instance before the first notice is awaited.
    await events.ready?.().catch(() => (missed = true));
    while (!signal?.aborted && !missed) {
      const change = pending.shift();
      if (!change) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      const viewer = await currentActor(db, viewerId);
      if (!viewer || !(await findVisibleRoadmap(db, viewer, roadmapId))) return;
      const by = await db.user.findUnique({ where: { id: change.actorId }, select: { id: true, name: true } });
      if (signal?.aborted) return;
      yield {
        kind: change.kind,
        itemId: change.itemId ?? null,
        by: by ?? { id: change.actorId, name: "" },
        at: change.at,
      };
    }
  } finally {
    signal?.removeEventListener("abort", wakeUp);
    unsubscribe();
  }
}
