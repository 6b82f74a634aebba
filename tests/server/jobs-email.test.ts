// The e-mail job's rules (server/src/jobs/email.ts), with a mailer the test holds: a notice
// that cannot be sent is FAILED after its tries; one PENDING for more than a day is SKIPPED,
// not sent late; one whose kind the reader turned off since is SKIPPED; a row left SENDING by
// a lost instance is FAILED, not sent again; rows claimed by two runs at once go out once.
// And the PGlite executor pg-boss runs on: a script failing halfway leaves no transaction open.
import type { Email, Mailer } from "@hemicycle/server/jobs/email";
import { composeEmail, sendPendingEmails } from "@hemicycle/server/jobs/email";
import { pgliteExecutor } from "@hemicycle/server/jobs/runner";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createUser } from "../factories/records.ts";
import { useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const HOUR_MS = 3_600_000;

let readerId: string;

function mailer(options: { failures?: number } = {}): Mailer & { sent: Email[]; tries: number } {
  let failures = options.failures ?? 0;
  const made = {
    sent: [] as Email[],
    tries: 0,
    async send(email: Email) {
      made.tries++;
      if (failures-- > 0) throw new Error("421 try again later");
      made.sent.push(email);
    },
    close: () => undefined,
  };
  return made;
}

async function pending(createdAt = new Date(), kind: "REPORT_DUE_SOON" | "FIELDWORK_SOON" = "REPORT_DUE_SOON") {
  return prisma().notification.create({
    data: {
      userId: readerId,
      kind,
      params: { mission: "Mission", phaseKind: "ASSESSMENT", dueDate: "2027-03-12", startDate: "2027-03-12" },
      link: "/missions/m1",
      emailStatus: "PENDING",
      createdAt,
    },
    select: { id: true },
  });
}

const statusOf = async (id: string) =>
  (await prisma().notification.findUniqueOrThrow({ where: { id }, select: { emailStatus: true } })).emailStatus;

beforeAll(async () => {
  const reader = await createUser(db(), { role: "COORDINATOR" });
  readerId = reader.id;
  await prisma().user.update({
    where: { id: readerId },
    data: { language: "es", emailNotificationKinds: ["REPORT_DUE_SOON"] },
  });
});

beforeEach(async () => {
  await prisma().notification.deleteMany({});
});

describe("notifications.email", () => {
  it("sends a PENDING notice in the reader's language and marks it SENT", async () => {
    const notice = await pending();
    const sink = mailer();
    const result = await sendPendingEmails(prisma(), {
      mailer: sink,
      publicUrl: "https://h.example",
      retryDelaysMs: [],
    });
    expect(result).toEqual({ sent: 1, failed: 0, skipped: 0 });
    expect(await statusOf(notice.id)).toBe("SENT");
    expect(sink.sent[0]!.subject).toMatch(/^Hemicycle: El informe de la fase/);
    expect(sink.sent[0]!.text).toContain("Véalo en Hemicycle: https://h.example/missions/m1");
  });

  it("marks FAILED after its tries, and sends it no more", async () => {
    const notice = await pending();
    const sink = mailer({ failures: 5 });
    const result = await sendPendingEmails(prisma(), {
      mailer: sink,
      publicUrl: "https://h.example",
      retryDelaysMs: [1, 1],
    });
    expect(result).toEqual({ sent: 0, failed: 1, skipped: 0 });
    expect(sink.tries).toBe(3);
    expect(await statusOf(notice.id)).toBe("FAILED");
    await sendPendingEmails(prisma(), { mailer: sink, publicUrl: "https://h.example" });
    expect(sink.tries).toBe(3);
  });

  it("sends once after a failed try that the next try mends", async () => {
    const notice = await pending();
    const sink = mailer({ failures: 1 });
    await sendPendingEmails(prisma(), { mailer: sink, publicUrl: "https://h.example", retryDelaysMs: [1] });
    expect(sink.sent).toHaveLength(1);
    expect(await statusOf(notice.id)).toBe("SENT");
  });

  it("skips a notice PENDING for more than a day, and one whose kind the reader no longer wants", async () => {
    const old = await pending(new Date(Date.now() - 25 * HOUR_MS));
    const unwanted = await pending(new Date(), "FIELDWORK_SOON");
    const sink = mailer();
    const result = await sendPendingEmails(prisma(), { mailer: sink, publicUrl: "https://h.example" });
    expect(result).toEqual({ sent: 0, failed: 0, skipped: 2 });
    expect(sink.sent).toEqual([]);
    expect(await statusOf(old.id)).toBe("SKIPPED");
    expect(await statusOf(unwanted.id)).toBe("SKIPPED");
  });

  it("fails a row left SENDING by a lost instance instead of sending it again", async () => {
    const notice = await pending();
    await prisma().notification.update({
      where: { id: notice.id },
      data: { emailStatus: "SENDING", emailedAt: new Date(Date.now() - 11 * 60_000) },
    });
    const sink = mailer();
    await sendPendingEmails(prisma(), { mailer: sink, publicUrl: "https://h.example" });
    expect(sink.sent).toEqual([]);
    expect(await statusOf(notice.id)).toBe("FAILED");
  });

  it("without a mailer, skips every PENDING notice", async () => {
    const notice = await pending();
    const result = await sendPendingEmails(prisma(), { mailer: null, publicUrl: "https://h.example" });
    expect(result.skipped).toBe(1);
    expect(await statusOf(notice.id)).toBe("SKIPPED");
  });

  it("sends each notice once when two runs claim at the same moment", async () => {
    for (let i = 0; i < 30; i++) await pending();
    const sink = mailer();
    await Promise.all(
      [1, 2, 3].map(() => sendPendingEmails(prisma(), { mailer: sink, publicUrl: "https://h.example" })),
    );
    expect(sink.sent).toHaveLength(30);
    expect(await prisma().notification.count({ where: { emailStatus: "SENT" } })).toBe(30);
  });

  it("words an Arabic reader's e-mail in Arabic, a reader without a language in English", () => {
    const notice = { kind: "REVIEW_WAITING" as const, params: { roadmap: "ICT", since: "2027-03-01" }, link: null };
    const arabic = composeEmail(notice, { email: "a@x.test", name: "Amal", language: "ar" }, "https://h.example");
    expect(arabic.text).toContain("مرحبًا Amal");
    expect(arabic.text).not.toContain("https://h.example/missions");
    const english = composeEmail(notice, { email: "b@x.test", name: "Ben", language: null }, "https://h.example");
    expect(english.subject).toBe("Hemicycle: The roadmap “ICT” has been waiting for your review since Mar 1, 2027.");
    expect(english.text).toContain("Hello Ben,");
  });
});

describe("pg-boss's executor on PGlite", () => {
  it("rolls a failing script back, leaving nothing open for the next statement (PGlite; PostgreSQL has pg's pool)", async () => {
    const target = db().jobsTarget;
    if (target.kind !== "pglite") return;
    const executor = pgliteExecutor(target.pglite);
    await executor.executeSql("CREATE TABLE IF NOT EXISTS jobs_probe (n int)");
    await expect(executor.executeSql("BEGIN; INSERT INTO jobs_probe VALUES (1); SELECT 1/0; COMMIT;")).rejects.toThrow(
      /division by zero/,
    );
    expect((await executor.executeSql("SELECT count(*)::int AS n FROM jobs_probe", [])).rows).toEqual([{ n: 0 }]);
    const inserted = await executor.executeSql("INSERT INTO jobs_probe VALUES ($1), ($2)", [1, 2]);
    expect(inserted.rowCount).toBe(2);
    // Prisma's transactions run beside it on the same PGlite.
    await prisma().$transaction(async (tx) => {
      await tx.$executeRawUnsafe("INSERT INTO jobs_probe VALUES (3)");
      await tx.$queryRawUnsafe("SELECT 1");
    });
    expect((await executor.executeSql("SELECT count(*)::int AS n FROM jobs_probe")).rows).toEqual([{ n: 3 }]);
  });
});
