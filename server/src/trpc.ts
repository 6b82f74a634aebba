// The tRPC instance and the base procedures every router builds on. Authorization lives
// here and in the shared policy: a handler built on `missionProcedure` cannot forget the
// visibility check it makes. `t` itself is never exported.
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { Problem } from "@hemicycle/shared/errors";
import { message, messageFromIssue, type FieldErrors, type Message } from "@hemicycle/shared/messages";
import {
  mayManageDirectory,
  mayManageMissions,
  mayManageUsers,
  mayReadAuditLog,
  type Actor,
} from "@hemicycle/shared/policy";
import { zId } from "@hemicycle/shared/schemas/common";
import {
  findVisibleMission,
  findVisibleParliament,
  findVisibleRoadmap,
  findVisibleRoadmapItem,
} from "./access/visible.ts";
import type { Context } from "./context.ts";
import { requestScope } from "./db/pglite-turns.ts";
import { AppError, fail, notFound, rateLimited } from "./lib/errors.ts";
import { keyedLimit } from "./lib/keyed-limit.ts";
import { toAppError } from "./lib/prisma-errors.ts";
import { recordDeniedAttempt } from "./services/denied-attempts.ts";

/** What the client reads of a refusal, besides tRPC's code and HTTP status. */
type ErrorData = {
  problem: Problem | null;
  /** For the person: a code and its values, rendered by the client in their language. */
  message: Message;
  fieldErrors: FieldErrors | null;
  formErrors: Message[] | null;
};

/**
 * An open live feed (a subscription over server-sent events) sends a comment line this
 * often, so that proxies and browsers keep a quiet stream open; a browser that hears
 * nothing for three intervals reconnects.
 */
export const SSE_PING_MS = 15_000;

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  sse: {
    ping: { enabled: true, intervalMs: SSE_PING_MS },
    client: { reconnectAfterInactivityMs: 3 * SSE_PING_MS },
  },
  errorFormatter({ shape, error }) {
    const data = errorData(error);
    return {
      // For logs and API clients; people read `data.message`.
      message: error.cause instanceof ZodError || error.cause instanceof AppError ? describe(data) : shape.message,
      code: shape.code,
      // No stack traces leave the server: faults are logged there (errorMapping below).
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, ...data },
    };
  },
});

function errorData(error: TRPCError): ErrorData {
  const cause = error.cause;
  if (cause instanceof ZodError) {
    const { fieldErrors, formErrors } = issuesByField(cause);
    const first = cause.issues[0];
    return {
      problem: { reason: "VALIDATION", details: null },
      message: message("invalidInput", { field: first?.path.join(".") ?? "" }),
      fieldErrors,
      formErrors,
    };
  }
  if (cause instanceof AppError) {
    return {
      problem: cause.problem,
      message: cause.userMessage,
      fieldErrors: cause.fieldErrors ?? null,
      formErrors: null,
    };
  }
  return { problem: null, message: messageForCode(error.code), fieldErrors: null, formErrors: null };
}

/** Refusals that come from tRPC itself (a malformed request, an unknown procedure) or a fault. */
function messageForCode(code: TRPCError["code"]): Message {
  switch (code) {
    case "UNAUTHORIZED":
      return message("signInRequired");
    case "FORBIDDEN":
      return message("forbidden");
    case "NOT_FOUND":
      return message("notFound", { entity: "record" });
    case "TOO_MANY_REQUESTS":
      return message("tooManyRequests");
    case "INTERNAL_SERVER_ERROR":
      return message("internal");
    default:
      return message("requestRefused");
  }
}

function describe(data: ErrorData): string {
  const field = Object.entries(data.fieldErrors ?? {})[0];
  return field ? `${field[0]}: ${field[1][0]?.code}` : data.message.code;
}

/**
 * Zod issues keyed by their full dotted path (`phases.0.endDate`), the names a form gives
 * its fields, so that each message lands next to its field, nested ones too
 * (`z.flattenError` keeps only the first segment).
 */
function issuesByField(error: ZodError): { fieldErrors: FieldErrors; formErrors: Message[] } {
  const fieldErrors: FieldErrors = {};
  const formErrors: Message[] = [];
  for (const issue of error.issues) {
    if (issue.path.length === 0) formErrors.push(messageFromIssue(issue));
    else (fieldErrors[issue.path.map(String).join(".")] ??= []).push(messageFromIssue(issue));
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
  // On PGlite a call whose client left before its turn is dropped (db/pglite-turns.ts):
  // no one reads the answer, and it is not a fault of the server (the error is kept in
  // the line, should it be one after all).
  if (requestScope.getStore()?.clientGone()) {
    ctx.log.info({ err: error.cause ?? error, path, type }, "procedure dropped: the client left before its turn");
    return result;
  }
  ctx.log.error({ err: error.cause ?? error, path, type }, "procedure failed");
  return result;
});

/**
 * One caller's procedures (a signed-in user's; an anonymous caller's by address) run at
 * most 4 at a time and the rest wait their turn, so that one user's burst of batched calls
 * gets a fair share of the database rather than all of it, and another user's call never
 * waits behind that queue. A caller with 200 calls already waiting is refused. Procedures
 * never call procedures, so a call never waits for a turn its own caller holds.
 */
const turns = keyedLimit({ concurrency: 4, maxWaiting: 200, refusal: () => rateLimited(1) });

/**
 * A subscription takes a turn only to start: the checks of its base procedure run in the
 * turn, and its resolver returns the stream without reading it, so the turn ends there.
 * An open feed then holds none of its user's four turns, however long it stays open, and
 * its later reads (one access check per notice) are not queued behind that user's calls.
 */
const fairShare = t.middleware(({ ctx, next }) =>
  turns.run(ctx.user ? `user:${ctx.user.id}` : `address:${ctx.ip}`, () => next()),
);

/** The record a refused mutation aimed at, from its path and the ids in its input (never the rest of it). */
const ENTITY_OF_ROUTER: Record<string, string> = {
  auth: "session",
  experts: "expert",
  findings: "finding",
  missions: "mission",
  parliaments: "parliament",
  programmes: "programme",
  roadmaps: "roadmap",
  termsOfReference: "termsOfReference",
  users: "user",
};
const ID_KEYS = [
  ["phaseId", "phase"],
  ["itemId", "roadmapItem"],
  ["commentId", "comment"],
  ["attachmentId", "attachment"],
  ["findingId", "finding"],
  ["roadmapId", "roadmap"],
  ["missionId", "mission"],
  ["parliamentId", "parliament"],
  ["programmeId", "programme"],
  ["expertId", "expert"],
  ["userId", "user"],
] as const;

function deniedTarget(path: string, input: unknown): { entityType: string; entityId: string | null } {
  const fields = input && typeof input === "object" && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const idOf = (key: string) => {
    const value = Object.hasOwn(fields, key) ? fields[key] : undefined;
    return typeof value === "string" && zId.safeParse(value).success ? value : null;
  };
  const [routerName = "", name = ""] = path.split(".");
  const id = idOf("id");
  if (id) {
    const entityType = /Phase/.test(name)
      ? "phase"
      : /Item/.test(name)
        ? "roadmapItem"
        : /Comment/.test(name)
          ? "comment"
          : /Attachment|File/.test(name)
            ? "attachment"
            : (ENTITY_OF_ROUTER[routerName] ?? routerName);
    return { entityType, entityId: id };
  }
  for (const [key, entityType] of ID_KEYS) {
    const value = idOf(key);
    if (value) return { entityType, entityId: value };
  }
  return { entityType: ENTITY_OF_ROUTER[routerName] ?? routerName, entityId: null };
}

/**
 * A mutation refused as FORBIDDEN or NOT_FOUND joins the audit log (rate-limited, outside
 * the transaction that failed, with the ids of its input and nothing else of it): see
 * services/denied-attempts.ts. Outermost, so it sees the code the error mapping gave.
 */
const deniedRecording = t.middleware(async ({ ctx, next, path, type, getRawInput }) => {
  const result = await next();
  if (result.ok || type !== "mutation") return result;
  const code = result.error.code;
  if (code !== "FORBIDDEN" && code !== "NOT_FOUND") return result;
  const input = await getRawInput().catch(() => undefined);
  await recordDeniedAttempt(
    ctx.db,
    {
      actor: ctx.user,
      action: path,
      ...deniedTarget(path, input),
      reason: code,
      ip: ctx.ip,
    },
    (err) => ctx.log.warn({ err, path }, "refused attempt not recorded"),
  );
  return result;
});

// The fair share comes after the error mapping, so that its refusal reaches the client
// formatted like any other domain error.
export const publicProcedure = t.procedure.use(deniedRecording).use(errorMapping).use(fairShare);

/** Signed in; narrows `ctx.user`. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw fail("UNAUTHENTICATED", "signInRequired");
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Signed in, and the shared policy allows the actor this kind of work; FORBIDDEN otherwise. */
export function policyProcedure(allows: (actor: Actor) => boolean) {
  return protectedProcedure.use(({ ctx, next }) => {
    if (!allows(ctx.user)) throw fail("FORBIDDEN", "forbidden");
    return next();
  });
}

export const adminProcedure = policyProcedure(mayManageUsers);
/** Parliaments, programmes and the expert directory. */
export const directoryManagerProcedure = policyProcedure(mayManageDirectory);
/** Missions, their phases and their teams. */
export const missionManagerProcedure = policyProcedure(mayManageMissions);
export const auditReaderProcedure = policyProcedure(mayReadAuditLog);

/** Takes `missionId`; NOT_FOUND unless the actor may see that mission; puts it on `ctx.mission`. */
export const missionProcedure = protectedProcedure
  .input(z.object({ missionId: zId }))
  .use(async ({ ctx, input, next }) => {
    const mission = await findVisibleMission(ctx.db, ctx.user, input.missionId);
    if (!mission) throw notFound("mission");
    return next({ ctx: { ...ctx, mission } });
  });

/**
 * Takes `parliamentId`; NOT_FOUND unless the actor may see that parliament (staff: only
 * their own); puts it on `ctx.parliament`.
 */
export const parliamentProcedure = protectedProcedure
  .input(z.object({ parliamentId: zId }))
  .use(async ({ ctx, input, next }) => {
    const parliament = await findVisibleParliament(ctx.db, ctx.user, input.parliamentId);
    if (!parliament) throw notFound("parliament");
    return next({ ctx: { ...ctx, parliament } });
  });

/** Takes `id`; NOT_FOUND unless the actor may see that roadmap; puts it and its policy facts on `ctx.roadmap`. */
export const roadmapProcedure = protectedProcedure.input(z.object({ id: zId })).use(async ({ ctx, input, next }) => {
  const roadmap = await findVisibleRoadmap(ctx.db, ctx.user, input.id);
  if (!roadmap) throw notFound("roadmap");
  return next({ ctx: { ...ctx, roadmap } });
});

/** Takes `itemId`; NOT_FOUND unless the actor may see that item's roadmap; puts both on `ctx`. */
export const roadmapItemProcedure = protectedProcedure
  .input(z.object({ itemId: zId }))
  .use(async ({ ctx, input, next }) => {
    const item = await findVisibleRoadmapItem(ctx.db, ctx.user, input.itemId);
    if (!item) throw notFound("roadmapItem");
    return next({ ctx: { ...ctx, item: { id: item.id, version: item.version }, roadmap: item.roadmap } });
  });
