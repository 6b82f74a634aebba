// The outbox in components: this user's items (kept current as they change, in this tab
// or another), whether the browser is online, and the runner that sends.
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { useMe } from "../session.ts";
import { outboxRunnerFor } from "./runtime.ts";
import { subscribeOutbox } from "./store.ts";
import type { OutboxItem } from "./types.ts";

function subscribeOnline(listener: () => void) {
  window.addEventListener("online", listener);
  window.addEventListener("offline", listener);
  return () => {
    window.removeEventListener("online", listener);
    window.removeEventListener("offline", listener);
  };
}

/** What the browser believes: false means surely offline; true only that a network is there. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}

/** This user's outbox: its items in sending order (undefined until read) and its runner. */
export function useOutbox() {
  const me = useMe();
  const runner = outboxRunnerFor(me.id);
  const [items, setItems] = useState<OutboxItem[] | undefined>(undefined);

  const reload = useCallback(() => {
    runner.store.list().then(setItems, () => setItems([]));
  }, [runner]);

  useEffect(() => {
    reload();
    return subscribeOutbox(reload);
  }, [reload]);

  return { items, runner };
}
