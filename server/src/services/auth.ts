// Signing in and out through better-auth (decision 0002), and who is behind a session.
// Signing in is a browser's business: these take the request's headers, address and a way
// to set the response's cookies, not a request context.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { isLanguage, type Language } from "@hemicycle/shared/languages";
import type { Actor } from "@hemicycle/shared/policy";
import { parseCookies } from "better-auth/cookies";
import type { TLoginInput } from "@hemicycle/shared/schemas/auth";
import { type Auth, sessionLifetimesOf } from "../auth/better-auth.ts";
import { hashPassword, verifyPassword } from "../auth/password.ts";
import type { Db } from "../db/types.ts";
import { fail } from "../lib/errors.ts";
import { recordAudit } from "./audit.ts";
import { recordDeniedAttempt, SIGN_IN_ACTION } from "./denied-attempts.ts";
import { beginSignInAttempt, type SignInThrottle } from "./sign-in-throttle.ts";

/**
 * A signed-in user: the actor, the name and e-mail the app shows, and the language they
 * chose (null, or absent, follows the browser's: docs/languages.md).
 */
export type SessionUser = Actor & { email: string; name: string; language?: Language | null };

/** A stored language the app still speaks, else null (follow the browser). */
export function storedLanguage(value: string | null | undefined): Language | null {
  return isLanguage(value) ? value : null;
}

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
  /** Where failures are counted; this process's throttle when absent. */
  signInThrottle?: SignInThrottle;
};

const sessionUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  parliamentId: true,
  expertId: true,
  active: true,
  language: true,
} as const;

function forwardCookies(headers: Headers | null | undefined, setCookie: (v: string) => void) {
  for (const cookie of headers?.getSetCookie() ?? []) setCookie(cookie);
}

export async function login(deps: SignInExchange, input: TLoginInput): Promise<SessionUser> {
  const attempt = await beginSignInAttempt(input.email, deps.ip, deps.signInThrottle).catch(async (error: unknown) => {
    await recordFailedSignIn(deps, null, "SIGN_IN_THROTTLED");
    throw error;
  });
  let signedIn = false;
  try {
    const user = await checkAndSignIn(deps, input);
    signedIn = true;
    return user;
  } finally {
    await attempt.end(signedIn);
  }
}

/**
 * Every refusal does the same work, so that its time tells nothing (docs/security.md,
 * "Signing in"): the user read, the credential read (by an id that matches nothing when
 * there is no such user) and one Argon2id verification (against a hash made with the
 * same parameters when there is no password). Only the right password of an active
 * account goes on to better-auth, which opens the session.
 */
async function checkAndSignIn(deps: SignInExchange, input: TLoginInput): Promise<SessionUser> {
  const invalid = () => fail("INVALID_CREDENTIALS", "invalidCredentials");
  const account = await deps.db.user.findUnique({ where: { email: input.email }, select: sessionUserSelect });
  const credential = await deps.db.account.findFirst({
    where: { userId: account?.id ?? NO_USER, providerId: "credential" },
    select: { password: true },
  });
  const matches = await verifyPassword({
    hash: credential?.password ?? (await standIn),
    password: input.password,
  });
  if (!account?.active || !credential?.password || !matches) {
    await recordFailedSignIn(deps, account?.id ?? null, "INVALID_CREDENTIALS");
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
    // The password changed between the two checks: still a wrong one.
    if (isAuthRejection(error)) throw invalid();
    throw error;
  }
  const { active: _active, language, ...rest } = account;
  const user: SessionUser = { ...rest, language: storedLanguage(language) };
  // better-auth wrote the session outside our transactions: the sign-in is recorded after it.
  await recordAudit(deps.db, user, {
    action: "auth.login",
    entityType: "user",
    entityId: user.id,
    after: { ip: deps.ip },
  });
  return user;
}

/** A failed sign-in joins the audit log (rate-limited there), naming the account only if it exists. */
function recordFailedSignIn(deps: SignInExchange, accountId: string | null, reason: string) {
  return recordDeniedAttempt(deps.db, {
    actor: null,
    action: SIGN_IN_ACTION,
    entityType: "user",
    entityId: accountId,
    reason,
    ip: deps.ip,
  });
}

/** A user id no row has (ids are UUIDs). */
const NO_USER = "no-such-user";

/**
 * The hash a refusal without a stored password is checked against: Argon2id with the
 * real parameters, made once when the server starts so that no sign-in pays for it.
 */
const standIn = hashPassword(randomBytes(16).toString("base64url"));

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
 *
 * A request costs one statement (docs/performance.md, "Statements per request"): the
 * cookie's signature is checked here, then one SELECT finds the session by its token,
 * unexpired by both lifetimes, with its active user. Only the rare requests that find no
 * such row (an ended session, an inactive user) or whose session is due to be extended
 * go through better-auth's own reading, which deletes, clears or extends as before.
 */
export async function resolveSessionUser(
  db: Db,
  auth: Auth,
  headers: Headers,
  setCookie: (value: string) => void = () => {},
): Promise<SessionUser | null> {
  const cookieHeader = headers.get("cookie");
  if (!cookieHeader) return null;
  const context = await auth.$context;
  const token = signedSessionToken(
    parseCookies(cookieHeader).get(context.authCookies.sessionToken.name),
    context.secret,
  );
  // better-auth answers no session to a missing or forged cookie too, without reading.
  if (!token) return null;
  const now = new Date();
  const { absoluteSeconds } = sessionLifetimesOf(auth);
  const [row] = await db.$queryRaw<SessionRow[]>`
    SELECT s."expiresAt", u.id, u.email, u.name, u.role::text AS role, u."parliamentId", u."expertId", u.language
      FROM sessions s JOIN users u ON u.id = s."userId"
     WHERE s.token = ${token} AND s."expiresAt" > ${now}
       AND s."createdAt" > ${new Date(now.getTime() - absoluteSeconds * 1000)} AND u.active`;
  // better-auth's rule: extend once the session has been used `updateAge` after its last extension.
  const { expiresIn, updateAge } = context.sessionConfig;
  const dueForExtension = row && row.expiresAt.getTime() - expiresIn * 1000 + updateAge * 1000 <= now.getTime();
  if (row && !dueForExtension) {
    const { expiresAt: _expiresAt, language, ...user } = row;
    return { ...user, language: storedLanguage(language) };
  }
  return resolveThroughBetterAuth(db, auth, headers, setCookie);
}

type SessionRow = Omit<SessionUser, "language"> & { expiresAt: Date; language: string | null };

/**
 * The token of a cookie signed as better-auth signs it (better-call's signed cookies:
 * `token.` then the base64 HMAC-SHA256 of the token under the secret), or null.
 */
function signedSessionToken(value: string | undefined, secret: string): string | null {
  if (!value) return null;
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = Buffer.from(value.slice(dot + 1), "base64");
  const expected = createHmac("sha256", secret).update(token).digest();
  return signature.length === expected.length && timingSafeEqual(signature, expected) ? token : null;
}

/** The session through better-auth's getSession (which deletes an expired row, clears its cookie, or extends it), then the user. */
async function resolveThroughBetterAuth(
  db: Db,
  auth: Auth,
  headers: Headers,
  setCookie: (value: string) => void,
): Promise<SessionUser | null> {
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
  const { active: _active, language, ...sessionUser } = user;
  return { ...sessionUser, language: storedLanguage(language) };
}
