// What the plain-HTTP routes (routes/: exports, evidence files) share with tRPC's context:
// a request's headers as the fetch API's Headers, the signed-in user behind its session
// cookie (services/auth.ts), and a refusal as JSON that no cache keeps.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Auth } from "../auth/better-auth.ts";
import type { Database } from "../db/database.ts";
import { resolveSessionUser, type SessionUser } from "../services/auth.ts";
import { rememberReaderLanguage } from "./refusal-pages.ts";

/** Seconds a request refused for being one too many (429) is told to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

/** Fastify's request headers as the fetch API's Headers (better-auth's input); repeated ones stay repeated. */
export function requestHeaders(raw: FastifyRequest["headers"]): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return headers;
}

/**
 * The signed-in user behind the request's session cookie, or null. A session better-auth
 * extends sends its refreshed cookie out on this reply (Fastify accumulates set-cookie
 * headers rather than replacing them). A refusal page for this request then reads in the
 * user's own language (refusal-pages.ts).
 */
export async function sessionUserOf(
  db: Database,
  auth: Auth,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<SessionUser | null> {
  const user = await resolveSessionUser(db.prisma, auth, requestHeaders(request.headers), (value) => {
    void reply.header("set-cookie", value);
  });
  rememberReaderLanguage(request, user?.language);
  return user;
}

/** Refuses the request with `body` as JSON, never cached; a 429 says when to try again. */
export function sendRefusal(reply: FastifyReply, status: number, body: { error: string; [more: string]: unknown }) {
  reply.code(status).header("cache-control", "no-store");
  if (status === 429) reply.header("retry-after", String(RETRY_AFTER_SECONDS));
  return reply.send(body);
}
