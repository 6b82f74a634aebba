// Looking inside a refused call: the TRPCError, the domain AppError kept as its cause,
// and the shape the client receives once the router's error formatter has run.
import type { ErrorReason, Problem } from "@hemicycle/shared/errors";
import type { Message } from "@hemicycle/shared/messages";
import { AppError } from "@hemicycle/server/lib/errors";
import { appRouter } from "@hemicycle/server/router";
import { TRPCError } from "@trpc/server";
import { getErrorShape } from "@trpc/server/unstable-core-do-not-import";

/** Awaits a call that must fail with a TRPCError and returns that error. */
export async function rejection(promise: Promise<unknown>): Promise<TRPCError> {
  let result: unknown;
  try {
    result = await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error(`Expected the call to be refused, but it returned ${JSON.stringify(result)}`);
}

/** What a test reads of a domain refusal: field errors as their message codes, details untyped. */
export type Refusal = {
  trpcCode: TRPCError["code"];
  reason: ErrorReason;
  message: Message;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into any reason's details
  details: Record<string, any> | null;
  fieldErrors: Record<string, string[]> | undefined;
};

/** The domain error behind a refused call (services throw AppError; trpc.ts keeps it as `cause`). */
export async function appErrorOf(promise: Promise<unknown>): Promise<Refusal> {
  const error = await rejection(promise);
  const cause = error.cause;
  if (!(cause instanceof AppError)) {
    throw new Error(`Expected an AppError as cause of ${error.code} "${error.message}", got ${String(cause)}`);
  }
  return {
    trpcCode: error.code,
    reason: cause.reason,
    message: cause.userMessage,
    details: cause.problem.details,
    fieldErrors: cause.fieldErrors ? codesByField(cause.fieldErrors) : undefined,
  };
}

/** `{ field: [Message] }` as `{ field: ["messageCode"] }`, which reads well in an expectation. */
export function codesByField(fieldErrors: Record<string, Message[]> | null | undefined): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fieldErrors ?? {}).map(([field, list]) => [field, list.map((m) => m.code)]));
}

export type FormattedError = {
  message: string;
  code: number;
  data: {
    code: string;
    httpStatus: number;
    path: string | undefined;
    problem: Problem | null;
    message: Message;
    fieldErrors: Record<string, Message[]> | null;
    formErrors: Message[] | null;
  };
};

/** What the client receives for this error: the router's own error formatter applied to it. */
export function formatted(error: TRPCError, path = "test"): FormattedError {
  return getErrorShape({
    config: appRouter._def._config,
    error,
    type: "mutation",
    path,
    input: undefined,
    ctx: undefined,
  }) as unknown as FormattedError;
}

/** The formatted error of a call that must fail. */
export async function formattedRejection(promise: Promise<unknown>, path?: string): Promise<FormattedError> {
  return formatted(await rejection(promise), path);
}

/** The zod issue paths of a refused call whose input failed validation, as dotted strings. */
export function issuePaths(error: TRPCError): string[] {
  const issues = (error.cause as { issues?: { path: PropertyKey[] }[] } | undefined)?.issues;
  if (!Array.isArray(issues)) throw new Error(`Expected a zod error as cause of ${error.code} "${error.message}"`);
  return issues.map((issue) => issue.path.map(String).join("."));
}
