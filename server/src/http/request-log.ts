// Fastify's request log (pino), without secrets: cookies are redacted, and the query
// string of any call to an `auth.` procedure is dropped, since a sign-in sent by GET
// (refused, but still logged) would otherwise write the password into the log. Every line
// names the instance that wrote it (INSTANCE_ID) and, for a request, its id (`reqId`):
// the proxy's X-Request-Id when it sends a sane one, so that the proxy's log and every
// instance's can be read side by side (docs/operations.md, "Logs").
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { FastifyLoggerOptions } from "fastify";
import type { LoggerOptions } from "pino";
import type { Config } from "../config.ts";

/** The request's URL as the log may show it. */
export function loggableUrl(url: string): string {
  const query = url.indexOf("?");
  if (query < 0) return url;
  const path = url.slice(0, query);
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: judge the path as written.
  }
  return /^\/trpc\/.*\bauth\./i.test(decoded) ? `${path}?[redacted]` : url;
}

/** The header a proxy sends the request's id in, and the response echoes. */
export const REQUEST_ID_HEADER = "x-request-id";

/** A request id we repeat into logs and headers: a short token, nothing that could forge a log line or a header. */
const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** The request's id: the proxy's when sane, else a new UUID. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === "string" && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

export function requestLogOptions(
  config: Pick<Config, "logLevel"> & Partial<Pick<Config, "instanceId">>,
): FastifyLoggerOptions & LoggerOptions {
  return {
    level: config.logLevel,
    ...(config.instanceId ? { base: { instance: config.instanceId } } : {}),
    redact: ["req.headers.cookie", 'res.headers["set-cookie"]'],
    serializers: {
      req(request) {
        return {
          method: request.method,
          url: loggableUrl(request.url),
          host: request.host,
          remoteAddress: request.ip,
        };
      },
    },
  };
}
