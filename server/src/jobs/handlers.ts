// Every job Hemicycle runs, in one place (docs/operations.md, "Jobs"): its queue's policy and
// retries, its schedule if it has one, and what it does. The runner (jobs/runner.ts)
// creates each queue, works it on every instance and sends the scheduled ones; pg-boss
// hands each job to one instance. A queue of JOB_NAMES without an entry here is created
// but not worked.
import type PgBoss from "pg-boss";
import type { Config } from "../config.ts";
import type { Database } from "../db/database.ts";
import { sendPendingEmails, type Mailer } from "./email.ts";
import type { JobName, JobQueue } from "./queue.ts";
import { scanReminders } from "./reminders.ts";
import { runExportJob, sweepExportJobs } from "../services/export-jobs.ts";

export type JobLog = {
  info: (details: object, message: string) => void;
  warn: (details: object, message: string) => void;
  error: (details: object, message: string) => void;
};

/** What a job's `run` is given. */
export type JobContext = {
  db: Database;
  config: Pick<Config, "publicUrl" | "remindersCron">;
  log: JobLog;
  /** To send further jobs. */
  queue: JobQueue;
  /** Null when SMTP_URL is unset. */
  mailer: Mailer | null;
  /** Waits between an e-mail's tries (tests shorten them). */
  emailRetryDelaysMs?: readonly number[];
};

export type JobDefinition = {
  name: JobName;
  /**
   * The queue's policy and options (pg-boss): "stately" keeps at most one job waiting and
   * one running, "short" at most one waiting; "standard" any number.
   */
  queue: Omit<PgBoss.Queue, "name">;
  /** Sent on this cron schedule (UTC), once per occasion across all instances. */
  cron?: (config: JobContext["config"]) => string;
  /** Also sent once when an instance starts (what a stopped cluster missed). */
  atStart?: boolean;
  /** Jobs of this queue an instance runs at once. */
  concurrency?: number;
  run: (context: JobContext, data: unknown) => Promise<unknown>;
};

export const JOB_DEFINITIONS: JobDefinition[] = [
  {
    // The reminders (jobs/reminders.ts): each one once per reader, however often this runs.
    name: "reminders.scan",
    queue: { policy: "stately", retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 10 * 60 },
    cron: (config) => config.remindersCron,
    atStart: true,
    run: ({ db }) => scanReminders(db.prisma),
  },
  {
    // The e-mails of the PENDING notices (jobs/email.ts); its own tries are inside a run.
    name: "notifications.email",
    queue: { policy: "short", retryLimit: 2, retryDelay: 10, expireInSeconds: 15 * 60 },
    cron: () => "* * * * *",
    atStart: true,
    run: ({ db, mailer, config, log, emailRetryDelaysMs }) =>
      sendPendingEmails(db.prisma, { mailer, publicUrl: config.publicUrl, log, retryDelaysMs: emailRetryDelaysMs }),
  },
  {
    // The long exports (services/export-jobs.ts), sent by exportJobs.start. A run fails its
    // job itself (FAILED, a message code) rather than throwing, so a retry here is for an
    // instance that died mid-run: its job expires and starts again from the beginning.
    name: "exports.run",
    queue: { policy: "standard", retryLimit: 2, retryDelay: 5, expireInSeconds: 30 * 60 },
    concurrency: 2,
    run: ({ db, log }, data) =>
      runExportJob(db.prisma, data, { log: (err) => log.error({ err, data }, "export job failed") }),
  },
  {
    // Finished exports and their files are removed 24 hours after they end.
    name: "exports.sweep",
    queue: { policy: "short", retryLimit: 1, expireInSeconds: 10 * 60 },
    cron: () => "7 * * * *",
    atStart: true,
    run: ({ db }) => sweepExportJobs(db.prisma),
  },
];
