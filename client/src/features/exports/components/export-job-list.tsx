// The user's exports, newest first: what each exports, its state, its progress (live),
// and what can be done with it: cancel one that waits or runs, download one that is ready
// (kept 24 hours), read why one failed. `highlight` marks the job a notification pointed to.
import { useTranslation } from "react-i18next";
import { exportJobFilePath, exportKindKey, isExportJobFinished } from "@hemicycle/shared/export-jobs";
import { MESSAGE_CODES, type MessageCode } from "@hemicycle/shared/messages";
import type { ExportJobStatus } from "@hemicycle/shared/enums";
import { Badge, type BadgeTone } from "../../../components/ui/badge.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { EmptyState } from "../../../components/ui/empty-state.tsx";
import { ErrorState } from "../../../components/ui/error-state.tsx";
import { LoadingBlock } from "../../../components/ui/spinner.tsx";
import { cn } from "../../../lib/cn.ts";
import { describeError } from "../../../lib/describe-error.ts";
import { formatDateTime } from "../../../lib/format.ts";
import { renderMessage } from "../../../lib/messages.ts";
import { useCancelExport, useExportJobs, type ExportJob } from "../api/export-jobs.ts";

const TONES: Record<ExportJobStatus, BadgeTone> = {
  QUEUED: "gray",
  RUNNING: "blue",
  DONE: "green",
  FAILED: "red",
  CANCELLED: "gray",
};

const CODES: ReadonlySet<string> = new Set(MESSAGE_CODES);

/** Why a job failed, in the reader's language. */
function failure(code: string | null): string {
  return renderMessage({ code: (code && CODES.has(code) ? code : "exportFailed") as MessageCode });
}

export function ExportJobList({ highlight }: { highlight?: string | null }) {
  const { t } = useTranslation();
  const jobs = useExportJobs();
  if (jobs.isPending) return <LoadingBlock />;
  if (jobs.isError)
    return (
      <ErrorState
        title={t("exportJobs.loadFailed")}
        error={jobs.error}
        onRetry={() => void jobs.refetch()}
        retrying={jobs.isFetching}
      />
    );
  if (jobs.data.length === 0)
    return <EmptyState title={t("exportJobs.empty")} description={t("exportJobs.emptyHint")} />;
  return (
    <ul aria-label={t("exportJobs.listLabel")} className="flex flex-col gap-3">
      {jobs.data.map((job) => (
        <ExportJobRow key={job.id} job={job} highlighted={job.id === highlight} />
      ))}
    </ul>
  );
}

function ExportJobRow({ job, highlighted }: { job: ExportJob; highlighted: boolean }) {
  const { t } = useTranslation();
  const cancel = useCancelExport();
  const kind = t(exportKindKey(job.kind as Parameters<typeof exportKindKey>[0]));
  const underWay = !isExportJobFinished(job.status);
  return (
    <li
      aria-current={highlighted || undefined}
      className={cn(
        "flex flex-col gap-2 rounded-lg border bg-white px-4 py-3 shadow-sm sm:flex-row sm:items-center sm:gap-4",
        highlighted ? "border-brand-400 ring-2 ring-brand-200" : "border-zinc-200",
      )}
    >
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <span className="font-medium text-zinc-900 first-letter:uppercase">{kind}</span>
          <Badge tone={TONES[job.status]} dot={job.status === "RUNNING"}>
            {t(`exportJobs.status.${job.status}`)}
          </Badge>
        </div>
        {job.fileName ? (
          <span className="text-sm break-all text-zinc-700">
            {/* A file name reads left to right, on the start side of the page in either direction. */}
            <bdi>{job.fileName}</bdi>
          </span>
        ) : null}
        <span className="text-xs text-zinc-600">
          {job.finishedAt
            ? t("exportJobs.finished", { date: formatDateTime(job.finishedAt) })
            : t("exportJobs.started", { date: formatDateTime(job.createdAt) })}
          {job.status === "DONE" && job.expiresAt
            ? ` · ${t("exportJobs.keptUntil", { date: formatDateTime(job.expiresAt) })}`
            : null}
        </span>
        {underWay ? <ProgressBar progress={job.status === "QUEUED" ? null : job.progress} kind={kind} /> : null}
        {job.status === "FAILED" ? (
          <p role="alert" className="text-sm text-red-700">
            {failure(job.error)}
          </p>
        ) : null}
        {cancel.isError ? (
          <p role="alert" className="text-sm text-red-700">
            {describeError(cancel.error)}
          </p>
        ) : null}
      </div>
      <div className="flex shrink-0 gap-2">
        {underWay ? (
          <Button
            size="sm"
            variant="ghost"
            loading={cancel.isPending}
            aria-label={t("exportJobs.cancelLabel", { kind })}
            onClick={() => cancel.mutate({ id: job.id })}
          >
            {t("exportJobs.cancel")}
          </Button>
        ) : null}
        {job.status === "DONE" ? (
          <a
            href={exportJobFilePath(job.id)}
            download={job.fileName ?? true}
            aria-label={t("exportJobs.downloadLabel", { file: job.fileName ?? kind })}
            className="inline-flex h-8 items-center justify-center rounded-md bg-brand-600 px-2.5 text-xs font-medium whitespace-nowrap text-white shadow-sm hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          >
            {t("exportJobs.download")}
          </a>
        ) : null}
      </div>
    </li>
  );
}

/** A job's progress; `null` while it waits (no figure yet). */
function ProgressBar({ progress, kind }: { progress: number | null; kind: string }) {
  const { t } = useTranslation();
  const label = t("exportJobs.progress", { kind });
  return (
    <div className="flex items-center gap-2">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress ?? undefined}
        className="h-2 w-full max-w-md overflow-hidden rounded-full bg-zinc-100"
      >
        {progress === null || progress === 0 ? (
          <div className="h-full w-1/3 animate-pulse rounded-full bg-brand-500 motion-reduce:animate-none" />
        ) : (
          <div className="h-full rounded-full bg-brand-600 transition-[width]" style={{ width: `${progress}%` }} />
        )}
      </div>
      {progress ? (
        <span className="text-xs text-zinc-600 tabular-nums">{t("exportJobs.percent", { percent: progress })}</span>
      ) : null}
    </div>
  );
}
