// The long exports as jobs (docs/operations.md, "Exports as jobs"): the findings' and the
// audit log's CSV and the assessment report are started here, run by the `exports.run`
// job on whichever instance takes it (jobs/handlers.ts), written into the database in
// chunks of about 1 MB (export_job_chunks) while the job's progress moves, and downloaded
// by their owner from GET /export/jobs/:id/file (http/routes/export-job-files.ts). Each
// change of status or progress tells the owner's tabs on every instance (a trigger's
// pg_notify, live/user-events.ts). The same permissions as the direct routes are checked
// when the job starts AND when it runs: the owner may have lost access meanwhile.
import { Readable } from "node:stream";
import { message } from "@hemicycle/shared/messages";
import { mayReadAuditLog, type Actor } from "@hemicycle/shared/policy";
import {
  EXPORT_JOB_TTL_HOURS,
  MAX_ACTIVE_EXPORT_JOBS,
  ZExportJobStartInput,
  type ExportJobRequest,
  type ExportKind,
} from "@hemicycle/shared/export-jobs";
import type { Language } from "@hemicycle/shared/languages";
import type { Prisma } from "../db/generated/client.ts";
import { lockRows } from "../db/locks.ts";
import type { Db, DbOrTx } from "../db/types.ts";
import { auditCsv, auditFileName } from "../exports/audit-csv.ts";
import { assessmentReportFileName } from "../exports/file-name.ts";
import { findingsCsv, findingsExportName } from "../exports/findings-csv.ts";
import type { JobQueue } from "../jobs/queue.ts";
import { AppError, notFound } from "../lib/errors.ts";
import { translator } from "../lib/translate.ts";
import { auditWhere } from "./audit-list.ts";
import { findingListWhere } from "./finding-list.ts";
import { notify } from "./notifications.ts";

/** What the owner's screens read of a job. */
export const exportJobSelect = {
  id: true,
  kind: true,
  status: true,
  progress: true,
  fileName: true,
  bytes: true,
  error: true,
  createdAt: true,
  finishedAt: true,
  expiresAt: true,
} satisfies Prisma.ExportJobSelect;
export type ExportJobView = Prisma.ExportJobGetPayload<{ select: typeof exportJobSelect }>;

/** How many of the caller's most recent jobs the list shows. */
export const EXPORT_JOB_LIST_LIMIT = 20;

/** The size of the pieces a job's file is kept in. */
export const CHUNK_BYTES = 1024 * 1024;

/** Progress is written at most this often, and only when it moved by at least PROGRESS_STEP points. */
export const PROGRESS_INTERVAL_MS = 1000;
export const PROGRESS_STEP = 5;

/** Rough bytes per CSV row, for the progress of a file whose length is unknown until written. */
const ROW_BYTES: Record<"findingsCsv" | "auditCsv", number> = { findingsCsv: 500, auditCsv: 250 };

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A file ready to be written: its name and type, a guess at its length, and its bytes. */
export type ExportFile = {
  fileName: string;
  contentType: string;
  /** About how many bytes it takes, for the progress; null when nothing can be guessed. */
  estimatedBytes: number | null;
  open: () => Promise<Readable | AsyncIterable<Uint8Array>>;
};

/**
 * The file an export asks for, as the direct route would make it for this actor, or null
 * when the route would answer 404 (a mission out of reach, a report not yet theirs, the
 * audit log for someone who may not read it).
 */
export async function exportFileFor(
  db: Db,
  actor: Actor,
  request: ExportJobRequest,
  language: Language,
  today = new Date(),
): Promise<ExportFile | null> {
  const words = translator(language);
  switch (request.kind) {
    case "findingsCsv": {
      const { language: _language, ...filters } = request.params;
      const fileName = await findingsExportName(db, actor, filters, today);
      if (!fileName) return null;
      const rows = await db.finding.count({ where: findingListWhere(actor, { ...filters, status: "VALIDATED" }) });
      return {
        fileName,
        contentType: "text/csv; charset=utf-8",
        estimatedBytes: 1000 + rows * ROW_BYTES.findingsCsv,
        open: () => Promise.resolve(findingsCsv(db, actor, filters, words)),
      };
    }
    case "auditCsv": {
      if (!mayReadAuditLog(actor)) return null;
      const { language: _language, ...filters } = request.params;
      const rows = await db.auditEvent.count({ where: auditWhere(filters) });
      return {
        fileName: auditFileName(today),
        contentType: "text/csv; charset=utf-8",
        estimatedBytes: 1000 + rows * ROW_BYTES.auditCsv,
        open: () => Promise.resolve(auditCsv(db, filters, words)),
      };
    }
    case "assessmentReportPdf":
    case "assessmentReportDocx": {
      // The renderers (PDFKit, docx) load with the first report asked for, not at every start.
      const report = await import("../documents/assessment-report.ts");
      const { missionId, phaseId } = request.params;
      const source = await report.findReportSource(db, actor, { missionId, phaseId }, today);
      if (!source) return null;
      const format = request.kind === "assessmentReportPdf" ? "pdf" : "docx";
      const fileName = assessmentReportFileName(source.mission.code, language, today, format);
      const model = () => report.assessmentReportDocument(db, actor, source, language);
      if (format === "pdf") {
        const { estimatedPdfBytes } = await import("../http/routes/assessment-report-exports.ts");
        const findings = await report.countReportFindings(db, actor, source);
        return {
          fileName,
          contentType: "application/pdf",
          estimatedBytes: estimatedPdfBytes(findings),
          open: async () => (await import("../documents/render/pdf.ts")).renderPdf(model()),
        };
      }
      return {
        fileName,
        contentType: DOCX,
        estimatedBytes: null,
        open: async () => Readable.from([await (await import("../documents/render/docx.ts")).renderDocx(model())]),
      };
    }
  }
}

/** The language a job's file is worded in: the one asked for, else the owner's, else English. */
function languageOf(request: ExportJobRequest, owner: { language?: string | null }): Language {
  const asked = request.params.language;
  if (asked) return asked;
  const own = owner.language;
  return own === "en" || own === "fr" || own === "es" || own === "ar" ? own : "en";
}

/** The options as stored: JSON, days as `YYYY-MM-DD`, so that the job reads them as the route did. */
function storedParams(request: ExportJobRequest): Prisma.InputJsonObject {
  return JSON.parse(
    JSON.stringify(request.params, (_key, value: unknown) =>
      typeof value === "string" && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value) ? value.slice(0, 10) : value,
    ),
  ) as Prisma.InputJsonObject;
}

/**
 * Starts an export for the actor: refused as the direct route would refuse it (NOT_FOUND),
 * or when two of theirs already wait or run (RATE_LIMITED, checked under a lock on the
 * user so that two starts at once cannot both pass). The job is queued after it commits.
 */
export async function startExportJob(
  db: Db,
  jobs: JobQueue,
  actor: Actor & { language?: string | null },
  request: ExportJobRequest,
): Promise<ExportJobView> {
  const language = languageOf(request, actor);
  const file = await exportFileFor(db, actor, request, language);
  if (!file) throw notFound(request.kind === "auditCsv" ? "record" : "mission");
  const job = await db.$transaction(async (tx) => {
    await lockRows(tx, "users", [actor.id]);
    const active = await tx.exportJob.count({ where: { userId: actor.id, status: { in: ["QUEUED", "RUNNING"] } } });
    if (active >= MAX_ACTIVE_EXPORT_JOBS) {
      throw AppError.of("RATE_LIMITED", message("exportsBusy", { maximum: MAX_ACTIVE_EXPORT_JOBS }), {
        details: { retryAfter: 5 },
      });
    }
    const created = await tx.exportJob.create({
      data: {
        userId: actor.id,
        kind: request.kind,
        params: { ...storedParams(request), language },
        fileName: file.fileName,
        contentType: file.contentType,
      },
      select: exportJobSelect,
    });
    // Only the list's jobs are kept: a finished one it no longer shows goes with its file
    // now rather than at its expiry, so that nobody fills the database by exporting again and again.
    await tx.$executeRaw`
      DELETE FROM export_jobs
      WHERE "userId" = ${actor.id} AND status IN ('DONE', 'FAILED', 'CANCELLED')
        AND id NOT IN (
          SELECT id FROM export_jobs WHERE "userId" = ${actor.id}
          ORDER BY "createdAt" DESC, id DESC LIMIT ${EXPORT_JOB_LIST_LIMIT})`;
    return created;
  });
  try {
    await jobs.send("exports.run", { jobId: job.id });
  } catch {
    // No queue to run it: the job fails at once rather than waiting for ever.
    return db.exportJob.update({
      where: { id: job.id },
      data: { status: "FAILED", error: "exportFailed", finishedAt: new Date() },
      select: exportJobSelect,
    });
  }
  return job;
}

/** The actor's own most recent jobs, newest first. */
export function listExportJobs(db: DbOrTx, owner: { id: string }): Promise<ExportJobView[]> {
  return db.exportJob.findMany({
    where: { userId: owner.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: EXPORT_JOB_LIST_LIMIT,
    select: exportJobSelect,
  });
}

/** One of the actor's own jobs; anyone else's is NOT_FOUND. */
export async function exportJobById(db: DbOrTx, actor: Actor, id: string): Promise<ExportJobView> {
  const job = await db.exportJob.findFirst({ where: { id, userId: actor.id }, select: exportJobSelect });
  if (!job) throw notFound("record");
  return job;
}

/**
 * Cancels one of the actor's own jobs that waits or runs: the runner sees it at its next
 * chunk or progress and stops, and its file is removed. A job already finished stays as it is.
 */
export async function cancelExportJob(db: Db, actor: Actor, id: string): Promise<ExportJobView> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ status: string }[]>`
      SELECT status::text AS status FROM export_jobs WHERE id = ${id} AND "userId" = ${actor.id} FOR UPDATE`;
    const row = rows[0];
    if (!row) throw notFound("record");
    if (row.status === "QUEUED" || row.status === "RUNNING") {
      await tx.exportJob.update({
        where: { id },
        data: { status: "CANCELLED", finishedAt: new Date(), expiresAt: expiry(new Date()) },
      });
      await tx.exportJobChunk.deleteMany({ where: { jobId: id } });
    }
    return tx.exportJob.findUniqueOrThrow({ where: { id }, select: exportJobSelect });
  });
}

function expiry(from: Date): Date {
  return new Date(from.getTime() + EXPORT_JOB_TTL_HOURS * 3600_000);
}

/** A date as the text of a `timestamp(3)` column (Prisma keeps those in UTC), whatever the session's time zone. */
const utcText = (date: Date) => date.toISOString().slice(0, 23).replace("T", " ");

export type RunOutcome = "DONE" | "FAILED" | "CANCELLED" | "SKIPPED";

class Cancelled extends Error {}

/**
 * The `exports.run` job: writes the file of job `data.jobId` into its chunks. A job found
 * RUNNING was begun by an instance that died: it starts again from the beginning. A job
 * finished or cancelled is left alone. A failure is FAILED with a message code (the job is
 * not retried: the same options would fail the same way); on DONE the owner is told
 * (EXPORT_READY) in the same transaction.
 */
export async function runExportJob(
  db: Db,
  data: unknown,
  options: {
    now?: () => number;
    log?: (error: unknown) => void;
    /** Called after each piece of the file is read (tests: to cancel or watch mid-run). */
    afterPiece?: () => Promise<void>;
  } = {},
): Promise<RunOutcome> {
  const now = options.now ?? Date.now;
  const jobId = typeof data === "object" && data !== null ? (data as { jobId?: unknown }).jobId : undefined;
  if (typeof jobId !== "string") return "SKIPPED";
  // This run's token: the claim's startedAt, later than any earlier run's. A run the queue
  // retried while it still went on (it outlived its pg-boss expiry) finds the token changed
  // and stops, leaving the chunks to the run that took the job over.
  const claimed = await db.$queryRaw<{ startedAt: Date }[]>`
    UPDATE export_jobs
    SET status = 'RUNNING', progress = 0,
        "startedAt" = GREATEST(${utcText(new Date(now()))}::timestamp(3), "startedAt" + interval '1 millisecond')
    WHERE id = ${jobId} AND status IN ('QUEUED', 'RUNNING')
    RETURNING "startedAt"`;
  const token = claimed[0]?.startedAt;
  if (!token) return "SKIPPED";
  const mine = { id: jobId, status: "RUNNING", startedAt: token } satisfies Prisma.ExportJobWhereInput;
  // Whatever a dead (or overtaken) run left.
  await db.exportJobChunk.deleteMany({ where: { jobId } });
  const job = await db.exportJob.findUniqueOrThrow({
    where: { id: jobId },
    select: {
      kind: true,
      params: true,
      user: { select: { id: true, role: true, parliamentId: true, expertId: true, active: true, language: true } },
    },
  });
  const finish = (status: "FAILED", error: string) =>
    db.$transaction(async (tx) => {
      const { count } = await tx.exportJob.updateMany({
        where: mine,
        data: { status, error, finishedAt: new Date(now()), expiresAt: expiry(new Date(now())) },
      });
      if (count > 0) await tx.exportJobChunk.deleteMany({ where: { jobId } });
    });

  const parsed = ZExportJobStartInput.safeParse({ kind: job.kind, params: job.params });
  if (!parsed.success) {
    await finish("FAILED", "exportFailed");
    return "FAILED";
  }
  const { active, language: _own, ...actor } = job.user;
  const language = languageOf(parsed.data, job.user);
  const file = active ? await exportFileFor(db, actor, parsed.data, language, new Date(now())) : null;
  if (!file) {
    await finish("FAILED", "exportAccessLost");
    return "FAILED";
  }

  let seq = 0;
  let bytes = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let lastProgress = 0;
  let lastWrite = now();
  // Cancelled, swept or taken over by another run meanwhile: stop. With a progress, it is written in the same statement.
  const stillRunning = async (progress?: number) => {
    const running =
      progress === undefined
        ? (await db.exportJob.count({ where: mine })) > 0
        : (await db.exportJob.updateMany({ where: mine, data: { progress } })).count > 0;
    if (!running) throw new Cancelled();
  };
  // A chunk is written only while the job is still this run's, in the same statement (the
  // job's row share-locked, so that a run taking it over waits, then deletes this chunk).
  const writeChunk = async (chunk: Buffer) => {
    const written = await db.$executeRaw`
      INSERT INTO export_job_chunks ("jobId", seq, data)
      SELECT id, ${seq++}, ${chunk} FROM export_jobs
      WHERE id = ${jobId} AND status = 'RUNNING' AND "startedAt" = ${utcText(token)}::timestamp(3)
      FOR SHARE`;
    if (written === 0) throw new Cancelled();
  };
  // Whole chunks of CHUNK_BYTES, however large the pieces read (a Word file comes as one):
  // the rest waits for more, or is the last chunk at the end.
  const flush = async (last = false) => {
    if (pendingBytes === 0) return;
    let data = Buffer.concat(pending, pendingBytes);
    while (data.length >= CHUNK_BYTES || (last && data.length > 0)) {
      const chunk = data.subarray(0, CHUNK_BYTES);
      data = data.subarray(chunk.length);
      await writeChunk(chunk);
    }
    pending = data.length > 0 ? [data] : [];
    pendingBytes = data.length;
  };
  let stream: Readable | AsyncIterable<Uint8Array> | undefined;
  try {
    stream = await file.open();
    for await (const piece of stream) {
      const buffer = Buffer.isBuffer(piece) ? piece : Buffer.from(piece as Uint8Array | string);
      pending.push(buffer);
      pendingBytes += buffer.length;
      bytes += buffer.length;
      if (pendingBytes >= CHUNK_BYTES) {
        await stillRunning();
        await flush();
      }
      const progress = file.estimatedBytes ? Math.min(95, Math.floor((bytes / file.estimatedBytes) * 100)) : 0;
      if (now() - lastWrite >= PROGRESS_INTERVAL_MS && progress - lastProgress >= PROGRESS_STEP) {
        await stillRunning(progress);
        lastProgress = progress;
        lastWrite = now();
      }
      await options.afterPiece?.();
    }
    await stillRunning();
    await flush(true);
    const done = await db.$transaction(async (tx) => {
      const at = new Date(now());
      const updated = await tx.exportJob.updateMany({
        where: mine,
        data: {
          status: "DONE",
          progress: 100,
          bytes,
          fileName: file.fileName,
          contentType: file.contentType,
          finishedAt: at,
          expiresAt: expiry(at),
        },
      });
      if (updated.count === 0) return false;
      await notify(tx, [
        {
          kind: "EXPORT_READY",
          userIds: [actor.id],
          params: { exportKind: job.kind as ExportKind },
          link: `/exports?job=${encodeURIComponent(jobId)}`,
          dedupeKey: `EXPORT_READY:${jobId}`,
        },
      ]);
      return true;
    });
    if (!done) throw new Cancelled();
    return "DONE";
  } catch (error) {
    if (stream && "destroy" in stream && typeof stream.destroy === "function") stream.destroy();
    if (error instanceof Cancelled) {
      // Cancelled, failed or swept: no file is kept. Taken over by another run: its chunks are its own.
      await db.exportJobChunk.deleteMany({ where: { jobId, job: { status: { in: ["CANCELLED", "FAILED"] } } } });
      const { status } = (await db.exportJob.findUnique({ where: { id: jobId }, select: { status: true } })) ?? {};
      return status === "RUNNING" || status === "DONE" ? "SKIPPED" : "CANCELLED";
    }
    options.log?.(error);
    await finish("FAILED", "exportFailed");
    return "FAILED";
  }
}

/**
 * A job still waiting or running this long after it was started is lost: its queue's job
 * was dropped, or its last try died with its instance (three tries of at most 30 minutes
 * each). The sweep fails it, so that it no longer holds one of its owner's two places.
 */
export const EXPORT_JOB_STUCK_HOURS = 6;

/**
 * The `exports.sweep` job: fails the jobs lost while waiting or running (EXPORT_JOB_STUCK_HOURS),
 * and removes the jobs (and their files) past their expiry; returns how many were removed.
 */
export async function sweepExportJobs(db: Db, now = new Date()): Promise<number> {
  await db.$transaction(async (tx) => {
    const lost = await tx.$queryRaw<{ id: string }[]>`
      UPDATE export_jobs
      SET status = 'FAILED', error = 'exportFailed', "finishedAt" = ${utcText(now)}::timestamp(3),
          "expiresAt" = ${utcText(expiry(now))}::timestamp(3)
      WHERE status IN ('QUEUED', 'RUNNING')
        AND "createdAt" < ${utcText(new Date(now.getTime() - EXPORT_JOB_STUCK_HOURS * 3600_000))}::timestamp(3)
      RETURNING id`;
    if (lost.length > 0) await tx.exportJobChunk.deleteMany({ where: { jobId: { in: lost.map((job) => job.id) } } });
  });
  const removed = await db.exportJob.deleteMany({ where: { expiresAt: { lt: now } } });
  return removed.count;
}

/**
 * The file of one of the actor's own finished jobs, chunk by chunk, or null (anyone else's,
 * not DONE, or one its owner may no longer export: the direct route would now answer 404,
 * say the audit log for someone no longer a manager, or a mission they were taken off).
 */
export async function exportJobFile(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ fileName: string; contentType: string; bytes: number; chunks: () => AsyncGenerator<Uint8Array> } | null> {
  const job = await db.exportJob.findFirst({
    where: { id, userId: actor.id, status: "DONE" },
    select: { kind: true, params: true, fileName: true, contentType: true, bytes: true },
  });
  if (!job?.fileName || !job.contentType || job.bytes === null) return null;
  const request = ZExportJobStartInput.safeParse({ kind: job.kind, params: job.params });
  if (!request.success || !(await exportFileFor(db, actor, request.data, "en"))) return null;
  async function* chunks() {
    // One chunk in memory at a time.
    for (let seq = 0; ; seq++) {
      const chunk = await db.exportJobChunk.findUnique({
        where: { jobId_seq: { jobId: id, seq } },
        select: { data: true },
      });
      if (!chunk) return;
      yield chunk.data;
    }
  }
  return { fileName: job.fileName, contentType: job.contentType, bytes: job.bytes, chunks };
}
