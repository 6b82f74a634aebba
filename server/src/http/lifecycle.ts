// An instance's end (docs/operations.md, "Stopping an instance"): once it starts draining
// (`app.lifecycle.drain()`, which main.ts calls on SIGTERM, and `app.close()` in any case),
// /ready answers 503 (a balancer that polls it stops sending work here), the live streams
// (tRPC subscriptions over server-sent events) end cleanly, so that their browsers
// reconnect, through the proxy, to another instance and read the record again, and a new
// stream is refused with 503 rather than held open; `app.close()` then lets the requests
// in flight finish while it accepts no more. Answers given while draining close their
// connection (Connection: close): a kept-alive connection left idle after closing began
// would otherwise hold the server open until the shutdown's timeout.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { IncomingMessage, ServerResponse } from "node:http";

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

const isEventStream = (request: FastifyRequest) =>
  request.method === "GET" && (request.headers.accept ?? "").includes("text/event-stream");

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
    const raw = request.raw;
    streams.add(raw);
    reply.raw.once("close", () => streams.delete(raw));
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
