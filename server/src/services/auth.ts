// Signing in and out through better-auth (decision 0002), and who is behind a session.
// Signing in is a browser's business: these take the request's headers, address and a way
// to set the response's cookies, not a request context.
import { message } from "@hemicycle/shared/messages";
import type { Actor } from "@hemicycle/shared/policy";
import type { TLoginInput } from "@hemicycle/shared/schemas/auth";
import { type Auth, sessionLifetimesOf } from "../auth/better-auth.ts";
import { hashPassword } from "../auth/password.ts";
import type { Db } from "../db/types.ts";
import { AppError, fail } from "../lib/errors.ts";
import { recordAudit } from "./audit.ts";
import { beginSignInAttempt } from "./sign-in-throttle.ts";

/** A signed-in user: the actor, and the name and e-mail the app shows. */
export type SessionUser = Actor & { email: string; name: string };

/** What signing in and out needs of the HTTP exchange. */
export type SignInExchange = {
  db: Db;
  auth: Auth;
  /** The request's headers (its cookie). */
  headers: Headers;
  /** The client's address, for throttling and the audit log. */
  ip: string;
  /** Adds a Set-Cookie header to the response. */
  setCookie: (value: string) => void;
};

const sessionUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  parliamentId: true,
  expertId: true,
  active: true,
} as const;

function forwardCookies(headers: Headers | null | undefined, setCookie: (v: string) => void) {
  for (const cookie of headers?.getSetCookie() ?? []) setCookie(cookie);
}

export async function login(deps: SignInExchange, input: TLoginInput): Promise<SessionUser> {
  const attempt = beginSignInAttempt(input.email, deps.ip);
  if ("retryAfter" in attempt) {
    throw AppError.of("SIGN_IN_THROTTLED", message("signInThrottled", { count: Math.ceil(attempt.retryAfter / 60) }), {
      details: { retryAfter: attempt.retryAfter },
    });
  }
  const invalid = () => fail("INVALID_CREDENTIALS", "invalidCredentials");
  const account = await deps.db.user.findUnique({ where: { email: input.email }, select: sessionUserSelect });
  if (!account?.active) {
    // Same answer, and roughly the same time, as for a wrong password.
    await hashPassword(input.password);
    throw invalid();
  }
  try {
    const result = await deps.auth.api.signInEmail({
      body: { email: input.email, password: input.password },
      headers: deps.headers,
      returnHeaders: true,
    });
    forwardCookies(result.headers, deps.setCookie);
    // The account page shows where each session was opened: the address the HTTP layer
    // trusts (TRUST_PROXY), not one better-auth would read from a forgeable header.
    if (result.response.token) {
      await deps.db.session.updateMany({ where: { token: result.response.token }, data: { ipAddress: deps.ip } });
    }
  } catch (error) {
    if (isAuthRejection(error)) throw invalid();
    throw error;
  }
  attempt.forgive();
  const { active: _active, ...user } = account satisfies SessionUser & { active: boolean };
  // better-auth wrote the session outside our transactions: the sign-in is recorded after it.
  await recordAudit(deps.db, user, {
    action: "auth.login",
    entityType: "user",
    entityId: user.id,
    after: { ip: deps.ip },
  });
  return user;
}

function isAuthRejection(error: unknown): boolean {
  const status = (error as { status?: unknown; statusCode?: unknown } | null)?.status;
  return (
    status === "UNAUTHORIZED" ||
    status === "BAD_REQUEST" ||
    status === "FORBIDDEN" ||
    (error as { statusCode?: number })?.statusCode === 401
  );
}

export async function logout(deps: SignInExchange & { user: SessionUser | null }): Promise<{ ok: true }> {
  try {
    const result = await deps.auth.api.signOut({ headers: deps.headers, returnHeaders: true });
    forwardCookies(result.headers, deps.setCookie);
  } catch {
    // No session to end: signing out is still a success for the caller.
    return { ok: true };
  }
  const user = deps.user;
  if (user) {
    await recordAudit(deps.db, user, { action: "auth.logout", entityType: "user", entityId: user.id });
  }
  return { ok: true };
}

/**
 * The signed-in user behind the request's session cookie, or null (also once the session
 * is older than the absolute lifetime, which ends it). When better-auth
 * extends the session (once an hour of use), its refreshed cookie goes out through
 * `setCookie`, so the browser's cookie lives as long as the session row.
 */
export async function resolveSessionUser(
  db: Db,
  auth: Auth,
  headers: Headers,
  setCookie: (value: string) => void = () => {},
): Promise<SessionUser | null> {
  if (!headers.get("cookie")) return null;
  const { headers: responseHeaders, response: session } = await auth.api.getSession({ headers, returnHeaders: true });
  forwardCookies(responseHeaders, setCookie);
  if (!session) return null;
  // The absolute lifetime: however much it is used, a session ends this long after sign-in.
  const { absoluteSeconds } = sessionLifetimesOf(auth);
  if (Date.now() - new Date(session.session.createdAt).getTime() >= absoluteSeconds * 1000) {
    await db.session.deleteMany({ where: { id: session.session.id } });
    return null;
  }
  const user = await db.user.findUnique({ where: { id: session.user.id }, select: sessionUserSelect });
  if (!user?.active) return null;
  const { active: _active, ...sessionUser } = user;
  return sessionUser;
}
