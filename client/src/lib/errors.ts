// Reading the errors the server sends. Its error formatter (server/src/trpc.ts) puts the
// tRPC code, the problem (a reason with its typed details), the message for the person
// and the field errors on `error.data`, all typed through AppRouter: nothing here is
// re-declared or cast from the server's side.
import { TRPCClientError } from "@trpc/client";
import type { Problem } from "@hemicycle/shared/errors";
import { message, type FieldErrors, type Message } from "@hemicycle/shared/messages";
import type { AppRouter } from "@hemicycle/server/router";

export type ErrorInfo = {
  /** tRPC code, e.g. "CONFLICT"; "NETWORK" when the server could not be reached. */
  code: string;
  problem: Problem | null;
  message: Message;
  fieldErrors: FieldErrors;
  formErrors: Message[];
};

export function errorInfo(error: unknown): ErrorInfo {
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<AppRouter>).data;
    if (data && "problem" in data) {
      return {
        code: data.code,
        problem: data.problem,
        message: data.message,
        fieldErrors: data.fieldErrors ?? {},
        formErrors: data.formErrors ?? [],
      };
    }
    // No data of ours: an answer from something else (a proxy, a body too large for the
    // server), or no answer at all (offline).
    const status = (error.meta as { response?: { status?: number } } | undefined)?.response?.status;
    if (status) {
      const code = status >= 500 ? "INTERNAL_SERVER_ERROR" : status === 413 ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST";
      const said = message(status >= 500 ? "internal" : "requestRefused");
      return { code, problem: null, message: said, fieldErrors: {}, formErrors: [] };
    }
    return { code: "NETWORK", problem: null, message: message("requestRefused"), fieldErrors: {}, formErrors: [] };
  }
  // Not a call's answer: a fault in the page itself.
  return { code: "UNKNOWN", problem: null, message: message("internal"), fieldErrors: {}, formErrors: [] };
}

export function isUnauthorized(error: unknown): boolean {
  const info = errorInfo(error);
  return info.code === "UNAUTHORIZED" && info.problem?.reason !== "INVALID_CREDENTIALS";
}

export function isNotFound(error: unknown): boolean {
  return errorInfo(error).code === "NOT_FOUND";
}

/**
 * A record looked up by the id in the address is not there: NOT_FOUND, or BAD_REQUEST
 * when the id is not even well-formed (too long, wrong shape). Pages that load one
 * record by id show "not found" for both instead of a validation message.
 */
export function isMissingRecord(error: unknown): boolean {
  const code = errorInfo(error).code;
  return code === "NOT_FOUND" || code === "BAD_REQUEST";
}

/** Codes that another attempt will not fix. */
const FINAL_CODES = new Set([
  "BAD_REQUEST",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "TOO_MANY_REQUESTS",
  "PRECONDITION_FAILED",
  "PAYLOAD_TOO_LARGE",
]);

export function isRetryable(error: unknown): boolean {
  return !FINAL_CODES.has(errorInfo(error).code);
}

/**
 * The record as it is now, sent with STALE_VERSION: the procedure's own output, so the
 * caller names its type (`currentRecordOf<RouterOutputs["users"]["update"]>(error)`).
 */
export function currentRecordOf<T>(error: unknown): T | null {
  const problem = errorInfo(error).problem;
  return problem?.reason === "STALE_VERSION" ? ((problem.details.current ?? null) as T | null) : null;
}

export function isStaleVersion(error: unknown): boolean {
  return errorInfo(error).problem?.reason === "STALE_VERSION";
}
