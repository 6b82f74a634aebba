// Reordering the items (drag or Alt+arrow): the new order shows at once and goes to the
// server as `roadmaps.reorderItems`, guarded by the roadmap's version. Quick moves are
// sent one after another, each with the latest order and the version the previous one
// left, so that a run of Alt+Down never trips over itself. When the order (or the list
// of items) changed meanwhile, the roadmap is read again and `changedMeanwhile` says so
// for the table to tell the person; other failures get the app's toast.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useLayoutEffect, useRef, useState } from "react";
import { errorInfo, isStaleVersion } from "../../../../lib/errors.ts";
import { trpc } from "../../../../lib/trpc.ts";
import { invalidateRoadmap, updateCachedRoadmap } from "../../api/roadmaps.ts";
import type { Roadmap } from "../../api/types.ts";

/** Someone else's change made this order meaningless: reload rather than retry. */
function isChangedMeanwhile(error: unknown): boolean {
  return isStaleVersion(error) || errorInfo(error).message.code === "itemsChanged";
}

function inOrder(roadmap: Roadmap, ids: readonly string[]): Roadmap {
  const byId = new Map(roadmap.items.map((item) => [item.id, item]));
  const items = ids.flatMap((id) => byId.get(id) ?? []);
  // An item the order does not name (added meanwhile) keeps its place at the end.
  const named = new Set(ids);
  for (const item of roadmap.items) if (!named.has(item.id)) items.push(item);
  return { ...roadmap, items };
}

export function useReorderItems(roadmap: Roadmap) {
  const [changedMeanwhile, setChangedMeanwhile] = useState(false);
  const queryClient = useQueryClient();
  const mutation = useMutation(
    trpc.roadmaps.reorderItems.mutationOptions({
      meta: { handles: (info) => info.problem?.reason === "STALE_VERSION" || info.message.code === "itemsChanged" },
    }),
  );
  const latest = useRef(roadmap);
  useLayoutEffect(() => {
    latest.current = roadmap;
  });
  /** The order still to send; null when the server has the latest. */
  const pending = useRef<string[] | null>(null);
  /** The version our own last reorder left, by the version it was sent on. */
  const ownVersion = useRef<{ sent: number; made: number } | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const { mutateAsync } = mutation;

  const flush = useCallback(async () => {
    const itemIds = pending.current;
    if (!itemIds) return;
    pending.current = null;
    const current = latest.current;
    const own = ownVersion.current;
    const version = own && own.sent === current.version ? own.made : current.version;
    try {
      const saved = await mutateAsync({ id: current.id, version, itemIds });
      ownVersion.current = { sent: version, made: saved.version };
      // Unless a later move is on its way, the server's answer is the roadmap now.
      if (!pending.current) updateCachedRoadmap(queryClient, current, () => saved);
    } catch (error) {
      pending.current = null;
      ownVersion.current = null;
      if (isChangedMeanwhile(error)) setChangedMeanwhile(true);
      await invalidateRoadmap(queryClient, current);
    }
  }, [mutateAsync, queryClient]);

  /** Puts the items in this order (every item's id once) and saves it. */
  const reorder = useCallback(
    (itemIds: string[]) => {
      setChangedMeanwhile(false);
      updateCachedRoadmap(queryClient, latest.current, (old) => inOrder(old, itemIds));
      pending.current = itemIds;
      chain.current = chain.current.then(flush);
    },
    [flush, queryClient],
  );

  return {
    reorder,
    isSaving: mutation.isPending,
    /** The last move was refused because someone changed the items meanwhile (the roadmap was reloaded). */
    changedMeanwhile,
    dismiss: () => setChangedMeanwhile(false),
  };
}
