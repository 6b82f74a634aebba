// The notifications page: every notice, newest first, page after page (keyset), all or the
// unread only (kept in the address, ?unread=1), with "Mark all as read". The arrows move
// between the notices; opening one marks it read and goes where it points.
import { useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { cn } from "../../../lib/cn.ts";
import { Button } from "../../../components/ui/button.tsx";
import { EmptyState } from "../../../components/ui/empty-state.tsx";
import { PagedList } from "../../../components/list/paged-list.tsx";
import {
  PAGE_SIZE,
  useMarkAllRead,
  useMarkRead,
  useNotificationList,
  useUnreadCount,
  type NotificationItem,
} from "../api/notifications.ts";
import { moveAmongRows } from "../lib/arrow-keys.ts";
import { useNow } from "../lib/relative-time.ts";
import { NotificationRow } from "./notification-row.tsx";

const UNREAD_PARAM = "unread";

/** "Mark all as read", for the page's header: off when nothing is unread. */
export function MarkAllReadButton() {
  const { t } = useTranslation();
  const unread = useUnreadCount();
  const markAllRead = useMarkAllRead();
  return (
    <Button disabled={!unread} loading={markAllRead.isPending} onClick={() => markAllRead.mutate()}>
      {t("notifications.markAllRead")}
    </Button>
  );
}

export function NotificationCentre() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get(UNREAD_PARAM) === "1";
  const list = useNotificationList({ unreadOnly, limit: PAGE_SIZE });
  const markRead = useMarkRead();
  const now = useNow();

  function show(onlyUnread: boolean) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (onlyUnread) next.set(UNREAD_PARAM, "1");
        else next.delete(UNREAD_PARAM);
        return next;
      },
      { replace: true },
    );
  }

  function openNotice(notice: NotificationItem) {
    if (notice.readAt === null) markRead.mutate({ ids: [notice.id] });
  }

  const filters = [
    { value: false, label: t("notifications.filter.all") },
    { value: true, label: t("notifications.filter.unread") },
  ];

  return (
    <div className="flex flex-col gap-4">
      <div
        role="group"
        aria-label={t("notifications.filter.label")}
        className="flex gap-1 self-start rounded-lg bg-zinc-100 p-1"
      >
        {filters.map((filter) => (
          <button
            key={String(filter.value)}
            type="button"
            aria-pressed={unreadOnly === filter.value}
            onClick={() => show(filter.value)}
            className={cn(
              "rounded-md px-3 py-1 text-sm font-medium",
              "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600",
              unreadOnly === filter.value ? "bg-white text-zinc-900 shadow-xs" : "text-zinc-600 hover:text-zinc-900",
            )}
          >
            {filter.label}
          </button>
        ))}
      </div>
      <PagedList
        list={list}
        empty={
          unreadOnly ? (
            <EmptyState
              title={t("notifications.empty.unreadTitle")}
              description={t("notifications.empty.unreadDescription")}
            />
          ) : (
            <EmptyState title={t("notifications.empty.title")} description={t("notifications.empty.description")} />
          )
        }
      >
        {(items) => (
          <ul
            aria-label={t("notifications.title")}
            onKeyDown={moveAmongRows}
            className="divide-y divide-zinc-100 overflow-hidden rounded-lg border border-zinc-200 bg-white shadow-xs"
          >
            {items.map((notice) => (
              <li key={notice.id}>
                <NotificationRow notice={notice} now={now} onOpen={openNotice} />
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </div>
  );
}
