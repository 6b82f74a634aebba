// The notification centre (services/notifications.ts, docs/notifications.md): the
// caller's own notices, newest first, their unread count (live), marking them read, and
// which kinds also come by e-mail. Only ever the caller's own: another user's id reads as
// nothing and changes nothing. Everyone signed in has a centre.
import {
  ZNotificationEmailKindsInput,
  ZNotificationListInput,
  ZNotificationMarkReadInput,
} from "@hemicycle/shared/schemas/notifications";
import { watchNotifications } from "../../live/notification-watch.ts";
import {
  emailPreferences,
  listNotifications,
  markAllRead,
  markRead,
  setEmailPreferences,
  unreadCount,
} from "../../services/notifications.ts";
import { protectedProcedure, router } from "../../trpc.ts";

export const notificationsRouter = router({
  list: protectedProcedure
    .input(ZNotificationListInput)
    .query(({ ctx, input }) => listNotifications(ctx.db, ctx.user, input)),
  unreadCount: protectedProcedure.query(async ({ ctx }) => ({ unread: await unreadCount(ctx.db, ctx.user) })),
  markRead: protectedProcedure
    .input(ZNotificationMarkReadInput)
    .mutation(({ ctx, input }) => markRead(ctx.db, ctx.user, input)),
  markAllRead: protectedProcedure.mutation(({ ctx }) => markAllRead(ctx.db, ctx.user)),
  /** The unread count at once, then after each change of the caller's notices on any instance. */
  onChange: protectedProcedure.subscription(({ ctx, signal }) =>
    watchNotifications({ db: ctx.db, userEvents: ctx.userEvents, userId: ctx.user.id, signal }),
  ),
  /** The kinds the caller also wants by e-mail, and whether this server sends e-mail at all. */
  emailPreferences: protectedProcedure.query(({ ctx }) =>
    emailPreferences(ctx.db, ctx.user, ctx.emailConfigured ?? false),
  ),
  setEmailPreferences: protectedProcedure
    .input(ZNotificationEmailKindsInput)
    .mutation(({ ctx, input }) => setEmailPreferences(ctx.db, ctx.user, input, ctx.emailConfigured ?? false)),
});
