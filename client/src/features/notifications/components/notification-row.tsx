// One notice in the bell's panel or on the page: its sentence, how long ago, and a dot while
// it is unread (said in words to a screen reader). Opening it marks it read and goes to
// what it is about (its link); a notice with nothing to open is marked read by the click.
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { cn } from "../../../lib/cn.ts";
import { formatDateTime } from "../../../lib/format.ts";
import type { NotificationItem } from "../api/notifications.ts";
import { formatRelativeTime } from "../lib/relative-time.ts";
import { notificationSentence } from "../lib/sentence.ts";

type NotificationRowProps = {
  notice: NotificationItem;
  now: number;
  onOpen: (notice: NotificationItem) => void;
  compact?: boolean;
};

export function NotificationRow({ notice, now, onOpen, compact = false }: NotificationRowProps) {
  const { t } = useTranslation();
  const unread = notice.readAt === null;
  const className = cn(
    "flex w-full items-start gap-3 text-start outline-none",
    "hover:bg-zinc-50 focus-visible:bg-zinc-100 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-inset",
    compact ? "px-4 py-2.5" : "px-4 py-3",
    unread ? "bg-brand-50/40" : undefined,
  );
  const body = (
    <>
      <span
        aria-hidden="true"
        className={cn("mt-1.5 size-2 shrink-0 rounded-full", unread ? "bg-brand-600" : "bg-transparent")}
      />
      <span className="min-w-0 flex-1">
        {unread ? <span className="sr-only">{t("notifications.unreadMark")}</span> : null}
        <span className={cn("block text-sm break-words", unread ? "font-medium text-zinc-900" : "text-zinc-600")}>
          {notificationSentence(t, notice)}
        </span>
        <time
          dateTime={new Date(notice.createdAt).toISOString()}
          title={formatDateTime(notice.createdAt)}
          className="mt-0.5 block text-xs text-zinc-500"
        >
          {formatRelativeTime(notice.createdAt, now)}
        </time>
      </span>
    </>
  );
  if (notice.link) {
    return (
      <Link data-notice-row to={notice.link} className={className} onClick={() => onOpen(notice)}>
        {body}
      </Link>
    );
  }
  return (
    <button data-notice-row type="button" className={className} onClick={() => onOpen(notice)}>
      {body}
    </button>
  );
}
