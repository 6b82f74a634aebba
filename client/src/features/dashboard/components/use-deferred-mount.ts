// Mounts heavy parts of a page one at a time, each in a task of its own, after the page's
// first paint: the dashboard's charts (recharts draws each in tens of milliseconds and all
// of them at once made one long task, Lighthouse's total blocking time) wait their turn
// while the cards' text and tables, which say the same numbers, show at once.
import { startTransition, useCallback, useEffect, useState } from "react";

type Turn = { start: () => void; started: boolean };

/** The parts waiting to mount, first come first served, and the one mounting now. */
const waiting: Turn[] = [];
let current: Turn | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Starts the next part in a new task, once the one before has committed (or gone). */
function schedule() {
  if (current || timer !== undefined || waiting.length === 0) return;
  timer = setTimeout(() => {
    timer = undefined;
    if (current) return;
    const turn = waiting.shift();
    if (!turn) return;
    current = turn;
    turn.started = true;
    turn.start();
  }, 0);
}

function finish(turn: Turn) {
  if (current !== turn) return;
  current = null;
  schedule();
}

/**
 * `mounted` turns true when this part's turn comes (never during the render that mounts
 * it); call `done` once the part has committed (an effect inside it), so that the next
 * part starts in the following task. A part that unmounts gives up its turn.
 */
export function useDeferredMount(): { mounted: boolean; done: () => void } {
  const [mounted, setMounted] = useState(false);
  const [turn] = useState<Turn>(() => ({ start: () => startTransition(() => setMounted(true)), started: false }));
  useEffect(() => {
    if (!turn.started) {
      waiting.push(turn);
      schedule();
    }
    return () => {
      const at = waiting.indexOf(turn);
      if (at >= 0) waiting.splice(at, 1);
      finish(turn);
    };
  }, [turn]);
  const done = useCallback(() => finish(turn), [turn]);
  return { mounted, done };
}
