// A browser sends a multipart form post across sites without asking first (it is a
// "simple" request, unlike tRPC's JSON-only mutations), so plain-HTTP writes check where
// the request comes from. Browsers name the page's origin on every POST (Origin, or at
// least Referer); a request naming another origin is refused. A request naming none is no
// browser's cross-site post (a script or a test), and the session cookie still decides.
import type { FastifyRequest } from "fastify";
import type { Config } from "../config.ts";

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
