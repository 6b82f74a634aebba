// The outbox page's list: each waiting item with what it is, where it was entered, when
// it was queued and how it stands (waiting, sending, refused with the server's reason),
// and what the person can do: send now, attach a file to a queued finding, fix a refused
// finding, discard (after confirming). The form that fixes a refused finding belongs to
// the findings feature: the route hands it in as `findingEditor`.
import { useState, type ChangeEvent, type ComponentType } from "react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { renderMessage } from "../../../lib/messages.ts";
import { formatDateTime } from "../../../lib/format.ts";
import { useOnline, useOutbox } from "../../../lib/outbox/use-outbox.ts";
import type { OutboxCreate, OutboxFailure, OutboxItem } from "../../../lib/outbox/types.ts";
import i18n from "../../../lib/i18n.ts";
import { Alert } from "../../../components/ui/alert.tsx";
import { Badge } from "../../../components/ui/badge.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { ConfirmDialog } from "../../../components/ui/dialog.tsx";
import { EmptyState } from "../../../components/ui/empty-state.tsx";
import { LoadingBlock } from "../../../components/ui/spinner.tsx";

function itemTitle(item: OutboxItem): string {
  if (item.kind === "create") return item.input.title;
  if (item.kind === "edit") return item.title;
  return item.name;
}

const FILE_REFUSALS = ["notFound", "forbidden", "noFile", "tooLarge", "typeNotAllowed"] as const;
type FileRefusal = (typeof FILE_REFUSALS)[number];
const isFileRefusal = (reason: string): reason is FileRefusal => (FILE_REFUSALS as readonly string[]).includes(reason);

/** What the server said: a file route's refusal in our words, else the message it sent. */
function failureText(failure: OutboxFailure): string {
  const refusal = failure.fileRefusal;
  if (refusal && isFileRefusal(refusal.reason)) {
    const megabytes = refusal.maxBytes ? Math.round(refusal.maxBytes / 1_000_000) : 0;
    return i18n.t(`outbox.fileRefusal.${refusal.reason}`, { megabytes });
  }
  return renderMessage(failure.message);
}

function filesOf(items: readonly OutboxItem[], create: OutboxCreate): number {
  return items.filter(
    (other) => other.kind === "file" && "clientId" in other.target && other.target.clientId === create.input.clientId,
  ).length;
}

/** The editor of a refused queued finding; mounted with the item's id as `key`. */
export type FindingEditorProps = {
  item: OutboxCreate;
  onClose: () => void;
  /** Puts the fixed finding back in line and sends at once. */
  onSave: (input: OutboxCreate["input"]) => Promise<void>;
};

type OutboxListProps = { findingEditor: ComponentType<FindingEditorProps> };

export function OutboxList({ findingEditor: FindingEditor }: OutboxListProps) {
  const { t } = useTranslation();
  const online = useOnline();
  const { items, runner } = useOutbox();
  const [sending, setSending] = useState(false);
  const [discarding, setDiscarding] = useState<OutboxItem | null>(null);
  const [editing, setEditing] = useState<OutboxCreate | null>(null);

  if (!items) return <LoadingBlock />;

  async function sendNow() {
    setSending(true);
    try {
      await runner.sendNow();
    } finally {
      setSending(false);
    }
  }

  async function attach(create: OutboxCreate, event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    event.target.value = "";
    for (const file of files) {
      await runner.store.add({
        kind: "file",
        target: { clientId: create.input.clientId },
        findingTitle: create.input.title,
        name: file.name,
        type: file.type || "application/octet-stream",
        size: file.size,
        data: await file.arrayBuffer(),
        place: create.place,
      });
    }
  }

  const waiting = items.filter((item) => item.status !== "failed").length;
  return (
    <div className="flex flex-col gap-4">
      {online ? null : <Alert tone="warning">{t("outbox.offlineNotice")}</Alert>}
      {items.length > 0 ? (
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-zinc-600" aria-live="polite">
            {t("outbox.summary", { count: items.length })}
          </p>
          <Button
            className="ms-auto"
            size="sm"
            variant="primary"
            onClick={() => void sendNow()}
            loading={sending}
            disabled={!online || waiting === 0}
          >
            {t("outbox.sendNow")}
          </Button>
        </div>
      ) : null}

      {items.length === 0 ? (
        <EmptyState title={t("outbox.emptyTitle")} description={t("outbox.emptyBody")} />
      ) : (
        <ul className="flex flex-col gap-3" aria-label={t("outbox.listLabel")}>
          {items.map((item) => (
            <li key={item.id} className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-start gap-x-3 gap-y-1">
                <div className="min-w-0 flex-1">
                  <p className="text-xs font-medium tracking-wide text-zinc-500 uppercase">
                    {t(`outbox.kind.${item.kind}`)}
                  </p>
                  <h2 className="text-sm font-semibold break-words text-zinc-900">{itemTitle(item)}</h2>
                  {item.kind === "file" ? (
                    <p className="text-sm text-zinc-600">{t("outbox.fileFor", { title: item.findingTitle })}</p>
                  ) : null}
                </div>
                <StatusBadge item={item} />
              </div>
              <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm text-zinc-600 sm:grid-cols-[auto_1fr]">
                <dt className="font-medium text-zinc-700">{t("outbox.where")}</dt>
                <dd>
                  <Link to={item.place.path} className="text-brand-700 underline-offset-2 hover:underline">
                    {item.place.label}
                  </Link>
                </dd>
                <dt className="font-medium text-zinc-700">{t("outbox.queuedAt")}</dt>
                <dd>{formatDateTime(item.queuedAt)}</dd>
              </dl>
              {item.failure ? (
                <Alert tone="error" title={t("outbox.refused")} className="mt-3" live={false}>
                  <p>{failureText(item.failure)}</p>
                  {item.failure.details.length > 0 ? (
                    <ul className="mt-1 list-disc ps-5">
                      {item.failure.details.map((detail, index) => (
                        <li key={index}>{renderMessage(detail)}</li>
                      ))}
                    </ul>
                  ) : null}
                </Alert>
              ) : null}
              <div className="mt-3 flex flex-wrap gap-2">
                {item.kind === "create" && item.status === "failed" ? (
                  <Button size="sm" onClick={() => setEditing(item)}>
                    {t("outbox.edit")}
                  </Button>
                ) : null}
                {item.kind === "create" && item.status !== "failed" ? (
                  <label className="inline-flex h-8 cursor-pointer items-center rounded-md border border-zinc-300 bg-white px-2.5 text-xs font-medium text-zinc-800 shadow-sm focus-within:ring-2 focus-within:ring-brand-500 hover:bg-zinc-50">
                    <input
                      type="file"
                      className="sr-only"
                      aria-label={t("outbox.attachTo", { title: item.input.title })}
                      onChange={(event) => void attach(item, event)}
                    />
                    {t("outbox.attach")}
                  </label>
                ) : null}
                <Button size="sm" variant="ghost" onClick={() => setDiscarding(item)}>
                  {t("outbox.discard")}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}

      <ConfirmDialog
        open={discarding !== null}
        onClose={() => setDiscarding(null)}
        onConfirm={() => {
          if (discarding) void runner.store.remove(discarding.id);
          setDiscarding(null);
        }}
        title={t("outbox.discardTitle")}
        description={
          discarding?.kind === "create" && filesOf(items, discarding) > 0
            ? t("outbox.discardWithFiles", { title: itemTitle(discarding), count: filesOf(items, discarding) })
            : t("outbox.discardBody", { title: discarding ? itemTitle(discarding) : "" })
        }
        confirmLabel={t("outbox.discard")}
      />
      {editing ? (
        <FindingEditor
          key={editing.id}
          item={editing}
          onClose={() => setEditing(null)}
          onSave={async (input) => {
            await runner.store.update(editing.id, { input, status: "waiting", failure: null } as Partial<OutboxCreate>);
            void runner.sendNow();
          }}
        />
      ) : null}
    </div>
  );
}

function StatusBadge({ item }: { item: OutboxItem }) {
  const { t } = useTranslation();
  if (item.status === "failed") return <Badge tone="red">{t("outbox.status.failed")}</Badge>;
  if (item.status === "sending") return <Badge tone="blue">{t("outbox.status.sending")}</Badge>;
  const waitsForFinding = item.kind === "file" && "clientId" in item.target;
  return (
    <Badge tone="yellow">{t(waitsForFinding ? "outbox.status.waitingForFinding" : "outbox.status.waiting")}</Badge>
  );
}
