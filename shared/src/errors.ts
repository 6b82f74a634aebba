// Why a call was refused: the domain reasons, the transport code each one answers with,
// and the typed details some of them carry. The server throws them (server/src/lib/errors.ts),
// the client reads them (client/src/lib/errors.ts); neither side re-declares them.
import type { PhaseKind } from "./enums.ts";

/** tRPC codes an answer can carry. */
export type TransportCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "INTERNAL_SERVER_ERROR";

export const ERROR_REASONS = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  INVALID_CREDENTIALS: "UNAUTHORIZED",
  UNAUTHENTICATED: "UNAUTHORIZED",
  SIGN_IN_THROTTLED: "TOO_MANY_REQUESTS",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  VALIDATION: "BAD_REQUEST",
  INVALID_TRANSITION: "BAD_REQUEST",
  /** Dependencies that would make a loop (docs/roadmaps.md, "Editing"). */
  DEPENDENCY_CYCLE: "BAD_REQUEST",
  STALE_VERSION: "CONFLICT",
  DUPLICATE: "CONFLICT",
  PHASE_OVERLAP: "CONFLICT",
  EXPERT_UNAVAILABLE: "CONFLICT",
  LAST_ADMIN: "CONFLICT",
} as const satisfies Record<string, TransportCode>;

export type ErrorReason = keyof typeof ERROR_REASONS;

/** A period that stops an expert from joining a phase: another phase, or time off. */
export type Clash =
  | { kind: "phase"; phaseId: string; missionCode: string; phaseKind: PhaseKind; startDate: Date; endDate: Date }
  | { kind: "unavailability"; startDate: Date; endDate: Date; reason: string | null };

/** The details each reason carries; reasons not listed carry none. */
type DetailsByReason = {
  /** The record as it is now, so that the client can show it instead of the stale copy. */
  STALE_VERSION: { current: unknown };
  /** The loop's item ids in order, the first repeated at the end. */
  DEPENDENCY_CYCLE: { itemIds: string[] };
  /** Who would be double-booked or unavailable, and every clashing period. */
  PHASE_OVERLAP: { expert: string; clashes: Clash[] };
  EXPERT_UNAVAILABLE: { expert: string; clashes: Clash[] };
  /** Seconds until another attempt may succeed. */
  SIGN_IN_THROTTLED: { retryAfter: number };
  RATE_LIMITED: { retryAfter: number };
};

export type ErrorDetails<R extends ErrorReason> = R extends keyof DetailsByReason ? DetailsByReason[R] : null;

/** A reason with its details, discriminated by `reason` so that reading one narrows the other. */
export type Problem = { [R in ErrorReason]: { reason: R; details: ErrorDetails<R> } }[ErrorReason];

/** The reasons a coordinator may override with a reason of their own. */
export function isClash(
  problem: Problem | null | undefined,
): problem is Extract<Problem, { reason: "PHASE_OVERLAP" | "EXPERT_UNAVAILABLE" }> {
  return problem?.reason === "PHASE_OVERLAP" || problem?.reason === "EXPERT_UNAVAILABLE";
}
