// The signed-in user's notification centre (docs/notifications.md): the unread count the
// shell's bell shows, the notices newest first (keyset pages), marking them read, and which
// kinds also come by e-mail. Only ever the caller's own: the server answers nothing else.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { pagedListOptions, withItems } from "../../../lib/paged-list.ts";
import type { RouterOutputs } from "../../../lib/router-types.ts";
import { trpc } from "../../../lib/trpc.ts";

export type NotificationItem = RouterOutputs["notifications"]["list"]["items"][number];
export type EmailPreferences = RouterOutputs["notifications"]["emailPreferences"];

/** The bell's panel shows the latest few; the page pages on. */
export const PANEL_SIZE = 8;
export const PAGE_SIZE = 25;

/** The number of unread notices (undefined until known). */
export function useUnreadCount(options: { poll?: boolean } = {}) {
  // Without the live feed (no EventSource, or it failed), the count is read again every minute instead.
  const query = useQuery({
    ...trpc.notifications.unreadCount.queryOptions(),
    staleTime: 0,
    refetchInterval: options.poll ? 60_000 : false,
  });
  return query.data?.unread;
}

export function useNotificationList(input: { unreadOnly: boolean; limit: number }) {
  return withItems(useInfiniteQuery(trpc.notifications.list.infiniteQueryOptions(input, pagedListOptions)));
}

/** After a change (here or in another tab, told by the live feed): the count and the lists again. */
export function refreshNotifications(queryClient: QueryClient) {
  void queryClient.invalidateQueries(trpc.notifications.unreadCount.pathFilter());
  void queryClient.invalidateQueries(trpc.notifications.list.pathFilter());
}

type ListData = { pages: { items: NotificationItem[] }[] };

/**
 * Marks the notices read in every cached list at once, so the page and the panel agree
 * before the server answers; returns the ids that were unread there.
 */
function markInLists(queryClient: QueryClient, read: (item: NotificationItem) => boolean): Set<string> {
  const now = new Date();
  const marked = new Set<string>();
  queryClient.setQueriesData<ListData>(trpc.notifications.list.pathFilter(), (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            items: page.items.map((item) => {
              if (item.readAt !== null || !read(item)) return item;
              marked.add(item.id);
              return { ...item, readAt: now };
            }),
          })),
        }
      : data,
  );
  return marked;
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.notifications.markRead.mutationOptions({
      onMutate: ({ ids }) => {
        const chosen = new Set(ids);
        const marked = markInLists(queryClient, (item) => chosen.has(item.id));
        // The bell drops at once; the server's count (its answer, the live feed) then settles it.
        queryClient.setQueryData(trpc.notifications.unreadCount.queryKey(), (count) =>
          count ? { unread: Math.max(0, count.unread - marked.size) } : count,
        );
      },
      onSuccess: ({ unread }) => queryClient.setQueryData(trpc.notifications.unreadCount.queryKey(), { unread }),
      onSettled: () => refreshNotifications(queryClient),
    }),
  );
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.notifications.markAllRead.mutationOptions({
      onMutate: () => {
        markInLists(queryClient, () => true);
        queryClient.setQueryData(trpc.notifications.unreadCount.queryKey(), { unread: 0 });
      },
      onSettled: () => refreshNotifications(queryClient),
    }),
  );
}

export function useEmailPreferences() {
  return useQuery(trpc.notifications.emailPreferences.queryOptions());
}

export function useSetEmailPreferences() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.notifications.setEmailPreferences.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.notifications.emailPreferences.pathFilter()),
    }),
  );
}
