// Proposals the editor discarded: hidden for this browser session (sessionStorage), never
// stored on the server, so that a discarded proposal comes back another day.
import { useCallback, useState } from "react";

const keyOf = (roadmapId: string) => `hemicycle.roadmap.${roadmapId}.discardedProposals`;

function read(roadmapId: string): string[] {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(keyOf(roadmapId)) ?? "[]");
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

export function useDiscardedProposals(roadmapId: string) {
  const [ids, setIds] = useState<ReadonlySet<string>>(() => new Set(read(roadmapId)));
  const write = useCallback(
    (next: ReadonlySet<string>) => {
      setIds(next);
      try {
        sessionStorage.setItem(keyOf(roadmapId), JSON.stringify([...next]));
      } catch {
        // Storage full or refused: the choice holds while the page is open.
      }
    },
    [roadmapId],
  );
  return {
    has: (findingId: string) => ids.has(findingId),
    add: (findingId: string) => write(new Set(ids).add(findingId)),
    remove: (findingId: string) => {
      const next = new Set(ids);
      next.delete(findingId);
      write(next);
    },
  };
}
