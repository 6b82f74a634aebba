// The rate limit per client address (request.ip, as far as TRUST_PROXY vouches for it):
// 600 procedure calls a minute. A tRPC batch is one HTTP request but up to 50 calls, so a
// request costs as many points as the procedures it names, and any other route costs 1
// (decision 0008). The limit is ours; where the counters live is the caller's choice: in
// memory for Hemicycle's single process, a store shared by several instances later.
import type { FastifyInstance } from "fastify";
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { rateLimited } from "../lib/errors.ts";
import { refusedCallsBody, trpcCalls } from "./trpc-calls.ts";

export const CALLS_PER_MINUTE = 600;

export type LimiterOptions = { keyPrefix: string; points: number; duration: number };

/** Makes a rate-limiter-flexible limiter with our limits over a store of the caller's choosing. */
export type LimiterStore = (options: LimiterOptions) => RateLimiterAbstract;

export const memoryStore: LimiterStore = (options) => new RateLimiterMemory(options);

export function registerRequestLimits(app: FastifyInstance, store: LimiterStore = memoryStore) {
  const limiter = store({ keyPrefix: "calls-per-address", points: CALLS_PER_MINUTE, duration: 60 });

  // onRequest: a refused request costs no body parsing, no session lookup, no procedure.
  app.addHook("onRequest", async (request, reply) => {
    const calls = trpcCalls(request);
    const cost = calls?.paths.length ?? 1;
    try {
      await limiter.consume(request.ip, cost);
      return;
    } catch (refusal) {
      // Anything but the limiter's answer is a failing store: a server fault, not a refusal.
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      // Once per address and window, not once per refused request.
      if (refusal.consumedPoints - cost <= CALLS_PER_MINUTE) {
        request.log.warn({ ip: request.ip, retryAfter }, "rate limit reached");
      }
      reply.code(429).header("retry-after", String(retryAfter));
      return reply.send(
        calls
          ? refusedCallsBody(request, calls, rateLimited(retryAfter))
          : { statusCode: 429, error: "Too Many Requests", message: `Rate limit reached; retry in ${retryAfter} s` },
      );
    }
  });
}
