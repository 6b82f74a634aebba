// Sessions by better-auth: server-side sessions (revocable: a row per session) carried
// in an httpOnly cookie, passwords checked with our Argon2id hash. We call its API from
// our tRPC procedures instead of mounting its HTTP handler, so the API stays one tRPC
// surface and sign-up is never open to the public.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import type { PrismaClient } from "../db/generated/client.ts";
import { hashPassword, verifyPassword } from "./password.ts";

const SESSION_TTL_SECONDS = 60 * 60 * 12; // a working day in the field, plus travel

export function createAuth(options: { prisma: PrismaClient; secret: string; baseURL: string }) {
  return betterAuth({
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
      expiresIn: SESSION_TTL_SECONDS,
      updateAge: 60 * 60,
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
}

export type Auth = ReturnType<typeof createAuth>;
