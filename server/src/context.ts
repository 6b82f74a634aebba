// What every procedure receives. Built per request by the HTTP adapter (http/trpc.ts)
// and, in tests, directly for a chosen persona.
import type { FastifyBaseLogger } from "fastify";
import type { Auth } from "./auth/better-auth.ts";
import type { PrismaClient } from "./db/generated/client.ts";
import type { Role } from "@hemicycle/shared/enums";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  parliamentId: string | null;
  expertId: string | null;
};

export type Context = {
  db: PrismaClient;
  auth: Auth;
  log: FastifyBaseLogger;
  /** The signed-in user, or null. */
  user: SessionUser | null;
  /** Request headers (cookies) for better-auth. */
  headers: Headers;
  /** Client address, for sign-in throttling. */
  ip: string;
  /** Adds a Set-Cookie header to the response (no-op when there is no HTTP response). */
  setCookie: (value: string) => void;
};
