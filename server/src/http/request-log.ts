// Fastify's request log (pino), without secrets: cookies are redacted, and the query
// string of any call to an `auth.` procedure is dropped, since a sign-in sent by GET
// (refused, but still logged) would otherwise write the password into the log.
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

export function requestLogOptions(config: Pick<Config, "logLevel">): FastifyLoggerOptions & LoggerOptions {
  return {
    level: config.logLevel,
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
