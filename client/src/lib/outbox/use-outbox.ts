// The outbox in components: this user's items (kept current as they change, in this tab
// or another), whether the browser is online, and the runner that sends. The runner, the
// sender and the IndexedDB code (runtime.ts, store.ts, idb) are a chunk of their own,
// fetched by the shell's first render (the header's badge starts the sending) rather than
// in the first download; the runner handed out here calls through to it once it is in.
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { useMe } from "../session.ts";
import { subscribeOutbox } from "./changes.ts";
import type * as Runtime from "./runtime.ts";
import type { OutboxRunner } from "./runtime.ts";
import type { OutboxStore } from "./store.ts";
import type { OutboxItem } from "./types.ts";

let runtime: Promise<typeof Runtime> | undefined;
const loadRuntime = () => (runtime ??= import("./runtime.ts"));
const runners = new Map<string, OutboxRunner>();

/** This user's runner (runtime.ts's outboxRunnerFor), each call waiting for the chunk first. */
function outboxRunnerFor(userId: string): OutboxRunner {
  let runner = runners.get(userId);
  if (runner) return runner;
  const real = () => loadRuntime().then((module) => module.outboxRunnerFor(userId));
  const store: OutboxStore = {
    userId,
    list: () => real().then((r) => r.store.list()),
    add: (item) => real().then((r) => r.store.add(item)),
    update: (id, patch) => real().then((r) => r.store.update(id, patch)),
    remove: (id) => real().then((r) => r.store.remove(id)),
    completeCreate: (id, clientId, findingId) => real().then((r) => r.store.completeCreate(id, clientId, findingId)),
  };
  runner = {
    store,
    sendNow: () => real().then((r) => r.sendNow()),
    start: () => {
      let stop: (() => void) | undefined;
      let stopped = false;
      // Without its chunk (a failed fetch) there is nothing to send: as without IndexedDB.
      void real()
        .then((r) => {
          if (!stopped) stop = r.start();
        })
        .catch(() => undefined);
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
  runners.set(userId, runner);
  return runner;
}

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
