// A user's live feed of one topic (live/user-events.ts): `read()` answered at once, then
// again after each change of the topic on whichever instance made it, and after the
// listening connection was made again (changes may have been missed: reading anew covers
// them). Changes that come while `read()` runs are answered by one read, not one each.
// The feed ends when the caller goes away, or when `read()` answers null (the account
// was closed).
import type { UserEvents, UserTopic } from "./user-events.ts";

export async function* watchUserTopic<T>(options: {
  userEvents: UserEvents;
  userId: string;
  topic: UserTopic;
  signal: AbortSignal | undefined;
  read: () => Promise<T | null>;
}): AsyncGenerator<T, void, undefined> {
  const { userEvents, userId, topic, signal, read } = options;
  let changed = true;
  let wake: (() => void) | null = null;
  const wakeUp = () => {
    wake?.();
    wake = null;
  };
  const unsubscribe = userEvents.subscribe(userId, topic, () => {
    changed = true;
    wakeUp();
  });
  signal?.addEventListener("abort", wakeUp);
  try {
    // Heard from every instance before the first read: no change falls in between.
    await userEvents.ready?.(topic);
    while (!signal?.aborted) {
      if (!changed) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      changed = false;
      const value = await read();
      if (value === null || signal?.aborted) return;
      yield value;
    }
  } finally {
    signal?.removeEventListener("abort", wakeUp);
    unsubscribe();
  }
}
