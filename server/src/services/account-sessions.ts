// A user's own account: the sessions they are signed in with (where, on what, last seen)
// and ending them, and changing their own password (docs/security.md, "Sessions and
// accounts"). Only the caller's own rows are ever read or written; a session token never
// leaves the server.
import type { TChangePasswordInput, TRevokeSessionInput } from "@hemicycle/shared/schemas/auth";
import type { Auth } from "../auth/better-auth.ts";
import { hashPassword, verifyPassword } from "../auth/password.ts";
import type { Db } from "../db/types.ts";
import { fieldError, notFound } from "../lib/errors.ts";
import { recordAudit } from "./audit.ts";
import type { SessionUser } from "./auth.ts";
import { beginSignInAttempt, type SignInThrottle } from "./sign-in-throttle.ts";

/** What these procedures need of the request: the caller, their session cookie, their address. */
export type AccountExchange = {
  db: Db;
  auth: Auth;
  user: SessionUser;
  headers: Headers;
  ip: string;
  /** Where failures are counted; this process's throttle when absent. */
  signInThrottle?: SignInThrottle;
};

/** One of the caller's sessions, as the account page lists it. */
export type AccountSession = {
  id: string;
  /** The session of this very request. */
  current: boolean;
  userAgent: string | null;
  ipAddress: string | null;
  createdAt: Date;
  /** When the session was last extended: its last use, to within the refresh interval (an hour at most). */
  lastSeenAt: Date;
  expiresAt: Date;
};

/** The id of the session behind the request's cookie, or null (a caller without a cookie). */
async function currentSessionId(deps: AccountExchange): Promise<string | null> {
  if (!deps.headers.get("cookie")) return null;
  const found = await deps.auth.api.getSession({ headers: deps.headers, query: { disableRefresh: true } });
  return found?.session.userId === deps.user.id ? found.session.id : null;
}

/** The caller's sessions that have not expired, the current one first, then the most recently used. */
export async function listSessions(deps: AccountExchange): Promise<AccountSession[]> {
  const current = await currentSessionId(deps);
  const rows = await deps.db.session.findMany({
    where: { userId: deps.user.id, expiresAt: { gt: new Date() } },
    select: { id: true, userAgent: true, ipAddress: true, createdAt: true, updatedAt: true, expiresAt: true },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
  });
  return rows
    .map(({ updatedAt, ...row }) => ({ ...row, current: row.id === current, lastSeenAt: updatedAt }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/** Ends one of the caller's sessions; another user's session, or none, is NOT_FOUND. */
export async function revokeSession(deps: AccountExchange, input: TRevokeSessionInput): Promise<{ ok: true }> {
  await deps.db.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { id: input.id, userId: deps.user.id } });
    if (count === 0) throw notFound("session");
    await recordAudit(tx, deps.user, {
      action: "auth.revokeSession",
      entityType: "user",
      entityId: deps.user.id,
      before: { sessionId: input.id },
    });
  });
  return { ok: true };
}

/** Ends every session of the caller but the one of this request. */
export async function revokeOtherSessions(deps: AccountExchange): Promise<{ revoked: number }> {
  const current = await currentSessionId(deps);
  return deps.db.$transaction(async (tx) => {
    const revoked = await endSessions(tx, deps.user.id, current);
    await recordAudit(tx, deps.user, {
      action: "auth.revokeOtherSessions",
      entityType: "user",
      entityId: deps.user.id,
      after: { revoked },
    });
    return { revoked };
  });
}

async function endSessions(tx: Pick<Db, "session">, userId: string, keep: string | null): Promise<number> {
  const { count } = await tx.session.deleteMany({ where: { userId, ...(keep ? { id: { not: keep } } : {}) } });
  return count;
}

/**
 * Changes the caller's own password. The current one is checked first, counted like a
 * sign-in attempt (a stolen session cannot guess it faster than the sign-in page could);
 * a wrong one is a field error on currentPassword. The caller's other sessions end; the
 * current one stays. The log records the change, never the password.
 */
export async function changePassword(
  deps: AccountExchange,
  input: TChangePasswordInput,
): Promise<{ ok: true; revoked: number }> {
  const attempt = await beginSignInAttempt(deps.user.email, deps.ip, deps.signInThrottle);
  let matches = false;
  let found: { id: string; password: string | null } | null;
  try {
    found = await deps.db.account.findFirst({
      where: { userId: deps.user.id, providerId: "credential" },
      select: { id: true, password: true },
    });
    matches = await verifyPassword({ hash: found?.password ?? "", password: input.currentPassword });
  } finally {
    await attempt.end(matches);
  }
  const credential = found;
  if (!credential || !matches) throw fieldError("currentPassword", "wrongCurrentPassword");
  const passwordHash = await hashPassword(input.newPassword);
  const current = await currentSessionId(deps);
  return deps.db.$transaction(async (tx) => {
    await tx.account.update({ where: { id: credential.id }, data: { password: passwordHash } });
    const revoked = await endSessions(tx, deps.user.id, current);
    await recordAudit(tx, deps.user, {
      action: "auth.changePassword",
      entityType: "user",
      entityId: deps.user.id,
      after: { passwordChanged: true, sessionsEnded: revoked },
    });
    return { ok: true as const, revoked };
  });
}
