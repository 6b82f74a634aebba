// Sessions by better-auth: server-side sessions (revocable: a row per session) carried
// in an httpOnly cookie, passwords checked with our Argon2id hash. We call its API from
// our tRPC procedures instead of mounting its HTTP handler, so the API stays one tRPC
// surface and sign-up is never open to the public.
// better-auth/minimal: the same betterAuth without Kysely, which only its own database
// connections and migrations use (we give it Prisma): ~8 MB less held by every process.
import { betterAuth } from "better-auth/minimal";
import { prismaAdapter } from "better-auth/adapters/prisma";
import type { PrismaClient } from "../db/generated/client.ts";
import { hashPassword, verifyPassword } from "./password.ts";

/**
 * How long a session lives (docs/security.md, "Sessions and accounts"): it ends after
 * `idleSeconds` without use, and `absoluteSeconds` after sign-in however much it is used.
 */
export type SessionLifetimes = { idleSeconds: number; absoluteSeconds: number };

/** A working day in the field, plus travel, without use; a week at most. */
export const DEFAULT_SESSION_LIFETIMES: SessionLifetimes = {
  idleSeconds: 60 * 60 * 12,
  absoluteSeconds: 60 * 60 * 24 * 7,
};

const lifetimesOfAuth = new WeakMap<object, SessionLifetimes>();

/** The lifetimes an auth instance was made with: services/auth.ts checks the absolute one on each request. */
export function sessionLifetimesOf(auth: Auth): SessionLifetimes {
  return lifetimesOfAuth.get(auth) ?? DEFAULT_SESSION_LIFETIMES;
}

export function createAuth(options: {
  prisma: PrismaClient;
  secret: string;
  baseURL: string;
  sessionLifetimes?: SessionLifetimes;
}) {
  const lifetimes = options.sessionLifetimes ?? DEFAULT_SESSION_LIFETIMES;
  const auth = betterAuth({
    appName: "Hemicycle",
    baseURL: options.baseURL,
    secret: options.secret,
    database: prismaAdapter(options.prisma, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    session: {
      // The idle lifetime: each use extends the session to this far ahead, at most once
      // per updateAge (an hour, or a tenth of a short idle lifetime).
      expiresIn: lifetimes.idleSeconds,
      updateAge: Math.max(1, Math.min(60 * 60, Math.floor(lifetimes.idleSeconds / 10))),
      // No cookie cache: every request reads the session row, so a revoked session ends at once.
      cookieCache: { enabled: false },
    },
    user: {
      additionalFields: {
        role: { type: "string", required: true, input: false },
        parliamentId: { type: "string", required: false, input: false },
        expertId: { type: "string", required: false, input: false },
        active: { type: "boolean", required: false, input: false },
      },
    },
    advanced: {
      cookiePrefix: "hemicycle",
      useSecureCookies: options.baseURL.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", path: "/" },
    },
    rateLimit: { enabled: false }, // sign-in throttling is ours (services/auth.ts), as we bypass the HTTP handler
    telemetry: { enabled: false },
    // A wrong password is an expected answer, not a warning; our own logs record sign-ins.
    logger: { level: "error" },
  });
  lifetimesOfAuth.set(auth, lifetimes);
  return auth;
}

export type Auth = ReturnType<typeof createAuth>;
