// The job runner (server/src/jobs/runner.ts): pg-boss on the test's own database, PGlite
// in-process or PostgreSQL. Started, it scans the reminders at once and e-mails the kinds a
// reader chose, through an SMTP server the test starts on a loopback port, once and in the
// reader's language; stopped and started again (a restart), it tells nothing twice. Without
// SMTP the e-mails are SKIPPED and nothing breaks. Two runners on one database (two
// instances) tell each reader once.
import { createJobRunner, type JobRunner } from "@hemicycle/server/jobs/runner";
import { dateOnlyToday } from "@hemicycle/shared/workflows/phase";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createExpert, createParliament, createUser } from "../factories/records.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { startSmtpSink, type SunkMail } from "../helpers/smtp-sink.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const DAY_MS = 86_400_000;

const mails: SunkMail[] = [];
let smtp: { port: number; close: () => Promise<void> };
const errors: string[] = [];
const log = {
  info: () => undefined,
  warn: () => undefined,
  error: (details: object, message: string) => errors.push(`${message} ${JSON.stringify(details)}`),
};
const running: JobRunner[] = [];

/** The message as a reader sees it: headers unfolded, encoded words and quoted-printable decoded. */
function readable(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  const qp = (text: string) =>
    text.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const headers = raw
    .slice(0, split)
    .replace(/\r?\n[ \t]+/g, " ")
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("latin1") : qp(text.replace(/_/g, " ")),
    );
  const body = qp(raw.slice(split).replace(/=\r?\n/g, ""));
  return Buffer.from(headers + body, "latin1").toString("utf8");
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function runner(options: { smtp: boolean }) {
  const made = createJobRunner({
    db: db(),
    config: {
      publicUrl: "https://hemicycle.example",
      remindersCron: "* * * * *",
      smtp: options.smtp ? { url: `smtp://127.0.0.1:${smtp.port}`, from: "Hemicycle <hemicycle@example.test>" } : null,
    },
    log,
    cronIntervalSeconds: 1,
    emailRetryDelaysMs: [50],
  });
  running.push(made);
  return made;
}

async function stopAll() {
  while (running.length) await running.pop()!.stop({ timeoutMs: 5_000 });
}

/** Jobs of a queue pg-boss completed. */
async function completed(name: string): Promise<number> {
  const rows = await prisma().$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state = 'completed'`,
    name,
  );
  return rows[0]!.n;
}

let coordinatorId: string;
let memberId: string;
let memberEmail: string;
let phaseId: string;

beforeAll(async () => {
  smtp = await startSmtpSink(mails);
  const parliament = await createParliament(db());
  const coordinator = await createUser(db(), { role: "COORDINATOR" });
  const expert = await createExpert(db());
  const member = await createUser(db(), { role: "EXPERT", expertId: expert.id });
  coordinatorId = coordinator.id;
  memberId = member.id;
  memberEmail = member.email;
  // The member reads French and chose reports due soon by e-mail; the coordinator chose nothing.
  await prisma().user.update({
    where: { id: member.id },
    data: { language: "fr", emailNotificationKinds: ["REPORT_DUE_SOON"] },
  });
  const today = dateOnlyToday();
  const mission = await prisma().mission.create({
    data: {
      code: "JOBS-1",
      title: "Mission des tâches",
      type: "ASSESSMENT_AND_PLAN",
      parliamentId: parliament.id,
      coordinatorId: coordinator.id,
      phases: {
        create: {
          kind: "ASSESSMENT",
          status: "DRAFT_REPORT",
          startDate: new Date(today.getTime() - 20 * DAY_MS),
          endDate: new Date(today.getTime() - 16 * DAY_MS),
          reportDueDate: new Date(today.getTime() + 2 * DAY_MS),
        },
      },
    },
    select: { phases: { select: { id: true } } },
  });
  phaseId = mission.phases[0]!.id;
  await prisma().assignment.create({ data: { phaseId, expertId: expert.id, role: "MEMBER" } });
});

afterEach(stopAll);
afterAll(async () => {
  await stopAll();
  await smtp?.close();
});

describe("the job runner", () => {
  it("refuses jobs until started", async () => {
    await expect(runner({ smtp: false }).queue.send("reminders.scan", {})).rejects.toThrow(/not started/);
  });

  it("takes a job sent while it starts (a request between listen and the start's end) once started", async () => {
    const starting = runner({ smtp: false });
    const started = starting.start();
    const sent = starting.queue.send("notifications.email", {});
    await started;
    expect(typeof (await sent) === "string" || (await sent) === null).toBe(true);
  });

  it("scans at start, e-mails the chosen kind once in the reader's language, and tells nothing twice after a restart", async () => {
    // What the runner of the test before (without SMTP) scanned and skipped is forgotten.
    await prisma().notification.deleteMany({});
    const first = runner({ smtp: true });
    await first.start();
    await waitFor("the reminder and its e-mail", async () => {
      const sent = await prisma().notification.count({ where: { userId: memberId, emailStatus: "SENT" } });
      return sent === 1 && mails.length === 1;
    });
    const notices = await prisma().notification.findMany({
      where: { dedupeKey: { startsWith: `REPORT_DUE_SOON:${phaseId}:` } },
      select: { userId: true, emailStatus: true, emailedAt: true },
    });
    expect(notices.map((n) => n.userId).sort()).toEqual([coordinatorId, memberId].sort());
    expect(notices.find((n) => n.userId === coordinatorId)!.emailStatus).toBeNull();
    expect(notices.find((n) => n.userId === memberId)!.emailedAt).toBeInstanceOf(Date);

    const [mail] = mails;
    expect(mail!.to).toEqual([memberEmail]);
    const text = readable(mail!.raw);
    expect(text).toMatch(/^Subject: Hemicycle : Le rapport de la phase .* de Mission des tâches/m);
    expect(text).toContain("Bonjour ");
    expect(text).toContain(`https://hemicycle.example/missions/`);
    expect(text).toContain(`/phases/${phaseId}/report`);
    expect(text).toContain("https://hemicycle.example/account");
    expect(text).toContain("From: Hemicycle <hemicycle@example.test>");

    // A restart: the runner stopped, another started on the same database; its scan at start
    // and the minute's schedule run again, and tell no one anything new.
    await first.stop();
    const scansBefore = await completed("reminders.scan");
    const second = runner({ smtp: true });
    await second.start();
    await waitFor("a scan after the restart", async () => (await completed("reminders.scan")) > scansBefore);
    await waitFor("an e-mail run after the restart", async () => (await completed("notifications.email")) >= 2);
    expect(await prisma().notification.count({ where: { dedupeKey: { startsWith: "REPORT_DUE_SOON:" } } })).toBe(2);
    expect(mails).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it("two instances on one database tell each reader once, and send each e-mail once", async () => {
    await prisma().notification.deleteMany({});
    mails.length = 0;
    const scansBefore = await completed("reminders.scan");
    const [a, b] = [runner({ smtp: true }), runner({ smtp: true })];
    await Promise.all([a.start(), b.start()]);
    await waitFor("the reminder's e-mail", async () => mails.length >= 1);
    await waitFor("a scan", async () => (await completed("reminders.scan")) > scansBefore);
    // A further e-mail run (nudged or swept) finds nothing left to send.
    const emailRuns = await completed("notifications.email");
    await a.queue.send("notifications.email", {});
    await waitFor("another e-mail run", async () => (await completed("notifications.email")) > emailRuns);
    expect(await prisma().notification.count({ where: { dedupeKey: { startsWith: "REPORT_DUE_SOON:" } } })).toBe(2);
    expect(mails).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it("without SMTP, a notice waiting for its e-mail is SKIPPED and nothing is sent", async () => {
    await prisma().notification.deleteMany({});
    mails.length = 0;
    const quiet = runner({ smtp: false });
    await quiet.start();
    await waitFor("the reminder, its e-mail skipped", async () => {
      const rows = await prisma().notification.findMany({ where: { userId: memberId }, select: { emailStatus: true } });
      return rows.length === 1 && rows[0]!.emailStatus === "SKIPPED";
    });
    expect(mails).toEqual([]);
    expect(errors).toEqual([]);
  });
});
