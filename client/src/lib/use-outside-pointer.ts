// A popup that closes when the pointer goes down outside it (a menu, the bell's panel):
// listens only while `open`, and lets go when it closes or unmounts.
import { useEffect, useRef, type RefObject } from "react";

export function useOutsidePointer(root: RefObject<HTMLElement | null>, open: boolean, onOutside: () => void) {
  // The latest callback, without listening anew on each render.
  const latest = useRef(onOutside);
  useEffect(() => {
    latest.current = onOutside;
  });
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) latest.current();
    };
    document.addEventListener("mousedown", onPointer);
    return () => document.removeEventListener("mousedown", onPointer);
  }, [open, root]);
}
