// The domain's own error: services throw it, never TRPCError. It carries a reason (with
// the transport code it answers with, from shared/src/errors.ts), a message as a code with
// values for the client to render in the reader's language, and field errors for forms.
// One tRPC middleware maps it to a tRPC error, keeping it as the `cause` (see trpc.ts).
import {
  ERROR_REASONS,
  type Clash,
  type ErrorDetails,
  type ErrorReason,
  type Problem,
  type TransportCode,
} from "@hemicycle/shared/errors";
import {
  message,
  type EntityName,
  type FieldErrors,
  type Message,
  type MessageCode,
  type MessageParams,
} from "@hemicycle/shared/messages";

type Extras<R extends ErrorReason> = { fieldErrors?: FieldErrors } & (ErrorDetails<R> extends null
  ? { details?: null }
  : { details: ErrorDetails<R> });

export class AppError extends Error {
  readonly problem: Problem;
  readonly kind: TransportCode;
  readonly userMessage: Message;
  readonly fieldErrors: FieldErrors | undefined;

  private constructor(problem: Problem, userMessage: Message, fieldErrors: FieldErrors | undefined) {
    // The code names the error in logs and for API clients; people read the rendered message.
    super(userMessage.code);
    this.name = "AppError";
    this.problem = problem;
    this.kind = ERROR_REASONS[problem.reason];
    this.userMessage = userMessage;
    this.fieldErrors = fieldErrors;
  }

  get reason(): ErrorReason {
    return this.problem.reason;
  }

  static of<R extends ErrorReason>(
    reason: R,
    userMessage: Message,
    ...[extras]: ErrorDetails<R> extends null ? [extras?: Extras<R>] : [extras: Extras<R>]
  ): AppError {
    const problem = { reason, details: extras?.details ?? null } as Problem;
    return new AppError(problem, userMessage, extras?.fieldErrors);
  }
}

/** Shorthand for the common case: a reason and a message code with its values. */
export function fail(
  reason: Exclude<ErrorReason, keyof DetailsReasons>,
  code: MessageCode,
  params?: MessageParams,
): AppError {
  return AppError.of(reason, message(code, params));
}

type DetailsReasons = { [R in ErrorReason as ErrorDetails<R> extends null ? never : R]: true };

export function notFound(entity: EntityName): AppError {
  return fail("NOT_FOUND", "notFound", { entity });
}

export function staleVersion(entity: EntityName, current: unknown): AppError {
  return AppError.of("STALE_VERSION", message("staleVersion", { entity }), { details: { current } });
}

/** Too much work asked of the server at once or in a minute: try again in `retryAfter` seconds. */
export function rateLimited(retryAfter: number): AppError {
  return AppError.of("RATE_LIMITED", message("tooManyRequests"), { details: { retryAfter } });
}

/** A validation failure found by a service, reported like zod's: next to the field. */
export function fieldError(field: string, code: MessageCode, params?: MessageParams): AppError {
  const fieldMessage = message(code, params);
  return AppError.of("VALIDATION", message("invalidInput", { field }), {
    fieldErrors: { [field]: [fieldMessage] },
  });
}

/** A conflict that a field explains too (a code already used, a phase that has a lead). */
export function duplicate(code: MessageCode, params: MessageParams, field: string, fieldCode: MessageCode): AppError {
  return AppError.of("DUPLICATE", message(code, params), { fieldErrors: { [field]: [message(fieldCode)] } });
}

/** Someone would be double-booked, or booked while unavailable; a coordinator may override with a reason. */
export function clashError(expert: string, clashes: Clash[]): AppError {
  const first = clashes[0];
  if (!first) throw new Error("clashError needs at least one clash");
  const details = { expert, clashes };
  if (first.kind === "phase") {
    return AppError.of(
      "PHASE_OVERLAP",
      message("phaseOverlap", {
        expert,
        mission: first.missionCode,
        phaseKind: first.phaseKind,
        startDate: first.startDate,
        endDate: first.endDate,
      }),
      { details },
    );
  }
  return AppError.of(
    "EXPERT_UNAVAILABLE",
    message("expertUnavailable", {
      expert,
      startDate: first.startDate,
      endDate: first.endDate,
    }),
    { details },
  );
}
