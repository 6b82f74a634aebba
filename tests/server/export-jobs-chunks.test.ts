// An export job's file is kept in chunks of about 1 MB however it is read
// (services/export-jobs.ts): a Word file is rendered whole, as one piece of many megabytes,
// and is still written (and later served) a chunk at a time, never as one row that the
// download would then hold in memory whole. The renderer is replaced by a large file here.
import { randomBytes } from "node:crypto";
import { seedDemoData } from "@hemicycle/server/seed/seed-demo";
import { CHUNK_BYTES, exportJobFile, runExportJob } from "@hemicycle/server/services/export-jobs";
import type { JobQueue } from "@hemicycle/server/jobs/queue";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { callerFor, sessionUserByEmail } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";

const WORD_FILE = Buffer.concat([Buffer.from("PK"), randomBytes(Math.floor(2.5 * 1024 * 1024))]);

vi.mock("@hemicycle/server/documents/render/docx", () => ({
  renderDocx: () => Promise.resolve(WORD_FILE),
}));

const db = useTestDatabase();
const queue: JobQueue = { send: () => Promise.resolve("job") };

beforeAll(async () => {
  expect(await seedDemoData(db().prisma)).toEqual({ seeded: true });
});

describe("a Word file rendered as one piece", () => {
  it("is written in chunks of 1 MB and served whole", async () => {
    const coordinator = await sessionUserByEmail(db(), "coordinator@hemicycle.test");
    const { phase } = await db().prisma.finding.findFirstOrThrow({
      where: { status: "VALIDATED" },
      select: { phase: { select: { missionId: true } } },
    });
    const job = await callerFor(db(), coordinator, { jobs: queue }).exportJobs.start({
      kind: "assessmentReportDocx",
      params: { missionId: phase.missionId, language: "en" },
    });
    expect(await runExportJob(db().prisma, { jobId: job.id })).toBe("DONE");
    const chunks = await db().prisma.exportJobChunk.findMany({
      where: { jobId: job.id },
      orderBy: { seq: "asc" },
      select: { data: true },
    });
    expect(chunks.map((chunk) => chunk.data.length)).toEqual([
      CHUNK_BYTES,
      CHUNK_BYTES,
      WORD_FILE.length - 2 * CHUNK_BYTES,
    ]);
    const file = await exportJobFile(db().prisma, coordinator, job.id);
    expect(file?.bytes).toBe(WORD_FILE.length);
    const served = [];
    for await (const chunk of file!.chunks()) served.push(chunk);
    expect(Buffer.concat(served).equals(WORD_FILE)).toBe(true);
  });
});
