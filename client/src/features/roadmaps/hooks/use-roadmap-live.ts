// Other people's saved changes, live: `roadmaps.onChange` tells who changed what (never
// the data), and the page reads what changed again through its own queries, so that it
// shows only what this viewer may see. After a lost connection the feed comes back by
// itself (EventSource, and the client's retry link), and the page reads everything again
// then, since notices sent meanwhile were missed.
import { useQueryClient } from "@tanstack/react-query";
import { skipToken } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useCallback, useEffect, useState } from "react";
import { isUnauthorized } from "../../../lib/errors.ts";
import type { RouterOutputs } from "../../../lib/router-types.ts";
import { onUnauthorized } from "../../../lib/session-events.ts";
import { trpc } from "../../../lib/trpc.ts";
import { invalidateRoadmap } from "../api/roadmaps.ts";
import type { Roadmap } from "../api/types.ts";

export type RoadmapNotice = RouterOutputs["roadmaps"]["onChange"] extends AsyncIterable<infer N> ? N : never;

/** `live`: connected; `connecting`: the first connection; `paused`: lost, coming back; `off`: no live feed here. */
export type LiveState = "live" | "connecting" | "paused" | "off";

export type RoadmapLive = {
  state: LiveState;
  /** The last change someone else saved, while it is news (a few seconds). */
  notice: RoadmapNotice | null;
};

/** Notices arriving together cause one refresh. */
const GATHER_MS = 150;
/** How long "Updated by…" stays. */
const NOTICE_MS = 5000;
/** A feed the server ended (not an error) is opened again after this. */
const REOPEN_MS = 3000;

export function useRoadmapLive(roadmap: Pick<Roadmap, "id" | "missionId">): RoadmapLive {
  const queryClient = useQueryClient();
  const { id, missionId } = roadmap;
  // No EventSource (tests in jsdom, very old browsers): the page still works, without the feed.
  const supported = typeof EventSource !== "undefined";
  /** How many times the feed (re)started. */
  const [starts, setStarts] = useState(0);
  /** Notices not acted on yet. */
  const [news, setNews] = useState<RoadmapNotice[]>([]);
  const [notice, setNotice] = useState<RoadmapNotice | null>(null);

  const refresh = useCallback(
    (kinds: ReadonlySet<RoadmapNotice["kind"]>) => {
      if (kinds.has("comment")) void queryClient.invalidateQueries(trpc.roadmaps.comments.pathFilter());
      if (kinds.has("roadmap") || kinds.has("item") || kinds.has("itemRemoved")) {
        void invalidateRoadmap(queryClient, { id, missionId });
        // Revisions, decisions and comparisons with the plan as it is now.
        void queryClient.invalidateQueries(trpc.roadmaps.revisions.pathFilter());
        void queryClient.invalidateQueries(trpc.roadmaps.compare.pathFilter());
      }
    },
    [queryClient, id, missionId],
  );

  const onStarted = useCallback(() => setStarts((n) => n + 1), []);
  const onData = useCallback((data: RoadmapNotice) => {
    setNews((list) => [...list, data]);
    setNotice(data);
  }, []);
  const subscription = useSubscription(
    trpc.roadmaps.onChange.subscriptionOptions(supported ? { id } : skipToken, {
      onStarted,
      onData,
      onError: (error) => {
        if (isUnauthorized(error)) onUnauthorized();
      },
    }),
  );

  // Back after a break: whatever was saved meanwhile was not told.
  useEffect(() => {
    if (starts > 1) refresh(EVERYTHING);
  }, [starts, refresh]);

  // Notices arriving together cause one refresh.
  useEffect(() => {
    if (news.length === 0) return;
    const timer = setTimeout(() => {
      setNews([]);
      refresh(new Set(news.map((n) => n.kind)));
    }, GATHER_MS);
    return () => clearTimeout(timer);
  }, [news, refresh]);

  const { status, reset, error } = subscription;
  // The server ended the feed (the roadmap is out of reach now, or the server restarted):
  // read the roadmap again (a "not found" shows as such) and open the feed again.
  useEffect(() => {
    if (!supported || status !== "idle" || starts === 0) return;
    refresh(EVERYTHING);
    const timer = setTimeout(reset, REOPEN_MS);
    return () => clearTimeout(timer);
  }, [supported, status, starts, reset, refresh]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  return { state: liveState(supported, status, starts > 0 || error !== null), notice };
}

const EVERYTHING: ReadonlySet<RoadmapNotice["kind"]> = new Set(["roadmap", "comment"]);

/** `troubled`: the feed was live once, or failed to open: connecting again is a pause, not a start. */
function liveState(supported: boolean, status: string, troubled: boolean): LiveState {
  if (!supported) return "off";
  if (status === "pending") return "live";
  if (status === "connecting" && !troubled) return "connecting";
  return "paused";
}
