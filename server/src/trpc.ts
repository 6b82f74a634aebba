// The tRPC instance and the base procedures every router builds on. Authorization
// lives here: a handler built on `missionProcedure` cannot forget the visibility check
// it makes. `t` itself is never exported.
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { Role } from "@hemicycle/shared/enums";
import { zId } from "@hemicycle/shared/schemas/common";
import type { Context, SessionUser } from "./context.ts";
import { AppError } from "./lib/errors.ts";
import { toAppError } from "./lib/prisma-errors.ts";
import { findVisibleMission, findVisibleParliament, findVisiblePhase } from "./services/access.ts";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    let fieldErrors: Record<string, string[]> | null = null;
    let formErrors: string[] | null = null;
    let reason: string | null = null;
    let details: Record<string, unknown> | null = null;
    let message = shape.message;
    if (cause instanceof ZodError) {
      ({ fieldErrors, formErrors } = fieldErrorsOf(cause));
      const first = cause.issues[0];
      message = first ? `${first.path.join(".") || "input"}: ${first.message}` : "Invalid input";
      reason = "VALIDATION";
    } else if (cause instanceof AppError) {
      reason = cause.reason;
      const { fieldErrors: fe, ...rest } = (cause.details ?? {}) as { fieldErrors?: Record<string, string[]> };
      fieldErrors = fe ?? null;
      details = Object.keys(rest).length ? rest : null;
    } else if (error.code === "INTERNAL_SERVER_ERROR") {
      message = "Something went wrong on our side. It has been logged; please try again.";
    }
    return {
      message,
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        fieldErrors,
        formErrors,
        reason,
        details,
        // No stack traces leave the server: faults are logged there (errorMapping below).
      },
    };
  },
});

/**
 * Zod issues keyed by their full dotted path (`phases.0.endDate`), the names a form
 * gives its fields, so that each message lands next to its field, nested ones too.
 * (`z.flattenError` keeps only the first segment.)
 */
function fieldErrorsOf(error: ZodError): { fieldErrors: Record<string, string[]>; formErrors: string[] } {
  const fieldErrors: Record<string, string[]> = {};
  const formErrors: string[] = [];
  for (const issue of error.issues) {
    if (issue.path.length === 0) {
      formErrors.push(issue.message);
      continue;
    }
    const key = issue.path.map(String).join(".");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { fieldErrors, formErrors };
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Maps domain errors (and the Prisma errors a user's input can cause) to tRPC codes,
 * keeping the original as `cause`; anything else is a server fault and is logged.
 */
const errorMapping = t.middleware(async ({ ctx, next, path, type }) => {
  const result = await next();
  if (result.ok) return result;
  const error = result.error;
  if (error.code !== "INTERNAL_SERVER_ERROR") return result;
  const appError = error.cause instanceof AppError ? error.cause : toAppError(error.cause);
  if (appError) throw new TRPCError({ code: appError.kind, message: appError.message, cause: appError });
  ctx.log.error({ err: error.cause ?? error, path, type }, "procedure failed");
  return result;
});

export const publicProcedure = t.procedure.use(errorMapping);

/** Signed in; narrows `ctx.user`. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Signed in with one of `roles`; FORBIDDEN otherwise. */
export function roleProcedure(...roles: Role[]) {
  return protectedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.user.role)) {
      throw new TRPCError({ code: "FORBIDDEN", message: "Your role does not allow this." });
    }
    return next();
  });
}

export const adminProcedure = roleProcedure("ADMIN");
/** Admins and coordinators: they manage reference data, missions and teams. */
export const managerProcedure = roleProcedure("ADMIN", "COORDINATOR");
/** Admins and coordinators read the audit log. */
export const auditReaderProcedure = roleProcedure("ADMIN", "COORDINATOR");

/**
 * Takes `missionId`; NOT_FOUND unless the caller may see that mission; puts it on
 * `ctx.mission`.
 */
export const missionProcedure = protectedProcedure
  .input(z.object({ missionId: zId }))
  .use(async ({ ctx, input, next }) => {
    const mission = await findVisibleMission(ctx.db, ctx.user, input.missionId);
    if (!mission)
      throw new TRPCError({
        code: "NOT_FOUND",
        message: "Mission not found",
        cause: new AppError("NOT_FOUND", "Mission not found"),
      });
    return next({ ctx: { ...ctx, mission } });
  });

/**
 * Takes `parliamentId`; NOT_FOUND unless the caller may see that parliament (staff:
 * only their own); puts it on `ctx.parliament`.
 */
export const parliamentProcedure = protectedProcedure
  .input(z.object({ parliamentId: zId }))
  .use(async ({ ctx, input, next }) => {
    const parliament = await findVisibleParliament(ctx.db, ctx.user, input.parliamentId);
    if (!parliament)
      throw new TRPCError({
        code: "NOT_FOUND",
        message: "Parliament not found",
        cause: new AppError("NOT_FOUND", "Parliament not found"),
      });
    return next({ ctx: { ...ctx, parliament } });
  });

/**
 * Takes `phaseId`; NOT_FOUND unless the caller may see the phase's mission; puts the
 * phase (with its mission's parliament and the caller's team role on it) on `ctx.phase`.
 */
export const phaseProcedure = protectedProcedure.input(z.object({ phaseId: zId })).use(async ({ ctx, input, next }) => {
  const phase = await findVisiblePhase(ctx.db, ctx.user, input.phaseId);
  if (!phase)
    throw new TRPCError({
      code: "NOT_FOUND",
      message: "Phase not found",
      cause: new AppError("NOT_FOUND", "Phase not found"),
    });
  return next({ ctx: { ...ctx, phase } });
});

export type AuthedContext = Context & { user: SessionUser };
