// A finding's evidence files: photos with their preview, documents by name and size, each a
// download. Whoever may change them (the shared policy: the finding's writers while it is
// not validated) adds files by button or by dropping them on the panel, watching each
// upload's progress, and removes one after confirming. A refused file says why (too big,
// a type not accepted) and stays listed until dismissed. Without a connection the files go
// to the outbox and are listed here as waiting to send until the server has them.
import { useRef, useState, type DragEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { mayChangeFindingFiles } from "@hemicycle/shared/policy";
import { useMe } from "../../../lib/session.ts";
import { cn } from "../../../lib/cn.ts";
import { formatDateTime, formatNumber } from "../../../lib/format.ts";
import { renderMessage } from "../../../lib/messages.ts";
import { useFindingFilesInOutbox } from "../../../lib/outbox/finding-files.ts";
import type { OutboxFile } from "../../../lib/outbox/types.ts";
import { Badge } from "../../../components/ui/badge.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Card } from "../../../components/ui/card.tsx";
import { ConfirmDialog } from "../../../components/ui/dialog.tsx";
import type { FindingDetail } from "../api/findings.ts";
import {
  FileUploadError,
  fileUrl,
  thumbnailUrl,
  uploadFindingFile,
  useRefreshFindingFiles,
  useRemoveAttachment,
  type FindingAttachment,
} from "../api/finding-files.ts";

/** What the file picker offers; the server decides from the bytes. */
const ACCEPT = ".jpg,.jpeg,.png,.webp,.pdf,.docx,.xlsx,.csv,.txt,image/jpeg,image/png,image/webp,application/pdf";

type Upload = { key: number; name: string; progress: number; error: string | null };

export function useFileSize() {
  // Re-rendered when the language changes: the sizes follow it.
  useTranslation();
  return (bytes: number) => {
    const [value, unit] =
      bytes >= 1024 * 1024
        ? [bytes / (1024 * 1024), "megabyte"]
        : bytes >= 1024
          ? [bytes / 1024, "kilobyte"]
          : [bytes, "byte"];
    return formatNumber(value, {
      style: "unit",
      unit,
      // "45 bytes", not "45 byte": the short form of a byte is no abbreviation.
      unitDisplay: unit === "byte" ? "long" : "short",
      maximumFractionDigits: unit === "byte" ? 0 : 1,
    });
  };
}

function FileIcon({ type }: { type: string }) {
  const label =
    type === "application/pdf"
      ? "PDF"
      : type === "text/csv"
        ? "CSV"
        : type.includes("spreadsheet")
          ? "XLS"
          : type.includes("word")
            ? "DOC"
            : "TXT";
  return (
    <span
      aria-hidden="true"
      className="flex size-12 shrink-0 items-center justify-center rounded-md border border-zinc-200 bg-zinc-50 text-[10px] font-semibold text-zinc-500"
    >
      {label}
    </span>
  );
}

function AttachmentRow({
  file,
  canRemove,
  onRemove,
}: {
  file: FindingAttachment;
  canRemove: boolean;
  onRemove: (file: FindingAttachment) => void;
}) {
  const { t } = useTranslation();
  const size = useFileSize();
  return (
    <li className="flex items-center gap-3 py-2">
      {file.hasThumbnail ? (
        <img
          src={thumbnailUrl(file.id)}
          alt=""
          loading="lazy"
          className="size-12 shrink-0 rounded-md border border-zinc-200 object-cover"
        />
      ) : (
        <FileIcon type={file.type} />
      )}
      <div className="min-w-0 flex-1">
        <a
          href={fileUrl(file.id)}
          download={file.name}
          dir="auto"
          className="block truncate text-sm font-medium text-brand-700 hover:underline"
          title={t("findingFiles.download", { name: file.name })}
        >
          {file.name}
        </a>
        <p className="text-xs text-zinc-500">
          {size(file.size)}
          {"\u00a0· "}
          {formatDateTime(file.createdAt)}
        </p>
      </div>
      {canRemove ? (
        <Button
          size="sm"
          variant="ghost"
          onClick={() => onRemove(file)}
          aria-label={t("findingFiles.removeNamed", { name: file.name })}
        >
          {t("findingFiles.remove")}
        </Button>
      ) : null}
    </li>
  );
}

/** The refusals of the upload route that the panel explains in its own words. */
const REFUSALS = ["notFound", "forbidden", "noFile", "tooLarge", "typeNotAllowed"] as const;
const isKnownRefusal = (reason: string): reason is (typeof REFUSALS)[number] =>
  (REFUSALS as readonly string[]).includes(reason);

/** A file in the outbox for this finding: waiting to send, or refused on return with the server's reason. */
function QueuedFileRow({ file }: { file: OutboxFile }) {
  const { t } = useTranslation();
  const size = useFileSize();
  const refusal = file.failure?.fileRefusal?.reason;
  const maxBytes = file.failure?.fileRefusal?.maxBytes;
  const reason = !file.failure
    ? null
    : refusal === "tooLarge" && maxBytes
      ? t("findingFiles.errors.tooLargeLimit", { limit: size(maxBytes) })
      : refusal && isKnownRefusal(refusal)
        ? t(`findingFiles.errors.${refusal}`)
        : renderMessage(file.failure.message);
  return (
    <li className="flex items-start gap-3 py-2">
      <FileIcon type={file.type} />
      <div className="min-w-0 flex-1">
        <p dir="auto" className="truncate text-sm font-medium text-zinc-800">
          {file.name}
        </p>
        <p className="text-xs text-zinc-500">
          {size(file.size)}
          {"\u00a0· "}
          {t("findingFiles.queuedAt", { date: formatDateTime(file.queuedAt) })}
        </p>
        {reason ? (
          <p className="mt-1 text-xs text-red-700">
            {reason}{" "}
            <Link to="/outbox" className="text-brand-700 underline-offset-2 hover:underline">
              {t("findingFiles.openOutbox")}
            </Link>
          </p>
        ) : null}
      </div>
      {file.status === "failed" ? (
        <Badge tone="red">{t("findingFiles.queuedRefused")}</Badge>
      ) : file.status === "sending" ? (
        <Badge tone="blue">{t("findingFiles.queuedSending")}</Badge>
      ) : (
        <Badge tone="yellow">{t("findingFiles.queuedWaiting")}</Badge>
      )}
    </li>
  );
}

export function FindingAttachments({ finding }: { finding: FindingDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const size = useFileSize();
  const refresh = useRefreshFindingFiles();
  const remove = useRemoveAttachment();
  const input = useRef<HTMLInputElement>(null);
  const nextKey = useRef(0);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragging, setDragging] = useState(false);
  const [removing, setRemoving] = useState<FindingAttachment | null>(null);
  const canChange = mayChangeFindingFiles(me, finding.status, finding.myTeamRole);
  const files = finding.attachments;
  const outbox = useFindingFilesInOutbox({
    id: finding.id,
    title: finding.title,
    placeLabel: finding.phase.mission.code,
  });

  function describe(error: unknown): string {
    if (!(error instanceof FileUploadError)) return t("findingFiles.errors.server");
    if (error.reason === "tooLarge" && error.maxBytes)
      return t("findingFiles.errors.tooLargeLimit", { limit: size(error.maxBytes) });
    return t(`findingFiles.errors.${error.reason}`);
  }

  /** To the outbox (no connection); if this browser cannot keep them, each says it was not sent. */
  async function queue(list: readonly File[]) {
    try {
      await outbox.queue(list);
    } catch {
      setUploads((current) => [
        ...current,
        ...list.map((file) => ({
          key: nextKey.current++,
          name: file.name,
          progress: 0,
          error: t("findingFiles.errors.network"),
        })),
      ]);
    }
  }

  async function send(list: FileList | File[]) {
    const all = Array.from(list);
    if (all.length === 0) return;
    if (!navigator.onLine) return queue(all);
    const picked = all.map((file) => ({ file, key: nextKey.current++ }));
    setUploads((current) => [
      ...current,
      ...picked.map(({ file, key }) => ({ key, name: file.name, progress: 0, error: null })),
    ]);
    const update = (key: number, change: Partial<Upload>) =>
      setUploads((current) => current.map((u) => (u.key === key ? { ...u, ...change } : u)));
    // One after another: the server takes a couple at a time per user anyway.
    for (const [index, { file, key }] of picked.entries()) {
      try {
        await uploadFindingFile(finding.id, file, (progress) => update(key, { progress }));
        setUploads((current) => current.filter((u) => u.key !== key));
        await refresh(finding.id);
      } catch (error) {
        if (error instanceof FileUploadError && error.reason === "network") {
          // The connection is gone: this file and the ones after it wait in the outbox.
          const rest = picked.slice(index);
          const keys = new Set(rest.map((p) => p.key));
          setUploads((current) => current.filter((u) => !keys.has(u.key)));
          await queue(rest.map((p) => p.file));
          return;
        }
        update(key, { error: describe(error) });
      }
    }
  }

  function onDrop(event: DragEvent<HTMLElement>) {
    if (!canChange) return;
    event.preventDefault();
    setDragging(false);
    void send(event.dataTransfer.files);
  }

  return (
    <Card
      id="finding-files"
      title={t("findingFiles.title")}
      as="h2"
      actions={
        canChange ? (
          <>
            <input
              ref={input}
              type="file"
              multiple
              accept={ACCEPT}
              className="sr-only"
              tabIndex={-1}
              onChange={(event) => {
                if (event.target.files) void send(event.target.files);
                event.target.value = "";
              }}
            />
            <Button size="sm" onClick={() => input.current?.click()}>
              {t("findingFiles.add")}
            </Button>
          </>
        ) : null
      }
    >
      <div
        onDragOver={(event) => {
          if (!canChange) return;
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={cn("rounded-md", dragging && "outline-2 outline-offset-4 outline-dashed outline-brand-500")}
        data-testid="finding-files-drop"
      >
        {files.length === 0 && uploads.length === 0 && outbox.queued.length === 0 ? (
          <p className="text-sm text-zinc-500">{canChange ? t("findingFiles.emptyWriter") : t("findingFiles.empty")}</p>
        ) : null}
        {files.length > 0 ? (
          <ul className="divide-y divide-zinc-100">
            {files.map((file) => (
              <AttachmentRow key={file.id} file={file} canRemove={canChange} onRemove={setRemoving} />
            ))}
          </ul>
        ) : null}
        {outbox.queued.length > 0 ? (
          <ul className="divide-y divide-zinc-100" aria-label={t("findingFiles.queued")}>
            {outbox.queued.map((file) => (
              <QueuedFileRow key={file.id} file={file} />
            ))}
          </ul>
        ) : null}
        {uploads.length > 0 ? (
          <ul className="mt-2 flex flex-col gap-2" aria-label={t("findingFiles.uploads")}>
            {uploads.map((upload) => (
              <li key={upload.key} className="text-sm">
                <div className="flex items-center justify-between gap-2">
                  <span dir="auto" className="truncate">
                    {upload.name}
                  </span>
                  {upload.error ? (
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => setUploads((current) => current.filter((u) => u.key !== upload.key))}
                    >
                      {t("findingFiles.dismiss")}
                    </Button>
                  ) : null}
                </div>
                {upload.error ? (
                  <p role="alert" className="text-xs text-red-700">
                    {upload.error}
                  </p>
                ) : (
                  <progress
                    className="h-1.5 w-full accent-brand-600"
                    max={1}
                    value={upload.progress}
                    aria-label={t("findingFiles.uploading", { name: upload.name })}
                  />
                )}
              </li>
            ))}
          </ul>
        ) : null}
        {canChange ? <p className="mt-3 text-xs text-zinc-500">{t("findingFiles.hint")}</p> : null}
      </div>
      <ConfirmDialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate({ id: removing.id }, { onSettled: () => setRemoving(null) });
        }}
        busy={remove.isPending}
        title={t("findingFiles.removeTitle")}
        description={t("findingFiles.removeBody", { name: removing?.name ?? "" })}
        confirmLabel={t("findingFiles.remove")}
      />
    </Card>
  );
}
