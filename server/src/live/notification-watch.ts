// One user's live unread count (`notifications.onChange`, docs/notifications.md): the
// count at once, then again after each change of their notices (one written, one read) on
// whichever instance made it — the notifications trigger's pg_notify — until the caller
// goes away or their account is closed (live/user-topic-watch.ts).
import type { DbOrTx } from "../db/types.ts";
import type { UserEvents } from "./user-events.ts";
import { watchUserTopic } from "./user-topic-watch.ts";

export type UnreadNotice = { unread: number };

export function watchNotifications(options: {
  db: DbOrTx;
  userEvents: UserEvents;
  userId: string;
  signal: AbortSignal | undefined;
}): AsyncGenerator<UnreadNotice, void, undefined> {
  const { db, userId } = options;
  return watchUserTopic({
    ...options,
    topic: "notifications",
    async read() {
      // One statement: whether the account is still open, and its unread count.
      const user = await db.user.findUnique({
        where: { id: userId },
        select: { active: true, _count: { select: { notifications: { where: { readAt: null } } } } },
      });
      return user?.active ? { unread: user._count.notifications } : null;
    },
  });
}
