// What a tRPC request asks for, read the way tRPC reads it, and the answer tRPC's client
// reads for calls refused before they ran. The HTTP layer uses both to charge a batch for
// each of its calls and to refuse it in a form the client understands.
import { getTRPCErrorShape, transformTRPCResponse, TRPCError } from "@trpc/server";
import type { FastifyRequest } from "fastify";
import type { AppError } from "../lib/errors.ts";
import { appRouter } from "../router.ts";
import { TRPC_PREFIX } from "./trpc-plugin.ts";

export type TrpcCalls = { paths: string[]; batch: boolean };

/**
 * The procedures a request to /trpc names, or null for any other route. Fastify has
 * already decoded the path once and tRPC decodes it again, so `a%252Cb` names two
 * procedures: this counts them as tRPC will run them.
 */
export function trpcCalls(request: FastifyRequest): TrpcCalls | null {
  if (request.routeOptions.url !== `${TRPC_PREFIX}/:path`) return null;
  const raw = (request.params as { path?: string }).path ?? "";
  const batch = new URLSearchParams(request.url.split("?")[1] ?? "").get("batch") === "1";
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    // tRPC refuses a malformed path before it runs anything.
    return { paths: [raw], batch: false };
  }
  return { paths: batch ? path.split(",") : [path], batch };
}

/**
 * The body tRPC itself sends when each call fails with `error`: the router's error
 * formatter applied per call, serialized by its transformer, one answer per call for a
 * batch (which tRPC's batch link hands to each call as its own TRPCClientError).
 */
export function refusedCallsBody(request: FastifyRequest, calls: TrpcCalls, error: AppError): unknown {
  const config = appRouter._def._config;
  const trpcError = new TRPCError({ code: error.kind, message: error.message, cause: error });
  const type = request.method === "GET" ? "query" : "mutation";
  // Refusals are what a client over the limit gets, as fast as it asks: each distinct
  // path is formatted once, not once per call.
  const byPath = new Map<string, unknown>();
  const answers = calls.paths.map((path) => {
    let answer = byPath.get(path);
    if (!answer) {
      const shape = getTRPCErrorShape({ config, error: trpcError, type, path, input: undefined, ctx: undefined });
      answer = transformTRPCResponse(config, { error: shape });
      byPath.set(path, answer);
    }
    return answer;
  });
  return calls.batch ? answers : answers[0];
}
