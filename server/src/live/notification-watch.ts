// One user's live unread count (`notifications.onChange`, docs/notifications.md): the
// count at once, then again after each change of their notices (one written, one read) on
// whichever instance made it — the notifications trigger's pg_notify, heard through
// live/user-events.ts — and after the listening connection was made again (changes may
// have been missed: the count read anew covers them). Changes that come while the count
// is being read are answered by one read, not one each. The feed ends when the caller goes
// away or their account is closed.
import type { DbOrTx } from "../db/types.ts";
import type { UserEvents } from "./user-events.ts";

export type UnreadNotice = { unread: number };

export async function* watchNotifications(options: {
  db: DbOrTx;
  userEvents: UserEvents;
  userId: string;
  signal: AbortSignal | undefined;
}): AsyncGenerator<UnreadNotice, void, undefined> {
  const { db, userEvents, userId, signal } = options;
  let changed = true;
  let wake: (() => void) | null = null;
  const wakeUp = () => {
    wake?.();
    wake = null;
  };
  const unsubscribe = userEvents.subscribe(userId, "notifications", () => {
    changed = true;
    wakeUp();
  });
  signal?.addEventListener("abort", wakeUp);
  try {
    // Heard from every instance before the first count is read.
    await userEvents.ready?.("notifications");
    while (!signal?.aborted) {
      if (!changed) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      changed = false;
      // One statement: whether the account is still open, and its unread count.
      const user = await db.user.findUnique({
        where: { id: userId },
        select: { active: true, _count: { select: { notifications: { where: { readAt: null } } } } },
      });
      if (!user?.active || signal?.aborted) return;
      yield { unread: user._count.notifications };
    }
  } finally {
    signal?.removeEventListener("abort", wakeUp);
    unsubscribe();
  }
}
