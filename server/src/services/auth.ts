// Signing in and out through better-auth, and who the caller is.
import type { Context, SessionUser } from "../context.ts";
import type { Auth } from "../auth/better-auth.ts";
import { hashPassword } from "../auth/password.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import { AppError } from "../lib/errors.ts";
import type { TLoginInput } from "@hemicycle/shared/schemas/auth";
import type { Role } from "@hemicycle/shared/enums";
import { recordAudit } from "./audit.ts";
import { beginSignInAttempt } from "./sign-in-throttle.ts";

type AuthDeps = Pick<Context, "db" | "auth" | "headers" | "ip" | "setCookie">;

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

export async function login(deps: AuthDeps, input: TLoginInput): Promise<SessionUser> {
  const attempt = beginSignInAttempt(input.email, deps.ip);
  if ("retryAfter" in attempt) {
    throw new AppError(
      "SIGN_IN_THROTTLED",
      `Too many failed sign-ins. Try again in ${Math.ceil(attempt.retryAfter / 60)} minutes.`,
      { retryAfter: attempt.retryAfter },
    );
  }
  const invalid = () => new AppError("INVALID_CREDENTIALS", "The e-mail address or password is not correct.");
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
  } catch (error) {
    if (isAuthRejection(error)) throw invalid();
    throw error;
  }
  attempt.forgive();
  const { active: _active, ...user } = account;
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

export async function logout(deps: AuthDeps & Pick<Context, "user">): Promise<{ ok: true }> {
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
 * The signed-in user behind the request's session cookie, or null. When better-auth
 * extends the session (once an hour of use), its refreshed cookie goes out through
 * `setCookie`, so the browser's cookie lives as long as the session row.
 */
export async function resolveSessionUser(
  db: PrismaClient,
  auth: Auth,
  headers: Headers,
  setCookie: (value: string) => void = () => {},
): Promise<SessionUser | null> {
  if (!headers.get("cookie")) return null;
  const { headers: responseHeaders, response: session } = await auth.api.getSession({ headers, returnHeaders: true });
  forwardCookies(responseHeaders, setCookie);
  if (!session) return null;
  const user = await db.user.findUnique({ where: { id: session.user.id }, select: sessionUserSelect });
  if (!user?.active) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role as Role,
    parliamentId: user.parliamentId,
    expertId: user.expertId,
  };
}
