// A tRPC call whose JSON input is nested deeper than any procedure takes, or names a
// `__proto__` or `constructor` key, is refused (400, requestRefused) before it runs.
// No input needs more than a few levels (a mission's phases are the deepest, with tRPC's
// batch and superjson's wrappers around them), while a 2,000-deep one costs every
// recursive walk after it (superjson, zod, the log's serializer) stack and time for
// nothing; and no field is called `__proto__` or `constructor`: such a key is someone
// trying prototype pollution, which JSON.parse and zod already defuse, but which nothing
// should carry further. Checked on a query's `input` and on a mutation's body (tRPC's
// Fastify adapter hands the body on as text), without recursion. See docs/security.md,
// "Hostile input".
import type { FastifyInstance } from "fastify";
import { fail } from "../lib/errors.ts";
import { refusedCallsBody, trpcCalls } from "./trpc-calls.ts";

/** Deepest nesting of objects and arrays a request may carry, wrappers included. */
export const MAX_JSON_DEPTH = 32;

const PROTOTYPE_KEYS = new Set(["__proto__", "constructor"]);

/** Whether JSON text nests objects or arrays deeper than `max` (brackets inside strings do not count). */
export function jsonTooDeep(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/**
 * Whether JSON text has an object key `__proto__` or `constructor`, however it is
 * escaped (`"\u005f_proto__"` is the same key). Text that is not JSON is left to tRPC,
 * which refuses it.
 */
export function jsonHasPrototypeKey(text: string): boolean {
  // Cheap first look: no such word and no escape, no such key.
  if (!text.includes("__proto__") && !text.includes("constructor") && !text.includes("\\u")) return false;
  let found = false;
  try {
    JSON.parse(text, (key, value: unknown) => {
      if (PROTOTYPE_KEYS.has(key)) found = true;
      return value;
    });
  } catch {
    return false;
  }
  return found;
}

/** Why a call's JSON is refused, or null. */
export function hostileJson(text: string): "tooDeep" | "prototypeKey" | null {
  if (jsonTooDeep(text)) return "tooDeep";
  if (jsonHasPrototypeKey(text)) return "prototypeKey";
  return null;
}

export function registerHostileJsonRefusal(app: FastifyInstance): void {
  app.addHook("preValidation", async (request, reply) => {
    const calls = trpcCalls(request);
    if (!calls) return;
    const input = (request.query as { input?: unknown } | undefined)?.input;
    const body = request.body;
    const refusal =
      (typeof input === "string" ? hostileJson(input) : null) ?? (typeof body === "string" ? hostileJson(body) : null);
    if (refusal) await reply.code(400).send(refusedCallsBody(request, calls, fail("VALIDATION", "requestRefused")));
  });
}
