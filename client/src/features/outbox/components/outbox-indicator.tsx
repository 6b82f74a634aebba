// The outbox in the shell's header: how many items wait to be sent, or "Offline" when
// the browser has no connection, linking to the outbox page; hidden when there is nothing
// to say. Mounted once in the shell, it also starts the sending and remembers who is
// signed in so that the shell opens offline next time.
import { useEffect } from "react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { useMe } from "../../../lib/session.ts";
import { useOnline, useOutbox } from "../../../lib/outbox/use-outbox.ts";
import { cn } from "../../../lib/cn.ts";

export function OutboxIndicator() {
  const { t } = useTranslation();
  const me = useMe();
  const online = useOnline();
  const { items, runner } = useOutbox();

  useEffect(() => runner.start(), [runner]);
  useEffect(() => {
    // offline-session.ts comes with the outbox's IndexedDB code, a chunk of its own.
    void import("../../../lib/outbox/offline-session.ts")
      .then((session) => session.rememberSignedInUser(me))
      .catch(() => undefined);
  }, [me]);

  const count = items?.length ?? 0;
  const failed = items?.some((item) => item.status === "failed") ?? false;
  if (online && count === 0) return null;
  return (
    <Link
      to="/outbox"
      className={cn(
        "inline-flex h-8 items-center gap-1.5 rounded-md px-2 text-xs font-medium whitespace-nowrap ring-1 ring-inset",
        failed
          ? "bg-red-50 text-red-800 ring-red-600/20 hover:bg-red-100"
          : "bg-amber-50 text-amber-900 ring-amber-600/25 hover:bg-amber-100",
      )}
      aria-label={online ? t("outbox.badgeLabel", { count }) : t("outbox.badgeOfflineLabel", { count })}
    >
      {online ? null : <span>{t("outbox.offline")}</span>}
      {count > 0 ? (
        <>
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
            <path d="M2 5a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v2.5h-4.25a.75.75 0 0 0-.7.48 3.25 3.25 0 0 1-6.1 0 .75.75 0 0 0-.7-.48H2V5Zm0 4v6a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V9h-3.76a4.75 4.75 0 0 1-8.48 0H2Z" />
          </svg>
          <span className="tabular-nums">{count}</span>
        </>
      ) : null}
    </Link>
  );
}
