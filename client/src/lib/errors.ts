// Reading the errors the server sends. Its error formatter (server/src/trpc.ts) puts
// the tRPC code, the zod or service field errors, a domain reason and details on
// `error.data`; these helpers read them without trusting the shape blindly.
import { TRPCClientError } from "@trpc/client";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { translateMessage } from "./i18n.ts";

export type ErrorReason =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "INVALID_CREDENTIALS"
  | "UNAUTHENTICATED"
  | "SIGN_IN_THROTTLED"
  | "VALIDATION"
  | "INVALID_TRANSITION"
  | "STALE_VERSION"
  | "DUPLICATE"
  | "PHASE_OVERLAP"
  | "EXPERT_UNAVAILABLE"
  | "IN_USE";

export type ErrorInfo = {
  /** tRPC code, e.g. "CONFLICT"; "NETWORK" when the server could not be reached. */
  code: string;
  reason: ErrorReason | null;
  message: string;
  fieldErrors: Record<string, string[]> | null;
  formErrors: string[] | null;
  details: Record<string, unknown> | null;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

export function errorInfo(error: unknown): ErrorInfo {
  if (error instanceof TRPCClientError) {
    const data: unknown = error.data;
    if (isRecord(data)) {
      return {
        code: typeof data.code === "string" ? data.code : "INTERNAL_SERVER_ERROR",
        reason: typeof data.reason === "string" ? (data.reason as ErrorReason) : null,
        message: error.message,
        fieldErrors: isRecord(data.fieldErrors) ? (data.fieldErrors as Record<string, string[]>) : null,
        formErrors: Array.isArray(data.formErrors) ? (data.formErrors as string[]) : null,
        details: isRecord(data.details) ? data.details : null,
      };
    }
    // No data: the request never got a tRPC answer (offline, proxy error, HTML page).
    return {
      code: "NETWORK",
      reason: null,
      message: error.message,
      fieldErrors: null,
      formErrors: null,
      details: null,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: "UNKNOWN", reason: null, message, fieldErrors: null, formErrors: null, details: null };
}

export function isUnauthorized(error: unknown): boolean {
  const info = errorInfo(error);
  return info.code === "UNAUTHORIZED" && info.reason !== "INVALID_CREDENTIALS";
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

/** The error carries field or form errors, which a form shows itself. */
export function hasFormErrors(info: ErrorInfo): boolean {
  return Object.keys(info.fieldErrors ?? {}).length > 0 || (info.formErrors?.length ?? 0) > 0;
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
]);

export function isRetryable(error: unknown): boolean {
  return !FINAL_CODES.has(errorInfo(error).code);
}

/**
 * Copies the server's field errors into react-hook-form so that each shows next to its
 * field. Keys are form paths (`title`, `phases.0.endDate`, or a whole array `phases`).
 * Errors on keys the form does not know, and form-level errors, go to `root.server`.
 * Returns true when the error carried field or form errors (the form has shown it).
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly string[],
): boolean {
  const info = errorInfo(error);
  const unplaced: string[] = [...(info.formErrors ?? [])];
  let placed = false;
  for (const [key, messages] of Object.entries(info.fieldErrors ?? {})) {
    const message = messages?.[0];
    if (!message) continue;
    const root = key.split(".")[0] ?? key;
    if (fields.includes(key) || fields.includes(root)) {
      setError(key as Path<T>, { type: "server", message: translateMessage(message) }, { shouldFocus: !placed });
      placed = true;
    } else {
      unplaced.push(message);
    }
  }
  if (unplaced.length) {
    setError("root.server" as Path<T>, { type: "server", message: unplaced.map(translateMessage).join(" ") });
  }
  return placed || unplaced.length > 0;
}
