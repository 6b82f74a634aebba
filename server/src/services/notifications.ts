// Notifications (docs/notifications.md): what concerns a user, written where it happens, in
// the transaction of the change itself, so that nothing committed goes untold and nothing
// rolled back is told. A trigger on the table tells the reader's open tabs on every
// instance once the transaction commits (live/user-events.ts); the e-mail job sends the
// ones whose kind the reader chose by e-mail (emailStatus PENDING).
import { randomUUID } from "node:crypto";
import type { NotificationKind } from "@hemicycle/shared/enums";
import type { NotificationParams } from "@hemicycle/shared/notifications";
import type { DbOrTx } from "../db/types.ts";

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
