// The notification centre's inputs (docs/notifications.md): a user's own notices, newest
// first, read or not, and which kinds also come by e-mail.
import { z } from "zod";
import { NOTIFICATION_KINDS } from "../enums.ts";
import { zId, zPagination } from "./common.ts";

export const zNotificationKind = z.enum(NOTIFICATION_KINDS);

export const ZNotificationListInput = zPagination.extend({
  /** Only the unread ones. */
  unreadOnly: z.boolean().default(false),
});
export type TNotificationListInput = z.infer<typeof ZNotificationListInput>;

/** Marks these notices read (at most a page's worth at once); ids not the caller's change nothing. */
export const ZNotificationMarkReadInput = z.object({ ids: z.array(zId).min(1).max(100) });
export type TNotificationMarkReadInput = z.infer<typeof ZNotificationMarkReadInput>;

/** The kinds the caller also wants by e-mail; every other kind is in the app only. */
export const ZNotificationEmailKindsInput = z.object({
  kinds: z.array(zNotificationKind).max(NOTIFICATION_KINDS.length),
});
export type TNotificationEmailKindsInput = z.infer<typeof ZNotificationEmailKindsInput>;
