// The rate limits (decision 0008): 600 procedure calls a minute per session (or, without
// a session cookie, per client address), and 3,000 a minute per client address whatever
// the sessions, so that a parliament whose staff share one address (a NAT, a proxy) is
// not held to one user's budget, while made-up cookies cannot buy an address more than
// that. A tRPC batch is one HTTP request but up to 50 calls, so a request costs as many
// points as the procedures it names, and any other route costs 1 (but /health and /ready,
// which cost nothing). The limits are ours;
// where the counters live is the caller's choice: in memory for Hemicycle's single
// process, a store shared by several instances later.
import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { rateLimited } from "../lib/errors.ts";
import { PROBE_PATHS } from "./routes/health.ts";
import { refusedCallsBody, trpcCalls } from "./trpc-calls.ts";

export const CALLS_PER_MINUTE = 600;
const CALLS_PER_ADDRESS_PER_MINUTE = 5 * CALLS_PER_MINUTE;

/** better-auth's session cookie (decision 0002), with or without the `__Secure-` prefix. */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?hemicycle\.session_token=([^;]+)/;

/**
 * Whose budget a request spends: its session's, or its address's without one. The token
 * is only hashed here, not checked (that happens later, with the session lookup), so a
 * made-up cookie gets a budget of its own, bounded by the address's.
 */
export function budgetKey(request: FastifyRequest): string {
  const token = SESSION_COOKIE.exec(request.headers.cookie ?? "")?.[1];
  return token ? `session:${createHash("sha256").update(token).digest("base64url")}` : `address:${request.ip}`;
}

export type LimiterOptions = { keyPrefix: string; points: number; duration: number };

/** Makes a rate-limiter-flexible limiter with our limits over a store of the caller's choosing. */
export type LimiterStore = (options: LimiterOptions) => RateLimiterAbstract;

export const memoryStore: LimiterStore = (options) => new RateLimiterMemory(options);

export function registerRequestLimits(app: FastifyInstance, store: LimiterStore = memoryStore) {
  const budgets = [
    { limiter: store({ keyPrefix: "calls-per-caller", points: CALLS_PER_MINUTE, duration: 60 }), keyOf: budgetKey },
    {
      limiter: store({ keyPrefix: "calls-per-address", points: CALLS_PER_ADDRESS_PER_MINUTE, duration: 60 }),
      keyOf: (request: FastifyRequest) => request.ip,
    },
  ];

  // onRequest: a refused request costs no body parsing, no session lookup, no procedure.
  const probes = new Set<string>(PROBE_PATHS);
  app.addHook("onRequest", async (request, reply) => {
    // A load balancer's probes are never refused: a 429 would take a healthy instance out.
    if (probes.has(request.routeOptions.url ?? "")) return;
    const calls = trpcCalls(request);
    const cost = calls?.paths.length ?? 1;
    for (const { limiter, keyOf } of budgets) {
      try {
        await limiter.consume(keyOf(request), cost);
      } catch (refusal) {
        // Anything but the limiter's answer is a failing store: a server fault, not a refusal.
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
        // Once per budget and window, not once per refused request. (A caller a shared
        // store already refused is refused from memory with no count: consumedPoints 0.)
        if (refusal.consumedPoints > limiter.points && refusal.consumedPoints - cost <= limiter.points) {
          request.log.warn({ ip: request.ip, budget: limiter.keyPrefix, retryAfter }, "rate limit reached");
        }
        reply.code(429).header("retry-after", String(retryAfter));
        return reply.send(
          calls
            ? refusedCallsBody(request, calls, rateLimited(retryAfter))
            : { statusCode: 429, error: "Too Many Requests", message: `Rate limit reached; retry in ${retryAfter} s` },
        );
      }
    }
  });
}
