// Notifications by e-mail (job `notifications.email`; docs/notifications.md, "By e-mail").
// notify() writes a notice whose kind the reader chose by e-mail with emailStatus PENDING;
// this job, nudged when notices are written and swept every minute, claims PENDING rows
// (FOR UPDATE SKIP LOCKED, marked SENDING in the same statement, so two instances never
// claim the same row), sends each one e-mail worded in the reader's language, then marks it
// SENT, or FAILED after its tries. Without SMTP (SMTP_URL unset) nothing is sent: the rows
// are SKIPPED. A notice still PENDING after a day is SKIPPED too: news that late is no
// news. A row left SENDING by an instance that died while sending is FAILED after
// STUCK_SENDING_MINUTES rather than sent again: it may have gone out already.
import { isLanguage, type Language } from "@hemicycle/shared/languages";
import type { NotificationKind } from "@hemicycle/shared/enums";
import { notificationKey } from "@hemicycle/shared/notifications";
import nodemailer from "nodemailer";
import type { Db } from "../db/types.ts";
import { translator, type TranslationKey } from "../lib/translate.ts";

/** Older PENDING notices are SKIPPED, not sent. */
export const PENDING_FOR_AT_MOST_HOURS = 24;
/** A SENDING row older than this is taken to be lost with its instance. */
export const STUCK_SENDING_MINUTES = 10;
/** Rows claimed at a time. */
const BATCH = 20;
/** At most this many rows per run; the next nudge or sweep takes the rest. */
const MOST_PER_RUN = 500;

export type Email = { to: string; subject: string; text: string };

/** What sends one e-mail (nodemailer over SMTP_URL; tests may give their own). */
export interface Mailer {
  send(email: Email): Promise<void>;
  close(): void;
}

export function smtpMailer(smtp: { url: string; from: string }): Mailer {
  const transport = nodemailer.createTransport(smtp.url);
  return {
    async send(email) {
      await transport.sendMail({ from: smtp.from, to: email.to, subject: email.subject, text: email.text });
    },
    close: () => transport.close(),
  };
}

export type EmailOptions = {
  mailer: Mailer | null;
  /** The app's address, for the links (config.publicUrl). */
  publicUrl: string;
  /** Waits between the tries of one e-mail; its length + 1 tries in all. */
  retryDelaysMs?: readonly number[];
  log?: { warn: (details: object, message: string) => void };
};

export type EmailRunResult = { sent: number; failed: number; skipped: number };

type Claimed = {
  id: string;
  kind: NotificationKind;
  params: Record<string, unknown>;
  link: string | null;
  email: string;
  name: string;
  language: string | null;
  stillWanted: boolean;
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The e-mail of one notice, in the reader's language (English when they chose none). */
export function composeEmail(
  notice: { kind: NotificationKind; params: Record<string, unknown>; link: string | null },
  reader: { email: string; name: string; language: string | null },
  publicUrl: string,
): Email {
  const language: Language = isLanguage(reader.language) ? reader.language : "en";
  const { t } = translator(language);
  const sentence = t(notificationKey(notice.kind) as TranslationKey, notice.params);
  const summary = sentence.length > 120 ? `${sentence.slice(0, 119).trimEnd()}…` : sentence;
  const lines = [t("notificationEmail.greeting", { name: reader.name }), "", sentence, ""];
  if (notice.link) lines.push(t("notificationEmail.open", { url: `${publicUrl}${notice.link}` }), "");
  lines.push("-- ", t("notificationEmail.why"), t("notificationEmail.change", { url: `${publicUrl}/account` }));
  return {
    to: reader.email,
    subject: t("notificationEmail.subject", { summary: summary.replaceAll(/[\r\n]+/g, " ") }),
    text: lines.join("\n") + "\n",
  };
}

/** Sends the PENDING notices' e-mails; returns what became of the rows it handled. */
export async function sendPendingEmails(db: Db, options: EmailOptions): Promise<EmailRunResult> {
  const result: EmailRunResult = { sent: 0, failed: 0, skipped: 0 };
  result.skipped += await db.$executeRaw`
    UPDATE notifications SET "emailStatus" = 'SKIPPED'
    WHERE "emailStatus" = 'PENDING'
      AND "createdAt" < now() - make_interval(hours => ${PENDING_FOR_AT_MOST_HOURS})`;
  result.failed += await db.$executeRaw`
    UPDATE notifications SET "emailStatus" = 'FAILED'
    WHERE "emailStatus" = 'SENDING'
      AND "emailedAt" < now() - make_interval(mins => ${STUCK_SENDING_MINUTES})`;
  if (!options.mailer) {
    result.skipped += await db.$executeRaw`
      UPDATE notifications SET "emailStatus" = 'SKIPPED' WHERE "emailStatus" = 'PENDING'`;
    return result;
  }
  const delays = options.retryDelaysMs ?? [1_000, 5_000];
  for (let handled = 0; handled < MOST_PER_RUN;) {
    // Claimed and marked in one statement, committed before any e-mail goes: another
    // instance skips these rows, and never sends them again.
    const claimed = await db.$queryRaw<Claimed[]>`
      WITH picked AS (
        SELECT id FROM notifications
        WHERE "emailStatus" = 'PENDING'
        ORDER BY "createdAt"
        LIMIT ${BATCH}
        FOR UPDATE SKIP LOCKED
      )
      UPDATE notifications n SET "emailStatus" = 'SENDING', "emailedAt" = now()
      FROM picked, users u
      WHERE n.id = picked.id AND u.id = n."userId"
      RETURNING n.id, n.kind::text AS kind, n.params, n.link, u.email, u.name, u.language,
        (u.active AND n.kind = ANY(u."emailNotificationKinds")) AS "stillWanted"`;
    if (claimed.length === 0) break;
    handled += claimed.length;
    for (const row of claimed) {
      // The reader turned the kind off (or was deactivated) since the notice was written.
      if (!row.stillWanted) {
        await mark(db, row.id, "SKIPPED");
        result.skipped++;
        continue;
      }
      const email = composeEmail(row, row, options.publicUrl);
      let sent = false;
      for (let attempt = 0; !sent && attempt <= delays.length; attempt++) {
        if (attempt > 0) await wait(delays[attempt - 1]!);
        try {
          await options.mailer.send(email);
          sent = true;
        } catch (error) {
          options.log?.warn(
            {
              notificationId: row.id,
              attempt: attempt + 1,
              error: error instanceof Error ? error.message : String(error),
            },
            "notification e-mail not sent",
          );
        }
      }
      await mark(db, row.id, sent ? "SENT" : "FAILED");
      if (sent) result.sent++;
      else result.failed++;
    }
  }
  return result;
}

function mark(db: Db, id: string, status: "SENT" | "FAILED" | "SKIPPED") {
  return db.$executeRaw`
    UPDATE notifications SET "emailStatus" = ${status}::"EmailStatus", "emailedAt" = now() WHERE id = ${id}`;
}
