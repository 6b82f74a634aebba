// tRPC at /trpc: one context per request, with the signed-in user resolved by better-auth
// from the session cookie (services/auth.ts).
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import type { FastifyInstance } from "fastify";
import type { Auth } from "../auth/better-auth.ts";
import type { Context } from "../context.ts";
import type { Database } from "../db/database.ts";
import type { FileStore } from "../files/store.ts";
import type { JobQueue } from "../jobs/queue.ts";
import type { RoadmapEvents } from "../live/roadmap-events.ts";
import type { UserEvents } from "../live/user-events.ts";
import { appRouter, type AppRouter } from "../router.ts";
import { resolveSessionUser } from "../services/auth.ts";
import type { SignInThrottle } from "../services/sign-in-throttle.ts";
import { requestHeaders } from "./session-request.ts";

export const TRPC_PREFIX = "/trpc";

/** Most calls one HTTP request may carry: a batch is one request, but each call is work. */
export const MAX_BATCH_SIZE = 50;

/** What every request's context shares, made once at start-up. */
export type SharedServices = {
  events: RoadmapEvents;
  userEvents: UserEvents;
  jobs: JobQueue;
  files: FileStore;
  signInThrottle?: SignInThrottle;
  /** This server sends e-mail (SMTP_URL is set). */
  emailConfigured?: boolean;
};

export async function registerTrpc(app: FastifyInstance, db: Database, auth: Auth, shared: SharedServices) {
  await app.register(fastifyTRPCPlugin, {
    prefix: TRPC_PREFIX,
    trpcOptions: {
      router: appRouter,
      maxBatchSize: MAX_BATCH_SIZE,
      async createContext({ req, res }): Promise<Context> {
        const headers = requestHeaders(req.headers);
        // Fastify accumulates set-cookie headers rather than replacing them.
        const setCookie = (value: string) => void res.header("set-cookie", value);
        return {
          db: db.prisma,
          auth,
          log: req.log,
          user: await resolveSessionUser(db.prisma, auth, headers, setCookie),
          headers,
          ip: req.ip,
          ...shared,
          setCookie,
        };
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });
}
