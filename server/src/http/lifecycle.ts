// An instance's end (docs/operations.md, "Stopping an instance"): once it starts draining
// (`app.lifecycle.drain()`, which main.ts calls on SIGTERM, and `app.close()` in any case),
// /ready answers 503 (a balancer that polls it stops sending work here), the live streams
// (tRPC subscriptions over server-sent events) end cleanly, so that their browsers
// reconnect, through the proxy, to another instance and read the record again, and a new
// stream is refused with 503 rather than held open; `app.close()` then lets the requests
// in flight finish while it accepts no more. Answers given while draining close their
// connection (Connection: close): a kept-alive connection left idle after closing began
// would otherwise hold the server open until the shutdown's timeout.
// A stream is any call of a subscription procedure (tRPC streams it whatever the Accept
// header says) or any request that accepts text/event-stream. One caller (a session, or
// an address without one) holds at most MAX_STREAMS_PER_CALLER of them open on an
// instance, an address MAX_STREAMS_PER_ADDRESS: one more is refused with 429, so that
// nobody can tie up the instance's sockets and, at each change, its database with
// thousands of streams (each costs one request of the rate limit only once).
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { IncomingMessage, ServerResponse } from "node:http";
import { appRouter } from "../router.ts";
import { budgetKey } from "./request-limits.ts";
import { trpcCalls } from "./trpc-calls.ts";

/** Live streams one session (or an address without one) may hold open on one instance: a few tabs' worth. */
export const MAX_STREAMS_PER_CALLER = 16;
/** Live streams one client address may hold open on one instance, whatever the sessions (a parliament behind one NAT). */
export const MAX_STREAMS_PER_ADDRESS = 500;

export type Lifecycle = {
  /** True from the moment the app starts draining. */
  readonly draining: boolean;
  /** Server-sent event streams open now. */
  readonly openStreams: number;
  /** Says 503 on /ready, ends the open streams and refuses new ones; `app.close()` does it too. */
  drain(): void;
};

declare module "fastify" {
  interface FastifyInstance {
    /** The app's shutdown state (http/lifecycle.ts). */
    lifecycle: Lifecycle;
  }
}

const subscriptions = new Set(
  // Flat at run time: each dotted path to its procedure.
  Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)
    .filter(([, procedure]) => procedure._def.type === "subscription")
    .map(([path]) => path),
);

function isEventStream(request: FastifyRequest) {
  if (request.method !== "GET") return false;
  if ((request.headers.accept ?? "").includes("text/event-stream")) return true;
  const calls = trpcCalls(request);
  return calls !== null && calls.paths.some((path) => subscriptions.has(path));
}

/** Counts per key, dropping a key at zero. */
function counter() {
  const counts = new Map<string, number>();
  return {
    get: (key: string) => counts.get(key) ?? 0,
    add(key: string, by: 1 | -1) {
      const next = (counts.get(key) ?? 0) + by;
      if (next > 0) counts.set(key, next);
      else counts.delete(key);
    },
  };
}

/**
 * Ends a tRPC stream as its client's own disconnection would, but with the response still
 * open: tRPC's Node adapter aborts the subscription on the request's "aborted" event, its
 * generator's `finally` runs, and the adapter ends the response (the last chunk sent).
 */
function endStream(raw: IncomingMessage) {
  raw.emit("aborted");
}

export function registerLifecycle(app: FastifyInstance): Lifecycle {
  let draining = false;
  const streams = new Set<IncomingMessage>();
  const perCaller = counter();
  const perAddress = counter();
  /** Responses not yet finished: told to close their connection once draining begins. */
  const answering = new Set<ServerResponse>();
  const closeAfter = (res: ServerResponse) => {
    if (!res.headersSent) res.shouldKeepAlive = false;
  };

  app.addHook("onRequest", async (request, reply) => {
    const res = reply.raw;
    if (draining) closeAfter(res);
    else {
      answering.add(res);
      res.once("close", () => answering.delete(res));
    }
    if (!isEventStream(request)) return;
    if (draining) {
      return reply.code(503).header("retry-after", "1").header("connection", "close").send({
        statusCode: 503,
        error: "Service Unavailable",
        message: "This instance is shutting down",
      });
    }
    const caller = budgetKey(request);
    const address = request.ip;
    if (perCaller.get(caller) >= MAX_STREAMS_PER_CALLER || perAddress.get(address) >= MAX_STREAMS_PER_ADDRESS) {
      return reply.code(429).header("retry-after", "30").send({
        statusCode: 429,
        error: "Too Many Requests",
        message: "Too many live streams open; close a tab or retry in 30 s",
      });
    }
    const raw = request.raw;
    streams.add(raw);
    perCaller.add(caller, 1);
    perAddress.add(address, 1);
    reply.raw.once("close", () => {
      streams.delete(raw);
      perCaller.add(caller, -1);
      perAddress.add(address, -1);
    });
  });

  const lifecycle: Lifecycle = {
    get draining() {
      return draining;
    },
    get openStreams() {
      return streams.size;
    },
    drain() {
      draining = true;
      for (const res of answering) closeAfter(res);
      answering.clear();
      for (const raw of streams) endStream(raw);
      streams.clear();
    },
  };
  app.addHook("preClose", async () => lifecycle.drain());
  app.decorate("lifecycle", lifecycle);
  return lifecycle;
}
