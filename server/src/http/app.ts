// The HTTP server: one Fastify process serves the built SPA, tRPC at /trpc and the plain
// routes (routes/) on one port, behind security headers, a body limit, JSON-only
// mutations, a same-origin check and rate limiting, with a request log that keeps secrets out.
import { join } from "node:path";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import type { Auth } from "../auth/better-auth.ts";
import type { Config } from "../config.ts";
import type { Database } from "../db/database.ts";
import { createInProcessRoadmapEvents, type RoadmapEvents } from "../live/roadmap-events.ts";
import { roadmapEventsFor } from "../live/roadmap-events-postgres.ts";
import type { SignInThrottle } from "../services/sign-in-throttle.ts";
import { createUserEvents, type UserEvents } from "../live/user-events.ts";
import { queueNotStarted, type JobQueue } from "../jobs/queue.ts";
import { registerLifecycle } from "./lifecycle.ts";
import { registerRefusalPages } from "./refusal-pages.ts";
import { registerRequestLimits, type LimiterStore } from "./request-limits.ts";
import { REQUEST_ID_HEADER, requestIdOf, requestLogOptions } from "./request-log.ts";
import { registerClientApp } from "./routes/client-app.ts";
import { registerAssessmentReportExports } from "./routes/assessment-report-exports.ts";
import { registerAuditExports } from "./routes/audit-exports.ts";
import { registerExportJobFiles } from "./routes/export-job-files.ts";
import { registerFindingExports } from "./routes/finding-exports.ts";
import { registerFindingFiles } from "./routes/finding-files.ts";
import { registerHostileJsonRefusal } from "./hostile-json.ts";
import { registerHealthRoute } from "./routes/health.ts";
import { registerProgrammeExports } from "./routes/programme-exports.ts";
import { createFileStore } from "../files/store.ts";
import { registerRoadmapExports } from "./routes/roadmap-exports.ts";
import { registerTermsOfReferenceExports } from "./routes/tor-exports.ts";
import { registerSameOriginCheck } from "./same-origin.ts";
import { registerSecurityHeaders } from "./security-headers.ts";
import { registerTrpc } from "./trpc-plugin.ts";
import { requestScope } from "../db/pglite-turns.ts";
import { refusedCallsBody, trpcCalls } from "./trpc-calls.ts";
import { fail } from "../lib/errors.ts";

export const BODY_LIMIT_BYTES = 1024 * 1024;

export type AppDeps = {
  config: Config;
  db: Database;
  auth: Auth;
  logger?: FastifyServerOptions["logger"];
  /** Where the rate limit keeps its counters; in memory unless given. */
  limitStore?: LimiterStore;
  /**
   * Where saved roadmap changes are told to open editors; unless given, across instances
   * through LISTEN/NOTIFY on PostgreSQL, in this process on PGlite.
   */
  events?: RoadmapEvents;
  /** Where sign-in failures are counted; this process's memory unless given (main.ts gives the database's). */
  signInThrottle?: SignInThrottle;
  /** What concerns one user changed; heard from the database unless given. */
  userEvents?: UserEvents;
  /** Where exports are queued; refused unless given (main.ts starts the queue). */
  jobs?: JobQueue;
};

/** A hop count trusts the entries the app's own proxies appended, counted from the right. */
function trustedProxies(trust: Config["trustProxy"]) {
  return typeof trust === "number" ? (_address: string, hop: number) => hop < trust : trust;
}

export async function buildApp({
  config,
  db,
  auth,
  logger,
  limitStore,
  events,
  userEvents,
  jobs,
  signInThrottle,
}: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? requestLogOptions(config),
    bodyLimit: BODY_LIMIT_BYTES,
    // tRPC batches put several procedure names in the path.
    routerOptions: { maxParamLength: 5000 },
    // Behind a reverse proxy, the client's address (for sign-in throttling and rate
    // limits) comes from X-Forwarded-For, as far as the configured proxies vouch for it.
    trustProxy: trustedProxies(config.trustProxy),
    // Each request's id: the proxy's X-Request-Id when it is a sane token, else a new one;
    // every log line of the request carries it (with the instance's id: request-log.ts).
    requestIdHeader: false,
    genReqId: requestIdOf,
  });
  app.addHook("onRequest", async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });

  await registerSecurityHeaders(app, config);
  // A refusal met by a person's browser (not by the app's scripts) reads as a page in their language.
  registerRefusalPages(app);
  // First of our own hooks: a refused request is read no further.
  registerRequestLimits(app, limitStore);
  // Shutting down: /ready says 503, live streams end, new ones are refused.
  const lifecycle = registerLifecycle(app);
  // Writes, files and exports from another origin's page are refused (403).
  registerSameOriginCheck(app, config);

  // JSON-only mutations: a cross-site form post cannot reach a procedure. Refused in the
  // shape tRPC's client reads, as any other refusal.
  app.addHook("onRequest", async (request, reply) => {
    const calls = trpcCalls(request);
    if (request.method !== "POST" || !calls) return;
    const type = request.headers["content-type"] ?? "";
    if (!type.toLowerCase().startsWith("application/json")) {
      await reply.code(415).send(refusedCallsBody(request, calls, fail("VALIDATION", "requestRefused")));
    }
  });

  // On PGlite a request's statements know its connection, so that one whose client left is
  // dropped (db/pglite-turns.ts). Once answered, never: work the request left running (a
  // timer's audit summary) carries this scope, and its connection may close meanwhile.
  if (db.kind === "pglite") {
    app.addHook("onRequest", (request, reply, done) => {
      let answered = false;
      reply.raw.once("finish", () => (answered = true));
      requestScope.run({ clientGone: () => !answered && request.raw.socket.destroyed }, done);
    });
  }

  // Inputs nested deeper than any procedure takes, or with __proto__ keys, are refused (400) before they run.
  registerHostileJsonRefusal(app);

  registerHealthRoute(app, db, lifecycle);
  registerAssessmentReportExports(app, db, auth);
  registerRoadmapExports(app, db, auth);
  registerFindingExports(app, db, auth);
  registerAuditExports(app, db, auth);
  registerExportJobFiles(app, db, auth);
  registerTermsOfReferenceExports(app, db, auth);
  registerProgrammeExports(app, db, auth);
  // Evidence files: the only route that reads multipart (the hook above keeps tRPC JSON-only).
  const files = createFileStore(config.filesDir);
  await registerFindingFiles(app, { db, auth, config, files });
  await registerTrpc(app, db, auth, {
    events:
      events ??
      roadmapEventsFor(db, (error) => app.log.error({ err: error }, "roadmap events")) ??
      createInProcessRoadmapEvents(),
    userEvents: userEvents ?? createUserEvents(db.listen),
    jobs: jobs ?? queueNotStarted,
    files,
    signInThrottle,
    emailConfigured: config.smtp !== null,
  });
  await registerClientApp(app, config.clientDist ?? join(process.cwd(), "client", "dist"));
  return app;
}
