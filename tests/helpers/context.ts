// Calling the real router as a chosen user: a tRPC caller over a real context (real
// database, real better-auth), exactly what the HTTP adapter builds for a request.
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import type { Context, SessionUser } from "@hemicycle/server/context";
import type { Database } from "@hemicycle/server/db/database";
import { createFileStore, type FileStore } from "@hemicycle/server/files/store";
import { queueNotStarted, type JobQueue } from "@hemicycle/server/jobs/queue";
import { createInProcessRoadmapEvents, type RoadmapEvents } from "@hemicycle/server/live/roadmap-events";
import { createUserEvents } from "@hemicycle/server/live/user-events";
import { createCaller } from "@hemicycle/server/router";

const silent = pino({ level: "silent" });

export type TestContext = Context & { cookies: string[] };

export function contextFor(db: Database, user: SessionUser | null, options: ContextOptions = {}): TestContext {
  const cookies: string[] = [];
  const headers = new Headers();
  if (options.cookie) headers.set("cookie", options.cookie);
  return {
    db: db.prisma,
    auth: createAuth({
      prisma: db.prisma,
      secret: "test-secret-test-secret-test-secret-0123",
      baseURL: "http://localhost:3000",
    }),
    log: silent,
    user,
    headers,
    ip: options.ip ?? "127.0.0.1",
    // Callers of one test share a bus unless the test brings its own.
    events: options.events ?? sharedEvents,
    userEvents: createUserEvents(db.listen),
    jobs: options.jobs ?? queueNotStarted,
    // A test that stores files brings its own folder; this one is only made if written to.
    files: options.files ?? sharedFiles,
    setCookie: (value) => cookies.push(value),
    cookies,
  };
}

const sharedEvents = createInProcessRoadmapEvents();
const sharedFiles = createFileStore(join(tmpdir(), `hc-test-files-${process.pid}`));

type ContextOptions = { cookie?: string; ip?: string; events?: RoadmapEvents; files?: FileStore; jobs?: JobQueue };

export function callerFor(db: Database, user: SessionUser | null, options?: ContextOptions) {
  return createCaller(contextFor(db, user, options));
}

/** The session user of an account, as the HTTP layer would resolve it from its cookie. */
export async function sessionUserByEmail(db: Database, email: string): Promise<SessionUser> {
  const user = await db.prisma.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, email: true, name: true, role: true, parliamentId: true, expertId: true },
  });
  return user;
}
