// The job runner (docs/operations.md, "Jobs"; decision 0026): pg-boss on the database the
// app uses. On PostgreSQL it keeps its own small pool; on the embedded PGlite it runs its
// statements on the same PGlite through a `db` executor, so one process runs the same
// reminders, e-mails and exports as a cluster does. pg-boss keeps its tables in the
// `pgboss` schema, which it creates and migrates itself (on PostgreSQL with an app role
// that owns nothing, `pnpm db:app-role` does it as the owner: installJobSchema below).
// Every instance works every queue; pg-boss hands each job to one of them, and sends each
// cron occasion once across them.
import type { PGlite } from "@electric-sql/pglite";
import PgBoss from "pg-boss";
import type { Config } from "../config.ts";
import type { Database } from "../db/database.ts";
import { smtpMailer, type Mailer } from "./email.ts";
import { JOB_DEFINITIONS, type JobContext, type JobDefinition, type JobLog } from "./handlers.ts";
import { JOB_NAMES, JOB_SCHEMA, type JobName, type JobQueue, type SendOptions } from "./queue.ts";

/** Connections pg-boss keeps on PostgreSQL, beside the app's pool. */
const POOL_SIZE = 3;
/** A notice written is e-mailed this long after (the nudges of a burst of notices make one job). */
const NUDGE_DELAY_MS = 250;

export type JobRunner = {
  queue: JobQueue;
  /** Creates the queues, starts working them and the schedules. */
  start(): Promise<void>;
  /** Stops taking jobs, waits (up to `timeoutMs`) for the running ones, then lets go of its connections. */
  stop(options?: { timeoutMs?: number }): Promise<void>;
};

export type JobRunnerOptions = {
  db: Database;
  config: Pick<Config, "publicUrl" | "remindersCron" | "smtp">;
  log: JobLog;
  /** Overrides config.smtp's mailer (tests). */
  mailer?: Mailer | null;
  /** How often an idle worker looks for jobs sent by other instances, in seconds (IDLE_POLL_SECONDS by default). */
  pollingIntervalSeconds?: number;
  /** How often the schedules are checked, in seconds (pg-boss's default 30; tests 1). */
  cronIntervalSeconds?: number;
  emailRetryDelaysMs?: readonly number[];
  /** The jobs to run: JOB_DEFINITIONS by default. */
  definitions?: readonly JobDefinition[];
};

type SqlResult = { rows: unknown[]; rowCount: number };

/**
 * pg-boss's statements on the app's PGlite. A statement with values is one query; a text
 * without values is a script (pg-boss's migrations, and its locked sections that hold their
 * own BEGIN … COMMIT): it runs inside a PGlite transaction, so that nothing of Prisma's
 * runs in the middle of it, and a script that fails halfway is rolled back there, instead of
 * leaving the one connection in an aborted transaction for whoever comes next.
 */
export function pgliteExecutor(pglite: PGlite) {
  return {
    async executeSql(text: string, values?: unknown[]): Promise<SqlResult> {
      if (!values || values.length === 0) {
        const results = await pglite.transaction((tx) => tx.exec(text));
        const last = results.at(-1);
        return { rows: last?.rows ?? [], rowCount: last?.affectedRows ?? last?.rows.length ?? 0 };
      }
      const result = await pglite.query(text, values);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
  };
}

function bossOptions(db: Database, extra: PgBoss.ConstructorOptions): PgBoss.ConstructorOptions {
  const connection: PgBoss.ConstructorOptions =
    db.jobsTarget.kind === "postgresql"
      ? { connectionString: db.jobsTarget.url, max: POOL_SIZE }
      : { db: pgliteExecutor(db.jobsTarget.pglite) };
  return { ...connection, schema: JOB_SCHEMA, application_name: "hemicycle-jobs", ...extra };
}

/**
 * An idle worker looks for jobs this often. A job sent through this instance's queue wakes
 * its own workers at once (pg-boss's notifyWorker), so only the jobs another instance or
 * the cron sent wait for the next look. On an idle PGlite (5 workers) looking every 2
 * seconds (pg-boss's default) took 265–290 ms of CPU every 30 seconds, every 10 seconds
 * 70–120 ms (two runs, on a loaded machine).
 */
export const IDLE_POLL_SECONDS = 10;

function queueOf(boss: PgBoss, wake: (name: JobName) => void): JobQueue {
  return {
    async send(name: JobName, data: object, options: SendOptions = {}) {
      const id = await boss.send(name, data, {
        ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
        ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
        ...(options.retryLimit !== undefined ? { retryLimit: options.retryLimit } : {}),
      });
      // Also when pg-boss took nothing (null): a job of that queue already waits, maybe sent
      // by the cron, which wakes no one.
      if (!options.startAfterSeconds) wake(name);
      return id;
    },
  };
}

/**
 * Instances started together on a fresh database create the same queues at the same moment,
 * and pg-boss's create_queue can then deadlock (one inserts the queue's row while another
 * attaches its partition): PostgreSQL rolls the loser back (40P01), and trying again finds
 * the queue made, or makes it. Seen in tests/ops/cluster.test.ts: one of three instances
 * stopped with "deadlock detected" after it was ready.
 */
async function createQueues(boss: PgBoss, definitions: readonly JobDefinition[]) {
  for (const name of JOB_NAMES) {
    const definition = definitions.find((d) => d.name === name);
    for (let attempt = 1; ; attempt++) {
      try {
        await boss.createQueue(name, { name, ...(definition?.queue ?? { policy: "standard" }) });
        break;
      } catch (error) {
        if ((error as { code?: unknown }).code !== "40P01" || attempt >= 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
      }
    }
  }
}

const notStarted = () => Promise.reject<string | null>(new Error("The job queue is not started"));

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { db, config, log } = options;
  const definitions = options.definitions ?? JOB_DEFINITIONS;
  const cronSeconds = options.cronIntervalSeconds;
  const boss = new PgBoss(
    bossOptions(db, {
      ...(cronSeconds ? { cronMonitorIntervalSeconds: cronSeconds, cronWorkerIntervalSeconds: cronSeconds } : {}),
    }),
  );
  boss.on("error", (error: Error) => log.error({ error: error.message }, "job queue error"));
  const workers = new Map<JobName, string[]>();
  const queue = queueOf(boss, (name) => {
    for (const id of workers.get(name) ?? []) boss.notifyWorker(id);
  });
  const mailer = options.mailer !== undefined ? options.mailer : config.smtp ? smtpMailer(config.smtp) : null;
  const context: JobContext = { db, config, log, queue, mailer, emailRetryDelaysMs: options.emailRetryDelaysMs };

  let started = false;
  let starting: Promise<void> | null = null;
  let bossStarted = false;
  let stopListening: (() => Promise<void>) | null = null;
  let nudge: NodeJS.Timeout | null = null;

  return {
    queue: {
      send(name, data, sendOptions) {
        if (started) return queue.send(name, data, sendOptions);
        // Sent while the runner starts (a request between listen and the start's end): waits for it.
        if (starting) return starting.then(() => (started ? queue.send(name, data, sendOptions) : notStarted()));
        return notStarted();
      },
    },

    async start() {
      let done!: () => void;
      starting = new Promise<void>((resolve) => (done = resolve));
      try {
        await boss.start();
        bossStarted = true;
        await createQueues(boss, definitions);
        for (const definition of definitions) {
          for (let i = 0; i < (definition.concurrency ?? 1); i++) {
            const workerId = await boss.work(
              definition.name,
              { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? IDLE_POLL_SECONDS },
              async ([job]) => {
                if (!job) return;
                const started = performance.now();
                try {
                  const result: unknown = await definition.run(context, job.data);
                  log.info(
                    { job: definition.name, jobId: job.id, ms: Math.round(performance.now() - started), result },
                    "job done",
                  );
                  return result;
                } catch (error) {
                  log.error(
                    {
                      job: definition.name,
                      jobId: job.id,
                      error: error instanceof Error ? error.message : String(error),
                    },
                    "job failed",
                  );
                  throw error;
                }
              },
            );
            workers.set(definition.name, [...(workers.get(definition.name) ?? []), workerId]);
          }
          if (definition.cron) await boss.schedule(definition.name, definition.cron(config), {}, { tz: "UTC" });
        }
        started = true;
        for (const definition of definitions) if (definition.atStart) await queue.send(definition.name, {});
        // A notice written (on any instance) may wait for its e-mail: nudge the e-mail job,
        // once for a burst of them; the minute's sweep catches what a lost nudge missed.
        if (definitions.some((d) => d.name === "notifications.email")) {
          stopListening = await db.listen("hemicycle_notifications", () => {
            if (nudge || !started) return;
            nudge = setTimeout(() => {
              nudge = null;
              if (started) queue.send("notifications.email", {}).catch(() => undefined);
            }, NUDGE_DELAY_MS);
            nudge.unref();
          });
        }
      } finally {
        done();
        starting = null;
      }
    },

    async stop({ timeoutMs = 10_000 } = {}) {
      started = false;
      if (nudge) clearTimeout(nudge);
      nudge = null;
      await stopListening?.().catch(() => undefined);
      stopListening = null;
      // Also after a start that failed halfway: pg-boss's timers would keep the process alive.
      if (bossStarted) await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
      bossStarted = false;
      mailer?.close();
    },
  };
}

/**
 * Creates or migrates pg-boss's schema and the queues, as the role that runs it (the
 * tables' owner: `pnpm db:app-role`), so that an app role that may create nothing finds
 * them in place. Idempotent.
 */
export async function installJobSchema(db: Database): Promise<void> {
  const boss = new PgBoss(bossOptions(db, { supervise: false, schedule: false, migrate: true }));
  await boss.start();
  try {
    await createQueues(boss, JOB_DEFINITIONS);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
