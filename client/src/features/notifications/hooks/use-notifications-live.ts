// The unread count, live: `notifications.onChange` yields the count as the feed opens and
// after each change to the reader's notices (a new one, one read here or in another tab),
// from whichever instance wrote it. The count goes straight into the bell's query; the
// lists are read again, since a new notice or a read one changes them. After a lost
// connection the feed comes back by itself (EventSource, and the client's retry link); the
// count it yields first then sets things right, and the lists are read again.
import { skipToken, useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useCallback, useEffect, useState } from "react";
import { isUnauthorized } from "../../../lib/errors.ts";
import { onUnauthorized } from "../../../lib/session-events.ts";
import { trpc } from "../../../lib/trpc.ts";
import { refreshNotifications } from "../api/notifications.ts";

/** A feed the server ended (not an error, e.g. a restart) is opened again after this. */
const REOPEN_MS = 3000;
/** Changes arriving together cause one reading of the lists. */
const GATHER_MS = 150;

/** Keeps the unread count live; `live` is false where the feed cannot run (then the count is polled). */
export function useNotificationsLive(): { live: boolean } {
  const queryClient = useQueryClient();
  // No EventSource (tests in jsdom, very old browsers): the bell still works, polling.
  const supported = typeof EventSource !== "undefined";
  const [changes, setChanges] = useState(0);

  const onData = useCallback(
    (notice: { unread: number }) => {
      queryClient.setQueryData(trpc.notifications.unreadCount.queryKey(), { unread: notice.unread });
      setChanges((n) => n + 1);
    },
    [queryClient],
  );
  const subscription = useSubscription(
    trpc.notifications.onChange.subscriptionOptions(supported ? undefined : skipToken, {
      onData,
      onError: (error) => {
        if (isUnauthorized(error)) onUnauthorized();
      },
    }),
  );

  // The lists follow the count, once per burst.
  useEffect(() => {
    if (changes === 0) return;
    const timer = setTimeout(() => void queryClient.invalidateQueries(trpc.notifications.list.pathFilter()), GATHER_MS);
    return () => clearTimeout(timer);
  }, [changes, queryClient]);

  const { status, reset } = subscription;
  // The server ended the feed: read everything again and open it again a little later.
  useEffect(() => {
    if (!supported || status !== "idle" || changes === 0) return;
    refreshNotifications(queryClient);
    const timer = setTimeout(reset, REOPEN_MS);
    return () => clearTimeout(timer);
  }, [supported, status, changes, reset, queryClient]);

  return { live: supported && status !== "error" };
}
