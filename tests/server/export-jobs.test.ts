// The long exports as jobs (server/src/services/export-jobs.ts, docs/operations.md "Exports
// as jobs"): started with the direct route's options and permissions, checked again when
// the job runs, written in chunks while its progress moves, cancelled, swept, served to
// its owner only, with the same bytes as the direct route; two at a time per user.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { loadConfig } from "@hemicycle/server/config";
import type { SessionUser } from "@hemicycle/server/context";
import { buildApp } from "@hemicycle/server/http/app";
import { createCaller } from "@hemicycle/server/router";
import type { JobQueue } from "@hemicycle/server/jobs/queue";
import { createJobRunner } from "@hemicycle/server/jobs/runner";
import { seedDemoData } from "@hemicycle/server/seed/seed-demo";
import { runExportJob, sweepExportJobs } from "@hemicycle/server/services/export-jobs";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import { exportJobFilePath } from "@hemicycle/shared/export-jobs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { callerFor, contextFor, sessionUserByEmail } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { pdfText } from "../helpers/document-text.ts";
import { within } from "../helpers/event-stream.ts";
import { signInOverHttp } from "../helpers/http-session.ts";
import { rejection } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
let app: Awaited<ReturnType<typeof buildApp>>;
let dataDir: string;
const cookies: Record<string, string> = {};
const users: Record<string, SessionUser> = {};
let missionId: string;

const sent: { name: string; data: object }[] = [];
const queue: JobQueue = {
  send(name, data) {
    sent.push({ name, data });
    return Promise.resolve(`job-${sent.length}`);
  },
};

const EMAILS = {
  coordinator: "coordinator@hemicycle.test",
  admin: "admin@hemicycle.test",
  expert: "expert@hemicycle.test",
  outsider: "outsider.expert@hemicycle.test",
} as const;
type Who = keyof typeof EMAILS;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "hc-export-jobs-"));
  expect(await seedDemoData(prisma())).toEqual({ seeded: true });
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent" });
  const auth = createAuth({
    prisma: prisma(),
    secret: "export-jobs-secret-0123456789-abcdef",
    baseURL: config.publicUrl,
  });
  app = await buildApp({ config, db: db(), auth, jobs: queue });
  await app.ready();
  resetSignInThrottle();
  for (const [who, email] of Object.entries(EMAILS) as [Who, string][]) {
    users[who] = await sessionUserByEmail(db(), email);
    cookies[who] = await signInOverHttp(app, email);
  }
  const finding = await prisma().finding.findFirstOrThrow({
    where: { status: "VALIDATED" },
    select: { phase: { select: { missionId: true } } },
  });
  missionId = finding.phase.missionId;
});

afterAll(async () => {
  await app?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

beforeEach(async () => {
  sent.length = 0;
  await prisma().exportJob.deleteMany({});
});

async function expectTrpcError(call: Promise<unknown>, code: string) {
  expect((await rejection(call)).code).toBe(code);
}

const as = (who: Who) => callerFor(db(), users[who]!, { jobs: queue });

/** Runs a job with a clock two seconds on per reading, and records each progress it shows between pieces. */
async function runRecordingProgress(jobId: string) {
  let clock = 0;
  const seen: number[] = [];
  const outcome = await runExportJob(
    prisma(),
    { jobId },
    {
      now: () => (clock += 2000),
      afterPiece: async () => {
        const { progress } = await prisma().exportJob.findUniqueOrThrow({ where: { id: jobId } });
        if (seen.at(-1) !== progress) seen.push(progress);
      },
    },
  );
  return { outcome, seen };
}
const get = (url: string, who: Who | null) =>
  app.inject({ method: "GET", url, headers: who ? { cookie: cookies[who]! } : {} });

describe("a findings CSV as a job", () => {
  it("is queued, runs, tells its owner, and serves the same bytes as the direct route", async () => {
    const job = await as("coordinator").exportJobs.start({ kind: "findingsCsv", params: { language: "fr" } });
    expect(job).toMatchObject({ kind: "findingsCsv", status: "QUEUED", progress: 0 });
    expect(sent).toEqual([{ name: "exports.run", data: { jobId: job.id } }]);

    expect(await runExportJob(prisma(), { jobId: job.id })).toBe("DONE");
    const done = await as("coordinator").exportJobs.byId({ id: job.id });
    expect(done).toMatchObject({ status: "DONE", progress: 100, error: null });
    expect(done.expiresAt!.getTime() - done.finishedAt!.getTime()).toBe(24 * 3600_000);

    const direct = await get("/export/findings.csv?language=fr", "coordinator");
    const file = await get(exportJobFilePath(job.id), "coordinator");
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(direct.rawPayload)).toBe(true);
    expect(done.bytes).toBe(direct.rawPayload.length);
    expect(file.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(file.headers["content-disposition"]).toBe(direct.headers["content-disposition"]);
    expect(file.headers["cache-control"]).toBe("no-store");
    expect(file.headers["content-length"]).toBe(String(done.bytes));

    const notice = await prisma().notification.findMany({
      where: { userId: users.coordinator!.id, kind: "EXPORT_READY" },
      select: { params: true, link: true },
    });
    expect(notice).toEqual([{ params: { exportKind: "findingsCsv" }, link: `/exports?job=${job.id}` }]);
  });

  it("keeps the file in chunks and moves the progress by 5 points at least, below 100 until done", async () => {
    const job = await as("coordinator").exportJobs.start({ kind: "findingsCsv", params: {} });
    const { outcome, seen } = await runRecordingProgress(job.id);
    expect(outcome).toBe("DONE");
    // How many pieces the CSV comes in depends on timing: at least the last one is seen, before DONE.
    expect(seen.length).toBeGreaterThan(0);
    for (let i = 1; i < seen.length; i++) expect(seen[i]! - seen[i - 1]!).toBeGreaterThanOrEqual(5);
    expect(seen.every((p) => p < 100)).toBe(true);
    const chunks = await prisma().exportJobChunk.findMany({ where: { jobId: job.id }, select: { seq: true } });
    expect(chunks.map((c) => c.seq)).toEqual([0]);
  });

  it("is refused as the direct route refuses: a mission out of reach is NOT_FOUND", async () => {
    await expectTrpcError(as("outsider").exportJobs.start({ kind: "findingsCsv", params: { missionId } }), "NOT_FOUND");
    expect(sent).toEqual([]);
    expect((await get(`/export/findings.csv?missionId=${missionId}`, "outsider")).statusCode).toBe(404);
  });
});

describe("the audit log's CSV as a job", () => {
  it("is the managers': others get NOT_FOUND", async () => {
    await expectTrpcError(as("expert").exportJobs.start({ kind: "auditCsv", params: {} }), "NOT_FOUND");
    await expectTrpcError(as("outsider").exportJobs.start({ kind: "auditCsv", params: {} }), "NOT_FOUND");
    expect((await get("/export/audit.csv", "expert")).statusCode).toBe(404);
  });

  it("serves the same bytes as the direct route, its filters kept (days included)", async () => {
    const params = { entityType: "mission", from: "2020-01-01", to: "2026-11-29", language: "es" } as const;
    const direct = await get(`/export/audit.csv?entityType=mission&from=2020-01-01&to=2026-11-29&language=es`, "admin");
    expect(direct.statusCode).toBe(200);
    const job = await as("admin").exportJobs.start({ kind: "auditCsv", params });
    const stored = await prisma().exportJob.findUniqueOrThrow({ where: { id: job.id }, select: { params: true } });
    expect(stored.params).toEqual(params);
    expect(await runExportJob(prisma(), { jobId: job.id })).toBe("DONE");
    const file = await get(exportJobFilePath(job.id), "admin");
    expect(file.rawPayload.equals(direct.rawPayload)).toBe(true);
  });
});

describe("the assessment report as a job", () => {
  it("writes the PDF the direct route writes, and a DOCX", async () => {
    const pdf = await as("coordinator").exportJobs.start({
      kind: "assessmentReportPdf",
      params: { missionId, language: "en" },
    });
    expect(await runExportJob(prisma(), { jobId: pdf.id })).toBe("DONE");
    const file = await get(exportJobFilePath(pdf.id), "coordinator");
    expect(file.headers["content-type"]).toBe("application/pdf");
    const direct = await get(`/export/missions/${missionId}/assessment-report.pdf?language=en`, "coordinator");
    expect(await pdfText(file.rawPayload)).toBe(await pdfText(direct.rawPayload));

    const docx = await as("coordinator").exportJobs.start({
      kind: "assessmentReportDocx",
      params: { missionId, language: "ar" },
    });
    expect(await runExportJob(prisma(), { jobId: docx.id })).toBe("DONE");
    const word = await get(exportJobFilePath(docx.id), "coordinator");
    expect(word.rawPayload.subarray(0, 2).toString()).toBe("PK");
    expect(word.headers["content-disposition"]).toContain(".docx");
  });
});

describe("whose jobs", () => {
  it("only the owner reads, cancels or downloads a job; others get NOT_FOUND or 404", async () => {
    const job = await as("coordinator").exportJobs.start({ kind: "findingsCsv", params: {} });
    await runExportJob(prisma(), { jobId: job.id });
    await expectTrpcError(as("expert").exportJobs.byId({ id: job.id }), "NOT_FOUND");
    await expectTrpcError(as("admin").exportJobs.cancel({ id: job.id }), "NOT_FOUND");
    expect(await as("expert").exportJobs.list()).toEqual([]);
    expect((await as("coordinator").exportJobs.list()).map((j) => j.id)).toEqual([job.id]);
    expect((await get(exportJobFilePath(job.id), "expert")).statusCode).toBe(404);
    expect((await get(exportJobFilePath(job.id), "admin")).statusCode).toBe(404);
    expect((await get(exportJobFilePath(job.id), null)).statusCode).toBe(401);
    expect((await get(exportJobFilePath("no-such-job"), "coordinator")).statusCode).toBe(404);
    // Asked for from another site's page: refused before anything is read, as every /export route.
    const crossSite = await app.inject({
      method: "GET",
      url: exportJobFilePath(job.id),
      headers: { cookie: cookies.coordinator!, origin: "https://elsewhere.example" },
    });
    expect(crossSite.statusCode).toBe(403);
  });

  it("its owner no longer gets the file once they may no longer export it", async () => {
    const job = await as("admin").exportJobs.start({ kind: "auditCsv", params: {} });
    expect(await runExportJob(prisma(), { jobId: job.id })).toBe("DONE");
    expect((await get(exportJobFilePath(job.id), "admin")).statusCode).toBe(200);
    await prisma().user.update({ where: { id: users.admin!.id }, data: { role: "EXPERT" } });
    try {
      expect((await get("/export/audit.csv", "admin")).statusCode).toBe(404);
      expect((await get(exportJobFilePath(job.id), "admin")).statusCode).toBe(404);
    } finally {
      await prisma().user.update({ where: { id: users.admin!.id }, data: { role: "ADMIN" } });
    }
  });

  it("a job not done has no file", async () => {
    const job = await as("coordinator").exportJobs.start({ kind: "findingsCsv", params: {} });
    expect((await get(exportJobFilePath(job.id), "coordinator")).statusCode).toBe(404);
  });
});

describe("exportJobs.onChange", () => {
  it("ends once its owner's account is closed", async () => {
    const abort = new AbortController();
    const caller = createCaller(contextFor(db(), users.expert!, { jobs: queue }), { signal: abort.signal });
    const feed = (await caller.exportJobs.onChange())[Symbol.asyncIterator]();
    try {
      expect(await within(feed.next(), 5000)).toEqual({ done: false, value: [] });
      await prisma().user.update({ where: { id: users.expert!.id }, data: { active: false } });
      await prisma().exportJob.create({ data: { userId: users.expert!.id, kind: "findingsCsv", status: "DONE" } });
      expect(await within(feed.next(), 5000)).toEqual({ done: true, value: undefined });
    } finally {
      abort.abort();
      await prisma().user.update({ where: { id: users.expert!.id }, data: { active: true } });
    }
  });

  it("gives the owner's jobs at once, then again when one changes, and nothing of another user's", async () => {
    const abort = new AbortController();
    const caller = createCaller(contextFor(db(), users.coordinator!, { jobs: queue }), { signal: abort.signal });
    const feed = (await caller.exportJobs.onChange())[Symbol.asyncIterator]();
    try {
      expect(await within(feed.next(), 5000)).toEqual({ done: false, value: [] });
      const job = await as("coordinator").exportJobs.start({ kind: "findingsCsv", params: {} });
      const started = await within(feed.next(), 5000);
      expect(started).not.toBe("timeout");
      expect((started as IteratorYieldResult<{ id: string }[]>).value.map((j) => j.id)).toEqual([job.id]);
      // Another user's job tells this feed nothing; its own job's end does.
      await as("admin").exportJobs.start({ kind: "auditCsv", params: {} });
      await runExportJob(prisma(), { jobId: job.id });
      let last: unknown = null;
      for (let i = 0; i < 5; i++) {
        const next = await within(feed.next(), 5000);
        if (next === "timeout") break;
        last = next.value;
        if ((next.value as { status: string }[])[0]?.status === "DONE") break;
      }
      expect(last).toEqual([expect.objectContaining({ id: job.id, status: "DONE", progress: 100 })]);
    } finally {
      abort.abort();
      await feed.return?.();
    }
  });
});

describe("limits, cancelling, failures, restarts and the sweep", () => {
  it("runs two at a time per user: a third waits until one ends", async () => {
    const first = await as("coordinator").exportJobs.start({ kind: "findingsCsv", params: {} });
    await as("coordinator").exportJobs.start({ kind: "findingsCsv", params: {} });
    await expectTrpcError(as("coordinator").exportJobs.start({ kind: "findingsCsv", params: {} }), "TOO_MANY_REQUESTS");
    // Another user is not held up.
    await as("admin").exportJobs.start({ kind: "auditCsv", params: {} });
    const cancelled = await as("coordinator").exportJobs.cancel({ id: first.id });
    expect(cancelled.status).toBe("CANCELLED");
    await as("coordinator").exportJobs.start({ kind: "findingsCsv", params: {} });
    // A cancelled job is not run.
    expect(await runExportJob(prisma(), { jobId: first.id })).toBe("SKIPPED");
  });

  it("lets two of four starts sent at once through, whichever instance or connection takes them", async () => {
    const starts = await Promise.allSettled(
      Array.from({ length: 4 }, () => as("coordinator").exportJobs.start({ kind: "findingsCsv", params: {} })),
    );
    expect(starts.filter((s) => s.status === "fulfilled")).toHaveLength(2);
    const refused = starts.filter((s): s is PromiseRejectedResult => s.status === "rejected");
    expect(refused.map((s) => (s.reason as { code?: string }).code)).toEqual([
      "TOO_MANY_REQUESTS",
      "TOO_MANY_REQUESTS",
    ]);
    expect(await prisma().exportJob.count({ where: { userId: users.coordinator!.id } })).toBe(2);
  });

  it("stops mid-run when cancelled, and keeps no file", async () => {
    const job = await as("coordinator").exportJobs.start({ kind: "findingsCsv", params: {} });
    let pieces = 0;
    const outcome = await runExportJob(
      prisma(),
      { jobId: job.id },
      {
        afterPiece: async () => {
          if (++pieces === 1) await as("coordinator").exportJobs.cancel({ id: job.id });
        },
      },
    );
    expect(outcome).toBe("CANCELLED");
    expect(await as("coordinator").exportJobs.byId({ id: job.id })).toMatchObject({ status: "CANCELLED" });
    expect(await prisma().exportJobChunk.count({ where: { jobId: job.id } })).toBe(0);
    expect(await prisma().notification.count({ where: { kind: "EXPORT_READY", link: `/exports?job=${job.id}` } })).toBe(
      0,
    );
    // Cancelling again changes nothing.
    expect((await as("coordinator").exportJobs.cancel({ id: job.id })).status).toBe("CANCELLED");
  });

  it("fails with a message code when the owner lost access before it ran", async () => {
    const job = await as("admin").exportJobs.start({ kind: "auditCsv", params: {} });
    await prisma().user.update({ where: { id: users.admin!.id }, data: { role: "EXPERT" } });
    try {
      expect(await runExportJob(prisma(), { jobId: job.id })).toBe("FAILED");
    } finally {
      await prisma().user.update({ where: { id: users.admin!.id }, data: { role: "ADMIN" } });
    }
    expect(await as("admin").exportJobs.byId({ id: job.id })).toMatchObject({
      status: "FAILED",
      error: "exportAccessLost",
    });
    expect(await prisma().exportJobChunk.count({ where: { jobId: job.id } })).toBe(0);
  });

  it("starts again from the beginning after an instance died mid-run", async () => {
    const job = await as("coordinator").exportJobs.start({ kind: "findingsCsv", params: {} });
    await prisma().exportJob.update({ where: { id: job.id }, data: { status: "RUNNING", progress: 40 } });
    await prisma().exportJobChunk.create({ data: { jobId: job.id, seq: 0, data: Buffer.from("half a file") } });
    expect(await runExportJob(prisma(), { jobId: job.id })).toBe("DONE");
    const file = await get(exportJobFilePath(job.id), "coordinator");
    expect(file.rawPayload.equals((await get("/export/findings.csv", "coordinator")).rawPayload)).toBe(true);
  });

  it("leaves the file to the run that took the job over when the queue retried a run still going", async () => {
    // A run that outlives its pg-boss expiry (30 minutes) is tried again while it goes on.
    const job = await as("coordinator").exportJobs.start({ kind: "findingsCsv", params: {} });
    let retried: string | null = null;
    const first = await runExportJob(
      prisma(),
      { jobId: job.id },
      {
        afterPiece: async () => {
          retried ??= await runExportJob(prisma(), { jobId: job.id });
        },
      },
    );
    expect(retried).toBe("DONE");
    expect(await as("coordinator").exportJobs.byId({ id: job.id })).toMatchObject({ status: "DONE" });
    const file = await get(exportJobFilePath(job.id), "coordinator");
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.toString()).toBe((await get("/export/findings.csv", "coordinator")).rawPayload.toString());
    expect(first).toBe("SKIPPED");
  });

  it("fails jobs lost while waiting or running, so that their owner may start others", async () => {
    const waiting = await as("coordinator").exportJobs.start({ kind: "findingsCsv", params: {} });
    const running = await as("coordinator").exportJobs.start({ kind: "findingsCsv", params: {} });
    await prisma().exportJob.update({ where: { id: running.id }, data: { status: "RUNNING", progress: 40 } });
    await prisma().exportJobChunk.create({ data: { jobId: running.id, seq: 0, data: Buffer.from("half a file") } });
    await expectTrpcError(as("coordinator").exportJobs.start({ kind: "findingsCsv", params: {} }), "TOO_MANY_REQUESTS");
    // Swept within the hours a job may take: kept as they are.
    await sweepExportJobs(prisma(), new Date(Date.now() + 3600_000));
    expect(await as("coordinator").exportJobs.byId({ id: waiting.id })).toMatchObject({ status: "QUEUED" });
    await sweepExportJobs(prisma(), new Date(Date.now() + 7 * 3600_000));
    for (const id of [waiting.id, running.id]) {
      expect(await as("coordinator").exportJobs.byId({ id })).toMatchObject({
        status: "FAILED",
        error: "exportFailed",
      });
    }
    expect(await prisma().exportJobChunk.count({ where: { jobId: running.id } })).toBe(0);
    expect((await as("coordinator").exportJobs.start({ kind: "findingsCsv", params: {} })).status).toBe("QUEUED");
  });

  it("keeps only the jobs its owner's list shows: an older finished one goes, with its file, at the next start", async () => {
    const owner = users.coordinator!.id;
    const base = Date.now() - 3600_000;
    for (let n = 0; n < 25; n++) {
      await prisma().exportJob.create({
        data: {
          userId: owner,
          kind: "findingsCsv",
          status: "DONE",
          fileName: `file-${n}.csv`,
          contentType: "text/csv; charset=utf-8",
          bytes: `file ${n}`.length,
          createdAt: new Date(base + n * 1000),
          chunks: { create: { seq: 0, data: Buffer.from(`file ${n}`) } },
        },
      });
    }
    const oldest = await prisma().exportJob.findFirstOrThrow({
      where: { userId: owner },
      orderBy: { createdAt: "asc" },
    });
    const job = await as("coordinator").exportJobs.start({ kind: "findingsCsv", params: {} });
    const list = await as("coordinator").exportJobs.list();
    expect(list).toHaveLength(20);
    expect(list[0]!.id).toBe(job.id);
    expect(await prisma().exportJob.count({ where: { userId: owner } })).toBe(20);
    expect(await prisma().exportJobChunk.count({ where: { jobId: oldest.id } })).toBe(0);
    expect((await get(exportJobFilePath(list[1]!.id), "coordinator")).statusCode).toBe(200);
  });

  it("fails a job the queue cannot take, rather than leaving it waiting", async () => {
    const job = await callerFor(db(), users.coordinator!).exportJobs.start({ kind: "findingsCsv", params: {} });
    expect(job).toMatchObject({ status: "FAILED", error: "exportFailed" });
  });

  it("sweeps jobs past their expiry, with their files", async () => {
    const job = await as("coordinator").exportJobs.start({ kind: "findingsCsv", params: {} });
    await runExportJob(prisma(), { jobId: job.id });
    const kept = await as("coordinator").exportJobs.start({ kind: "findingsCsv", params: {} });
    await runExportJob(prisma(), { jobId: kept.id });
    const { expiresAt } = await prisma().exportJob.findUniqueOrThrow({ where: { id: job.id } });
    await prisma().exportJob.update({
      where: { id: kept.id },
      data: { expiresAt: new Date(Date.now() + 3600_000 * 48) },
    });
    expect(await sweepExportJobs(prisma(), new Date(expiresAt!.getTime() + 1000))).toBe(1);
    expect(await prisma().exportJob.count({ where: { id: job.id } })).toBe(0);
    expect(await prisma().exportJobChunk.count({ where: { jobId: job.id } })).toBe(0);
    expect(await prisma().exportJob.count({ where: { id: kept.id } })).toBe(1);
  });

  it("writes a file larger than a chunk in pieces of about 1 MB, its progress moving below 100 until done", async () => {
    const filler = "x".repeat(400);
    await prisma().auditEvent.createMany({
      data: Array.from({ length: 4000 }, (_, i) => ({
        action: "database.restore",
        entityType: "database",
        entityId: `bulk-${i}`,
        after: { note: filler },
      })),
    });
    const job = await as("admin").exportJobs.start({ kind: "auditCsv", params: { entityType: "database" } });
    const { outcome, seen } = await runRecordingProgress(job.id);
    expect(outcome).toBe("DONE");
    const chunks = await prisma().exportJobChunk.findMany({
      where: { jobId: job.id },
      orderBy: { seq: "asc" },
      select: { seq: true, data: true },
    });
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.map((c) => c.seq)).toEqual(chunks.map((_, i) => i));
    for (const chunk of chunks.slice(0, -1)) expect(chunk.data.length).toBeGreaterThanOrEqual(1024 * 1024);
    expect(seen.some((p) => p > 0 && p < 100)).toBe(true);
    const file = await get(exportJobFilePath(job.id), "admin");
    expect(file.headers["content-length"]).toBe(String(chunks.reduce((n, c) => n + c.data.length, 0)));
    expect(file.rawPayload.equals((await get("/export/audit.csv?entityType=database", "admin")).rawPayload)).toBe(true);
  }, 60_000);

  it("ignores a job message without a job", async () => {
    expect(await runExportJob(prisma(), {})).toBe("SKIPPED");
    expect(await runExportJob(prisma(), { jobId: "missing" })).toBe("SKIPPED");
  });
});

describe("through the job runner (pg-boss on this database)", () => {
  it("runs an export started with the runner's queue to DONE, on whichever database the tests use", async () => {
    const errors: string[] = [];
    const runner = createJobRunner({
      db: db(),
      config: { publicUrl: "https://hemicycle.example", remindersCron: "0 0 1 1 *", smtp: null },
      log: {
        info: () => undefined,
        warn: () => undefined,
        error: (details, message) => errors.push(`${message} ${JSON.stringify(details)}`),
      },
      pollingIntervalSeconds: 0.5,
      cronIntervalSeconds: 1,
    });
    await runner.start();
    try {
      const caller = callerFor(db(), users.coordinator!, { jobs: runner.queue });
      const job = await caller.exportJobs.start({ kind: "findingsCsv", params: { language: "en" } });
      const deadline = Date.now() + 30_000;
      let status = job.status;
      while (status !== "DONE" && status !== "FAILED" && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        status = (await caller.exportJobs.byId({ id: job.id })).status;
      }
      expect(status).toBe("DONE");
      const file = await get(exportJobFilePath(job.id), "coordinator");
      expect(file.rawPayload.equals((await get("/export/findings.csv?language=en", "coordinator")).rawPayload)).toBe(
        true,
      );
    } finally {
      await runner.stop({ timeoutMs: 5_000 });
    }
    expect(errors).toEqual([]);
  }, 60_000);
});
