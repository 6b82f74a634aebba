// Whether the screen is a tablet's or wider (Tailwind's md, 48rem): the calendar then draws
// its chart, and a phone its agenda, rendering only the one shown (a quarter of 200
// experts is thousands of elements each). Null where matchMedia is missing (jsdom): both
// render and CSS alone decides.
import { useSyncExternalStore } from "react";

const QUERY = "(min-width: 48rem)";

function subscribe(onChange: () => void) {
  if (typeof window === "undefined" || !window.matchMedia) return () => {};
  const media = window.matchMedia(QUERY);
  media.addEventListener("change", onChange);
  return () => media.removeEventListener("change", onChange);
}

function snapshot(): boolean | null {
  return typeof window === "undefined" || !window.matchMedia ? null : window.matchMedia(QUERY).matches;
}

export function useWideScreen(): boolean | null {
  return useSyncExternalStore(subscribe, snapshot, () => null);
}
