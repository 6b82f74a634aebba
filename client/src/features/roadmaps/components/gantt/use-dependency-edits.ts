// Saving an item's dependencies: `roadmaps.setDependencies` takes the whole set, so an
// addition or a removal sends the current set with that one change. The roadmap in the
// cache follows once the server has accepted it; a refusal (a loop, which the server names)
// changes nothing and is shown by the picker itself, not as a toast.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { statusAfterEdit } from "@hemicycle/shared/workflows/roadmap";
import { shownInForm, trpc } from "../../../../lib/trpc.ts";
import { invalidateRoadmap, updateCachedRoadmap } from "../../api/roadmaps.ts";
import type { Roadmap } from "../../api/types.ts";

export function useDependencyEdits(roadmap: Roadmap) {
  const queryClient = useQueryClient();
  const mutation = useMutation(
    trpc.roadmaps.setDependencies.mutationOptions({
      meta: shownInForm,
      onSuccess: (_result, { itemId, dependsOn }) => {
        const sorted = [...new Set(dependsOn)].sort();
        updateCachedRoadmap(queryClient, roadmap, (old) => ({
          ...old,
          items: old.items.map((i) => (i.id === itemId ? { ...i, dependsOn: sorted } : i)),
        }));
        // An edit of an endorsed roadmap starts a new draft: its status and version change.
        if (statusAfterEdit(roadmap.status) !== roadmap.status) void invalidateRoadmap(queryClient, roadmap);
      },
    }),
  );

  function setDependencies(itemId: string, dependsOn: readonly string[]) {
    return mutation.mutateAsync({ itemId, dependsOn: [...dependsOn] });
  }

  return {
    /** Resolves once saved; rejects with the server's refusal (see `error`). */
    setDependencies,
    addDependency: (itemId: string, current: readonly string[], prerequisiteId: string) =>
      setDependencies(itemId, [...current.filter((id) => id !== prerequisiteId), prerequisiteId]),
    removeDependency: (itemId: string, current: readonly string[], prerequisiteId: string) =>
      setDependencies(
        itemId,
        current.filter((id) => id !== prerequisiteId),
      ),
    isPending: mutation.isPending,
    error: mutation.error,
    reset: mutation.reset,
  };
}
