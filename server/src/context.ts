// What every procedure receives, built per request by the HTTP layer (http/trpc-plugin.ts)
// and, in tests, directly for a chosen persona. Services never see it: routers hand them
// the database, the actor and the input (docs/design.md, "Server layout").
import type { FastifyBaseLogger } from "fastify";
import type { Auth } from "./auth/better-auth.ts";
import type { Db } from "./db/types.ts";
import type { FileStore } from "./files/store.ts";
import type { JobQueue } from "./jobs/queue.ts";
import type { RoadmapEvents } from "./live/roadmap-events.ts";
import type { UserEvents } from "./live/user-events.ts";
import type { SessionUser } from "./services/auth.ts";
import type { SignInThrottle } from "./services/sign-in-throttle.ts";

export type { SessionUser };

export type Context = {
  db: Db;
  auth: Auth;
  log: FastifyBaseLogger;
  /** The signed-in user, or null. */
  user: SessionUser | null;
  /** Request headers (cookies) for better-auth. */
  headers: Headers;
  /** Client address, for sign-in throttling and the limits on work per client. */
  ip: string;
  /** Saved roadmap changes, for the people who have the roadmap open. */
  events: RoadmapEvents;
  /** What concerns one user changed (their notifications, their exports), told by the database. */
  userEvents: UserEvents;
  /** Where work that outlasts a request is queued (exports); any instance may run it. */
  jobs: JobQueue;
  /** Where evidence files are kept, for the procedures that remove them. */
  files: FileStore;
  /** Where sign-in failures are counted (the database's, shared by instances); this process's when absent. */
  signInThrottle?: SignInThrottle;
  /** This server sends e-mail (SMTP_URL is set): the notification centre says so; false when absent. */
  emailConfigured?: boolean;
  /** Adds a Set-Cookie header to the response (no-op when there is no HTTP response). */
  setCookie: (value: string) => void;
};
