// The signed-in user's sessions: where and on what each was opened, when it was last
// used, and a way to end any of them, or all but this one, after a confirmation.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { formatDateTime } from "../../../lib/format.ts";
import { Card } from "../../../components/ui/card.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { deviceName } from "../lib/device-name.ts";
import { Badge } from "../../../components/ui/badge.tsx";
import { ConfirmDialog } from "../../../components/ui/dialog.tsx";
import { QueryState } from "../../../components/list/query-state.tsx";
import { useRevokeOtherSessions, useRevokeSession, useSessions, type AccountSession } from "../api/account.ts";

type Pending = { kind: "one"; session: AccountSession } | { kind: "others" } | null;

export function SessionsCard() {
  const { t } = useTranslation();
  const query = useSessions();
  const sessions = query.data ?? [];
  const revokeOne = useRevokeSession();
  const revokeOthers = useRevokeOtherSessions();
  const [pending, setPending] = useState<Pending>(null);
  const others = sessions.filter((s) => !s.current).length;

  function confirm() {
    if (!pending) return;
    const done = { onSettled: () => setPending(null) };
    if (pending.kind === "one") {
      revokeOne.mutate(
        { id: pending.session.id },
        { ...done, onSuccess: () => toast.success(t("account.sessions.revoked")) },
      );
    } else {
      revokeOthers.mutate(undefined, {
        ...done,
        onSuccess: ({ revoked }) => toast.success(t("account.sessions.revokedOthers", { count: revoked })),
      });
    }
  }

  return (
    <Card
      title={t("account.sessions.title")}
      description={t("account.sessions.description")}
      actions={
        others > 0 ? (
          <Button size="sm" onClick={() => setPending({ kind: "others" })}>
            {t("account.sessions.revokeOthers")}
          </Button>
        ) : null
      }
    >
      <QueryState query={query} isEmpty={sessions.length === 0}>
        <ul className="divide-y divide-zinc-200" aria-label={t("account.sessions.title")}>
          {sessions.map((session) => {
            const known = session.userAgent ? deviceName(session.userAgent) : null;
            const device = known
              ? t("account.sessions.device", known)
              : session.userAgent || t("account.sessions.unknownDevice");
            return (
              <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <div className="min-w-0">
                  <div className="flex items-center gap-2 text-sm font-medium text-zinc-900">
                    <bdi className="truncate" title={session.userAgent ?? undefined}>
                      {device}
                    </bdi>
                    {session.current ? <Badge tone="indigo">{t("account.sessions.current")}</Badge> : null}
                  </div>
                  <div className="text-xs text-zinc-500">
                    {t("account.sessions.details", {
                      address: session.ipAddress || t("account.sessions.unknownAddress"),
                      createdAt: formatDateTime(session.createdAt),
                      lastSeenAt: formatDateTime(session.lastSeenAt),
                    })}
                  </div>
                </div>
                {session.current ? null : (
                  <Button
                    size="sm"
                    aria-label={t("account.sessions.revokeNamed", { device })}
                    onClick={() => setPending({ kind: "one", session })}
                  >
                    {t("account.sessions.revoke")}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      </QueryState>
      <ConfirmDialog
        open={pending !== null}
        onClose={() => setPending(null)}
        onConfirm={confirm}
        busy={revokeOne.isPending || revokeOthers.isPending}
        title={
          pending?.kind === "others" ? t("account.sessions.confirmOthersTitle") : t("account.sessions.confirmTitle")
        }
        description={
          pending?.kind === "others"
            ? t("account.sessions.confirmOthers", { count: others })
            : t("account.sessions.confirm")
        }
        confirmLabel={pending?.kind === "others" ? t("account.sessions.revokeOthers") : t("account.sessions.revoke")}
      />
    </Card>
  );
}
