// The account page's "Notifications by e-mail": one box per kind, about the user's work
// first, then the reminders; saved together. Everything stays in the app's notifications
// either way. When this server sends no e-mail (no SMTP configured) it says so and the
// boxes are off.
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { NOTIFICATION_KINDS, type NotificationKind } from "@hemicycle/shared/enums";
import { REMINDER_KINDS } from "@hemicycle/shared/notifications";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Card } from "../../../components/ui/card.tsx";
import { QueryState } from "../../../components/list/query-state.tsx";
import { useEmailPreferences, useSetEmailPreferences } from "../api/notifications.ts";

const isReminder = (kind: NotificationKind) => (REMINDER_KINDS as readonly NotificationKind[]).includes(kind);

const GROUPS = [
  { key: "work", kinds: NOTIFICATION_KINDS.filter((kind) => !isReminder(kind)) },
  { key: "reminders", kinds: NOTIFICATION_KINDS.filter(isReminder) },
] as const;

export function EmailPreferencesCard() {
  const { t } = useTranslation();
  const id = useId();
  const query = useEmailPreferences();
  const save = useSetEmailPreferences();
  /** The boxes as the user set them; null while they are as saved. */
  const [edited, setEdited] = useState<ReadonlySet<NotificationKind> | null>(null);
  const saved = new Set<NotificationKind>(query.data?.kinds ?? []);
  const chosen = edited ?? saved;
  const enabled = query.data?.emailConfigured ?? false;
  const changed = edited !== null && (edited.size !== saved.size || [...edited].some((kind) => !saved.has(kind)));

  function toggle(kind: NotificationKind, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(kind);
    else next.delete(kind);
    setEdited(next);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const kinds = NOTIFICATION_KINDS.filter((kind) => chosen.has(kind));
    save.mutate(
      { kinds },
      {
        onSuccess: () => {
          setEdited(null);
          toast.success(t("notifications.email.saved"));
        },
      },
    );
  }

  return (
    <Card title={t("notifications.email.title")} description={t("notifications.email.description")} id={`${id}-email`}>
      <QueryState query={query}>
        <form onSubmit={submit} className="flex flex-col gap-4">
          {enabled ? null : <Alert tone="info">{t("notifications.email.off")}</Alert>}
          <div className="grid gap-4 sm:grid-cols-2">
            {GROUPS.map((group) => (
              <fieldset key={group.key} disabled={!enabled} className="flex flex-col gap-2 disabled:opacity-60">
                <legend className="mb-1 text-sm font-medium text-zinc-900">
                  {t(`notifications.email.groups.${group.key}`)}
                </legend>
                {group.kinds.map((kind) => (
                  <label key={kind} className="flex items-start gap-2 text-sm text-zinc-800">
                    <input
                      type="checkbox"
                      checked={chosen.has(kind)}
                      onChange={(event) => toggle(kind, event.target.checked)}
                      className="mt-0.5 size-4 shrink-0 accent-brand-600"
                    />
                    <span>{t(`notifications.email.kind.${kind}`)}</span>
                  </label>
                ))}
              </fieldset>
            ))}
          </div>
          <div>
            <Button type="submit" variant="primary" disabled={!enabled || !changed} loading={save.isPending}>
              {t("notifications.email.save")}
            </Button>
          </div>
        </form>
      </QueryState>
    </Card>
  );
}
