// The items' order after a move, as `roadmaps.reorderItems` takes it: every item once.
// Moves are made on what the table shows (one group, or the whole list) and land in the
// roadmap's own order next to the item they were dropped on.

/**
 * `ids` with `moved` taken out and put next to `target`: after it when the move went
 * down the list (`placeAfter`), before it otherwise. Unchanged when either is missing.
 */
export function moveNextTo(ids: readonly string[], moved: string, target: string, placeAfter: boolean): string[] {
  if (moved === target || !ids.includes(moved) || !ids.includes(target)) return [...ids];
  const rest = ids.filter((id) => id !== moved);
  const at = rest.indexOf(target) + (placeAfter ? 1 : 0);
  return [...rest.slice(0, at), moved, ...rest.slice(at)];
}

/** The neighbour a keyboard move swaps with: the item shown just above or below, if any. */
export function neighbourOf(shown: readonly string[], id: string, direction: -1 | 1): string | null {
  const index = shown.indexOf(id);
  if (index < 0) return null;
  return shown[index + direction] ?? null;
}
