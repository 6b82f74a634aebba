// Notifications (docs/notifications.md): what concerns a user, written where it happens, in
// the transaction of the change itself, so that nothing committed goes untold and nothing
// rolled back is told. A trigger on the table tells the reader's open tabs on every
// instance once the transaction commits (live/user-events.ts); the e-mail job sends the
// ones whose kind the reader chose by e-mail (emailStatus PENDING).
import { randomUUID } from "node:crypto";
import { NOTIFICATION_KINDS, type NotificationKind } from "@hemicycle/shared/enums";
import type { NotificationParams } from "@hemicycle/shared/notifications";
import type { Actor } from "@hemicycle/shared/policy";
import type {
  TNotificationEmailKindsInput,
  TNotificationListInput,
  TNotificationMarkReadInput,
} from "@hemicycle/shared/schemas/notifications";
import type { Prisma } from "../db/generated/client.ts";
import { lockRows } from "../db/locks.ts";
import type { Db, DbOrTx } from "../db/types.ts";
import { paginate, type Keyset, type Page } from "../lib/pagination.ts";
import { recordAudit } from "./audit.ts";

type NoticeOf<K extends NotificationKind> = {
  kind: K;
  /** Whom to tell; the actor, inactive users and repeats are left out. */
  userIds: readonly (string | null | undefined)[];
  params: NotificationParams[K];
  /** The app path of what it tells about. */
  link?: string | null;
  /** Who did it: never told of their own action. Null or absent for a reminder. */
  actorId?: string | null;
  /** One notice per reader and key: a second one with the same key is dropped. */
  dedupeKey?: string | null;
};

/** One notice to one or several readers, its params typed by its kind. */
export type Notice = { [K in NotificationKind]: NoticeOf<K> }[NotificationKind];

export type NotifyResult = {
  /** Rows written (a reader already told under the same dedupeKey is not counted). */
  written: number;
  /** Of those, the ones waiting for the e-mail job. */
  emailPending: number;
};

/**
 * Writes the notices in the caller's transaction, in one statement: each reader who is
 * active and not the actor gets one row; the row waits for e-mail (PENDING) when the reader
 * chose the kind by e-mail; a (reader, dedupeKey) already written is skipped, also when
 * another transaction writes it at the same moment.
 */
export async function notify(tx: DbOrTx, notices: readonly Notice[]): Promise<NotifyResult> {
  const seen = new Set<string>();
  const rows: {
    id: string;
    userId: string;
    kind: NotificationKind;
    params: unknown;
    link: string | null;
    actorId: string | null;
    dedupeKey: string | null;
  }[] = [];
  for (const notice of notices) {
    for (const userId of notice.userIds) {
      if (!userId || userId === notice.actorId) continue;
      // The same reader twice in one call: once per kind and key (or once per kind when keyless).
      const once = `${userId}\u0000${notice.kind}\u0000${notice.dedupeKey ?? ""}\u0000${notice.link ?? ""}`;
      if (seen.has(once)) continue;
      seen.add(once);
      rows.push({
        id: randomUUID(),
        userId,
        kind: notice.kind,
        params: notice.params,
        link: notice.link ?? null,
        actorId: notice.actorId ?? null,
        dedupeKey: notice.dedupeKey ?? null,
      });
    }
  }
  if (rows.length === 0) return { written: 0, emailPending: 0 };
  const written = await tx.$queryRaw<{ emailStatus: string | null }[]>`
    INSERT INTO notifications (id, "userId", kind, params, link, "actorId", "dedupeKey", "emailStatus", "createdAt")
    SELECT n.id, n."userId", n.kind::"NotificationKind", COALESCE(n.params, '{}'::jsonb), n.link, n."actorId",
           n."dedupeKey",
           CASE WHEN n.kind::"NotificationKind" = ANY(u."emailNotificationKinds") THEN 'PENDING'::"EmailStatus" END,
           clock_timestamp()
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
           AS n(id text, "userId" text, kind text, params jsonb, link text, "actorId" text, "dedupeKey" text)
    JOIN users u ON u.id = n."userId" AND u.active
    ORDER BY n."userId"
    ON CONFLICT ("userId", "dedupeKey") DO NOTHING
    RETURNING "emailStatus"::text AS "emailStatus"`;
  return { written: written.length, emailPending: written.filter((row) => row.emailStatus === "PENDING").length };
}

// ---------------------------------------------------------------------------------------
// The centre: only ever the caller's own notices. Another user's id is never found: it
// reads as nothing and changes nothing.

const notificationSelect = {
  id: true,
  kind: true,
  params: true,
  link: true,
  readAt: true,
  createdAt: true,
} satisfies Prisma.NotificationSelect;

type NotificationRow = Prisma.NotificationGetPayload<{ select: typeof notificationSelect }>;

/** A notice as the centre shows it: its kind, and the values its sentence takes (NotificationParams). */
export type NotificationItem = {
  [K in NotificationKind]: Omit<NotificationRow, "kind" | "params"> & { kind: K; params: NotificationParams[K] };
}[NotificationKind];

// The params were written by notify() from NotificationParams of the same kind.
const toItem = (row: NotificationRow) => row as NotificationItem;

/** Newest first: the index (userId, createdAt, id) read backwards. */
const notificationOrder: Keyset<Prisma.NotificationWhereInput, Prisma.NotificationOrderByWithRelationInput> = {
  keys: [{ path: ["createdAt"], direction: "desc", type: "date" }],
  idDirection: "desc",
};

/** The caller's notices, newest first, a page at a time; unread ones only when asked. */
export async function listNotifications(
  db: DbOrTx,
  user: Pick<Actor, "id">,
  input: TNotificationListInput,
): Promise<Page<NotificationItem>> {
  const where: Prisma.NotificationWhereInput = { userId: user.id, ...(input.unreadOnly ? { readAt: null } : {}) };
  const page = await paginate(input, notificationOrder, (keyset) =>
    db.notification.findMany({ ...keyset, where: { AND: [where, keyset.where] }, select: notificationSelect }),
  );
  return { items: page.items.map(toItem), nextCursor: page.nextCursor };
}

export async function unreadCount(db: DbOrTx, user: Pick<Actor, "id">): Promise<number> {
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}

/** Marks the caller's notices among `ids` read; answers how many were unread and now are not, and the unread count left. */
export async function markRead(db: Db, user: Pick<Actor, "id">, input: TNotificationMarkReadInput) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { userId: user.id, id: { in: input.ids }, readAt: null },
      data: { readAt: new Date() },
    });
    return { marked: count, unread: await unreadCount(tx, user) };
  });
}

/** Marks every unread notice of the caller read. */
export async function markAllRead(db: Db, user: Pick<Actor, "id">) {
  const { count } = await db.notification.updateMany({
    where: { userId: user.id, readAt: null },
    data: { readAt: new Date() },
  });
  return { marked: count, unread: 0 };
}

/** The kinds the caller also wants by e-mail, in the order of NOTIFICATION_KINDS, and whether this server sends e-mail at all. */
export async function emailPreferences(db: DbOrTx, user: Pick<Actor, "id">, emailConfigured: boolean) {
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { emailNotificationKinds: true } });
  return { kinds: inKindOrder(row.emailNotificationKinds), emailConfigured };
}

const inKindOrder = (kinds: readonly NotificationKind[]) => NOTIFICATION_KINDS.filter((kind) => kinds.includes(kind));

/** Stores the kinds the caller wants by e-mail (audited with the kinds before and after; nothing written when unchanged). */
export async function setEmailPreferences(
  db: Db,
  user: Pick<Actor, "id" | "role">,
  input: TNotificationEmailKindsInput,
  emailConfigured: boolean,
) {
  const kinds = inKindOrder(input.kinds);
  return db.$transaction(async (tx) => {
    // Locked first, so that two changes at once each log what the other left.
    await lockRows(tx, "users", [user.id]);
    const before = await tx.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { emailNotificationKinds: true },
    });
    const previous = inKindOrder(before.emailNotificationKinds);
    if (previous.join() === kinds.join()) return { kinds, emailConfigured };
    await tx.user.update({ where: { id: user.id }, data: { emailNotificationKinds: kinds }, select: { id: true } });
    await recordAudit(tx, user, {
      action: "auth.setEmailNotifications",
      entityType: "user",
      entityId: user.id,
      before: { emailNotificationKinds: previous },
      after: { emailNotificationKinds: kinds },
    });
    return { kinds, emailConfigured };
  });
}
