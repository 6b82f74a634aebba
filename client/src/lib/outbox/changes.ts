// Who is told when the outbox changes: this page's listeners (subscribe) and the app's
// other tabs (BroadcastChannel). Apart from store.ts, so that a badge can listen without
// the IndexedDB code (a chunk of its own: use-outbox.ts).
const listeners = new Set<() => void>();
const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel("hemicycle-outbox") : null;
channel?.addEventListener("message", () => listeners.forEach((listener) => listener()));

/** Called after every change to the outbox, in this tab or another. */
export function subscribeOutbox(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** After a change in this tab: tells this page and the others. */
export function announceOutboxChange() {
  listeners.forEach((listener) => listener());
  channel?.postMessage("changed");
}
