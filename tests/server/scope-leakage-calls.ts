// Calling the router as a persona of the scope-leakage world, and following a list's
// pages to the end (docs/security.md, "Scope").
import { TRPCError } from "@trpc/server";
import { appRouter } from "@hemicycle/server/router";
import type { Database } from "@hemicycle/server/db/database";
import { callerFor } from "../helpers/context.ts";
import type { ScopePersona, World } from "./scope-leakage-world.ts";

type AnyCaller = Record<string, Record<string, (input: unknown) => Promise<unknown>>>;

export type Outcome =
  | { ok: true; value: unknown }
  /** A refusal: its code, message and the domain error behind it (whose details the client receives). */
  | { ok: false; code: TRPCError["code"]; message: string; cause: unknown };

/** The router's procedures and their kind (query, mutation, subscription), by path. */
export function procedureKinds(): Record<string, string> {
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
  return Object.fromEntries(Object.entries(procedures).map(([path, p]) => [path, p._def.type]));
}

/** One caller per persona and database: building a context (with its better-auth) per call is slow. */
const callers = new WeakMap<Database, Map<string, AnyCaller>>();

function callerOf(db: Database, world: World, persona: ScopePersona): AnyCaller {
  const byUser = callers.get(db) ?? new Map<string, AnyCaller>();
  callers.set(db, byUser);
  const user = world.users[persona];
  let caller = byUser.get(user.id);
  if (!caller) {
    caller = callerFor(db, user) as unknown as AnyCaller;
    byUser.set(user.id, caller);
  }
  return caller;
}

export async function call(
  db: Database,
  world: World,
  persona: ScopePersona,
  path: string,
  input: unknown,
): Promise<Outcome> {
  const caller = callerOf(db, world, persona);
  const [namespace, name] = path.split(".") as [string, string];
  try {
    return { ok: true, value: await caller[namespace]![name]!(input) };
  } catch (error) {
    if (error instanceof TRPCError) return { ok: false, code: error.code, message: error.message, cause: error.cause };
    throw error;
  }
}

/** A call, then, while the answer names a next cursor, every following page: the answers in order. */
export async function callAllPages(
  db: Database,
  world: World,
  persona: ScopePersona,
  path: string,
  input: unknown,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = input;
  for (let page = 0; page < 100; page++) {
    const outcome = await call(db, world, persona, path, next);
    outcomes.push(outcome);
    const cursor = outcome.ok ? (outcome.value as { nextCursor?: unknown } | null)?.nextCursor : null;
    if (typeof cursor !== "string") return outcomes;
    next = { ...(input as object), cursor };
  }
  throw new Error(`${path} still had a next page after 100`);
}
