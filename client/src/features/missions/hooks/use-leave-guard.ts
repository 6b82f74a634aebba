// Asks before a page with unsaved changes is left: inside the app through react-router's
// blocker (the page shows its own confirmation), and on reload or closing the tab through
// the browser's own beforeunload prompt.
import { useEffect, useRef } from "react";
import { useBlocker } from "react-router";

/** `dirty`: leaving now would lose something. `release()` once saved, before navigating away. */
export function useLeaveGuard(dirty: boolean) {
  const guarded = useRef(dirty);
  useEffect(() => {
    guarded.current = dirty;
  }, [dirty]);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => guarded.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (guarded.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, []);
  return {
    blocked: blocker.state === "blocked",
    stay: () => blocker.reset?.(),
    leave: () => blocker.proceed?.(),
    release: () => {
      guarded.current = false;
    },
  };
}
