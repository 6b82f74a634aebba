// The bell in the shell's header: the unread count, live (hooks/use-notifications-live.ts),
// said to screen readers as it changes, and a panel with the latest notices. Enter or Space
// opens the panel, the arrows move between its notices, Escape, a click elsewhere or leaving
// it with Tab closes it. Opening a notice marks it read and goes where it points.
import { useEffect, useId, useRef, useState } from "react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { cn } from "../../../lib/cn.ts";
import { formatNumber } from "../../../lib/format.ts";
import { Button } from "../../../components/ui/button.tsx";
import { QueryState } from "../../../components/list/query-state.tsx";
import {
  PANEL_SIZE,
  useMarkAllRead,
  useMarkRead,
  useNotificationList,
  useUnreadCount,
  type NotificationItem,
} from "../api/notifications.ts";
import { useNotificationsLive } from "../hooks/use-notifications-live.ts";
import { moveAmongRows } from "../lib/arrow-keys.ts";
import { useNow } from "../lib/relative-time.ts";
import { NotificationRow } from "./notification-row.tsx";
import { useOutsidePointer } from "../../../lib/use-outside-pointer.ts";

/** Above this the badge says "99+". */
const BADGE_MAX = 99;

function BellIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.5">
      <path
        d="M10 2.75a4.75 4.75 0 0 0-4.75 4.75v2.4c0 .6-.2 1.2-.57 1.68L3.5 13.1c-.4.5-.04 1.15.6 1.15h11.8c.64 0 1-.65.6-1.15l-1.18-1.52a2.75 2.75 0 0 1-.57-1.68V7.5A4.75 4.75 0 0 0 10 2.75Z"
        strokeLinejoin="round"
      />
      <path d="M8 16.25a2 2 0 0 0 4 0" strokeLinecap="round" />
    </svg>
  );
}

/** What the live region says: nothing at first (the count is on the button), then each change. */
function useAnnouncement(unread: number | undefined): string {
  const { t } = useTranslation();
  const first = useRef<number | undefined>(undefined);
  const [text, setText] = useState("");
  useEffect(() => {
    if (unread === undefined) return;
    if (first.current === undefined) {
      first.current = unread;
      return;
    }
    setText(t("notifications.unreadCount", { count: unread }));
  }, [unread, t]);
  return text;
}

export function NotificationBell() {
  const { t } = useTranslation();
  const id = useId();
  const { live } = useNotificationsLive();
  const unread = useUnreadCount({ poll: !live });
  const announcement = useAnnouncement(unread);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useOutsidePointer(root, open, () => setOpen(false));

  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }

  return (
    <div
      ref={root}
      // On a phone the panel hangs from the whole header (the nearest positioned box), full
      // width under it; from a tablet up, from the bell.
      className="sm:relative"
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          event.stopPropagation();
          close(true);
        }
      }}
      onBlur={(event) => {
        if (open && !root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-haspopup="dialog"
        aria-label={unread ? t("notifications.bellUnread", { count: unread }) : t("notifications.bell")}
        onClick={() => setOpen((current) => !current)}
        className={cn(
          "relative flex size-8 items-center justify-center rounded-md text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900",
          "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
          open && "bg-zinc-100 text-zinc-900",
        )}
      >
        <BellIcon />
        {unread ? (
          <span
            aria-hidden="true"
            className="absolute -end-1 -top-1 min-w-4.5 rounded-full bg-red-600 px-1 text-center text-[0.6875rem] leading-4.5 font-semibold text-white tabular-nums ring-2 ring-white"
          >
            {unread > BADGE_MAX ? t("notifications.badgeOverflow", { max: BADGE_MAX }) : formatNumber(unread)}
          </span>
        ) : null}
      </button>
      <span className="sr-only" role="status" aria-live="polite">
        {announcement}
      </span>
      {open ? <NotificationPanel id={`${id}-panel`} unread={unread ?? 0} onClose={close} /> : null}
    </div>
  );
}

type PanelProps = {
  id: string;
  /** The bell's count: "Mark all as read" is off when nothing is unread, shown here or older. */
  unread: number;
  onClose: (returnFocus: boolean) => void;
};

function NotificationPanel({ id, unread, onClose }: PanelProps) {
  const { t } = useTranslation();
  const list = useNotificationList({ unreadOnly: false, limit: PANEL_SIZE });
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const now = useNow();
  const panel = useRef<HTMLDivElement>(null);

  // The panel takes the focus as it opens; Down goes to the first notice.
  useEffect(() => panel.current?.focus(), []);

  function openNotice(notice: NotificationItem) {
    if (notice.readAt === null) markRead.mutate({ ids: [notice.id] });
    if (notice.link) onClose(false);
  }

  return (
    <div
      ref={panel}
      id={id}
      role="dialog"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      onKeyDown={moveAmongRows}
      className={cn(
        "z-40 flex flex-col overflow-hidden rounded-lg border border-zinc-200 bg-white shadow-lg outline-none",
        "absolute inset-x-2 top-full mt-1 max-h-[70dvh] sm:inset-x-auto sm:end-0 sm:mt-2 sm:max-h-[32rem] sm:w-96",
      )}
    >
      <div className="flex items-center justify-between gap-3 border-b border-zinc-200 px-4 py-2.5">
        <h2 id={`${id}-title`} className="text-sm font-semibold text-zinc-900">
          {t("notifications.title")}
        </h2>
        <Button
          size="sm"
          variant="ghost"
          disabled={unread === 0}
          loading={markAllRead.isPending}
          onClick={() => markAllRead.mutate()}
        >
          {t("notifications.markAllRead")}
        </Button>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain">
        <QueryState
          query={list}
          isEmpty={list.items.length === 0}
          empty={<p className="px-4 py-8 text-center text-sm text-zinc-500">{t("notifications.empty.title")}</p>}
        >
          <ul aria-label={t("notifications.latest")} className="divide-y divide-zinc-100">
            {list.items.map((notice) => (
              <li key={notice.id}>
                <NotificationRow compact notice={notice} now={now} onOpen={openNotice} />
              </li>
            ))}
          </ul>
        </QueryState>
      </div>
      <Link
        to="/notifications"
        onClick={() => onClose(false)}
        className="block border-t border-zinc-200 px-4 py-2.5 text-center text-sm font-medium text-brand-700 hover:bg-zinc-50 focus-visible:bg-zinc-100 focus-visible:outline-none"
      >
        {t("notifications.seeAll")}
      </Link>
    </div>
  );
}
