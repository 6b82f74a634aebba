// The domain's own error: services throw it, never TRPCError. One tRPC middleware maps
// each code to a tRPC code (see trpc.ts), keeping this error as the `cause`.
export const APP_ERROR_CODES = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  UNAUTHORIZED: "UNAUTHORIZED",
  BAD_REQUEST: "BAD_REQUEST",
  CONFLICT: "CONFLICT",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
} as const;

export type AppErrorKind = keyof typeof APP_ERROR_CODES;

/** Domain reasons, each with the transport code it maps to. */
const REASONS = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  INVALID_CREDENTIALS: "UNAUTHORIZED",
  UNAUTHENTICATED: "UNAUTHORIZED",
  SIGN_IN_THROTTLED: "TOO_MANY_REQUESTS",
  VALIDATION: "BAD_REQUEST",
  INVALID_TRANSITION: "BAD_REQUEST",
  STALE_VERSION: "CONFLICT",
  DUPLICATE: "CONFLICT",
  PHASE_OVERLAP: "CONFLICT",
  EXPERT_UNAVAILABLE: "CONFLICT",
  IN_USE: "CONFLICT",
} as const satisfies Record<string, AppErrorKind>;

export type AppErrorReason = keyof typeof REASONS;

export class AppError extends Error {
  readonly reason: AppErrorReason;
  readonly kind: AppErrorKind;
  /** Extra data for the client: the current record on a stale version, the clashes on a double booking, field errors. */
  readonly details: Record<string, unknown> | undefined;

  constructor(reason: AppErrorReason, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
    this.reason = reason;
    this.kind = REASONS[reason];
    this.details = details;
  }
}

export function notFound(entity: string): AppError {
  return new AppError("NOT_FOUND", `${entity} not found`);
}

export function staleVersion(entity: string, current: unknown): AppError {
  return new AppError(
    "STALE_VERSION",
    `This ${entity} was changed by someone else since you opened it. Review the current version and try again.`,
    { current },
  );
}

/** A validation failure found by a service, reported like zod's: next to the field. */
export function fieldError(field: string, message: string): AppError {
  return new AppError("VALIDATION", message, { fieldErrors: { [field]: [message] } });
}
