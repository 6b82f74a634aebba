// A browser sends a multipart form post across sites without asking first (it is a
// "simple" request, unlike tRPC's JSON-only mutations), so plain-HTTP writes check where
// the request comes from. Browsers name the page's origin on every POST (Origin, or at
// least Referer); a request naming another origin is refused. A request naming none is no
// browser's cross-site post (a script or a test), and the session cookie still decides.
// `registerSameOriginCheck` applies this to every write and every file or export route.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Config } from "../config.ts";
import { fail } from "../lib/errors.ts";
import { refusedCallsBody, trpcCalls } from "./trpc-calls.ts";

function originOf(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/** The app's own origins: its public address, and the address this request was sent to (a dev proxy). */
function ownOrigins(request: FastifyRequest, config: Pick<Config, "publicUrl">): Set<string> {
  const own = new Set<string>();
  const publicOrigin = originOf(config.publicUrl);
  if (publicOrigin) own.add(publicOrigin);
  const requested = originOf(`${request.protocol}://${request.host}`);
  if (requested) own.add(requested);
  return own;
}

/** False when the request says it comes from a page of another origin (or from an opaque one). */
export function isSameOriginRequest(request: FastifyRequest, config: Pick<Config, "publicUrl">): boolean {
  const origin = request.headers.origin;
  const referer = request.headers.referer;
  const claimed = origin !== undefined ? origin : referer;
  if (claimed === undefined) return true;
  const from = claimed === "null" ? null : originOf(claimed);
  return from !== null && ownOrigins(request, config).has(from);
}

/** Addresses whose every request is checked, reads included: evidence files and exports. */
const FILE_ROUTES = /^\/(files|export)(\/|$|\?)/;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-origin refusal (docs/security.md, "Cross-origin"): every write (a tRPC mutation
 * is a POST) and every request for a file or an export that names another origin (or an
 * opaque one, `null`) is refused with 403, before anything is read or run; a tRPC call is
 * refused in the shape its client reads. Reads of the API may come from anywhere: the
 * browser keeps their answers from another origin's page. A request naming no origin at
 * all (a script, a server) passes: browsers name one on every cross-site POST, and the
 * session cookie (SameSite) still decides.
 */
export function registerSameOriginCheck(app: FastifyInstance, config: Pick<Config, "publicUrl">) {
  app.addHook("onRequest", async (request, reply) => {
    const path = request.url;
    if (SAFE_METHODS.has(request.method) && !FILE_ROUTES.test(path)) return;
    if (isSameOriginRequest(request, config)) return;
    request.log.info(
      { origin: request.headers.origin, referer: request.headers.referer },
      "cross-origin request refused",
    );
    const calls = trpcCalls(request);
    reply.code(403).header("cache-control", "no-store");
    if (calls) return reply.send(refusedCallsBody(request, calls, fail("FORBIDDEN", "requestRefused")));
    return reply.send({ error: "Cross-origin request refused", reason: "crossOrigin" });
  });
}
