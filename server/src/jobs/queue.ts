// The job queue's face to the rest of the server (docs/operations.md, "Jobs"): pg-boss on
// the database the app uses, PostgreSQL or the embedded PGlite alike, so that the same
// reminders and exports run whether Hemicycle is one process or several instances.
// Services never see it; routers and the start-up hand it the jobs to run.

/** The schema pg-boss keeps its tables in (db/app-role.ts grants on it). */
export const JOB_SCHEMA = "pgboss";

/** The queues Hemicycle runs; each has its handler in jobs/handlers.ts. */
export const JOB_NAMES = ["reminders.scan", "notifications.email", "exports.run", "exports.sweep"] as const;
export type JobName = (typeof JOB_NAMES)[number];

export type SendOptions = {
  /** At most one job with this key waits in the queue at a time. */
  singletonKey?: string;
  /** Run no sooner than this many seconds from now. */
  startAfterSeconds?: number;
  /** Tries after the first failure (pg-boss's retryLimit); the queue's default otherwise. */
  retryLimit?: number;
};

export interface JobQueue {
  /** Enqueues a job; resolves with its id, or null when a singleton with its key already waits. */
  send(name: JobName, data: object, options?: SendOptions): Promise<string | null>;
}

/** Until the queue is started (main.ts), or for an app built without one: sending is refused. */
export const queueNotStarted: JobQueue = {
  send() {
    return Promise.reject(new Error("The job queue is not started"));
  },
};
