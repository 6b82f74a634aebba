// Refused attempts join the audit log: a mutation answered FORBIDDEN or NOT_FOUND (the
// tRPC base procedure records it, trpc.ts) and a failed sign-in (services/auth.ts). Each
// is written on its own, outside the transaction that failed, and never with the input's
// body or a password: what was attempted, on which record, why it was refused, from where.
//
// A flood cannot fill the table: each actor (or, signed out, each address) has at most
// `perWindow` events written per window (10 a minute), and the whole server `globalPerWindow`
// (300 a minute). Attempts beyond that are counted, and the count is written when the
// window ends (one `access.deniedSuppressed` event for that actor or address) or with the
// actor's next written attempt, whichever comes first. Kept in memory, like the sign-in
// throttle: Hemicycle runs as one process.
import type { DeniedAction } from "@hemicycle/shared/audit-actions";
import type { Db } from "../db/types.ts";
import { recordAudit, type AuditActor } from "./audit.ts";

/** The attempted action that counts as a sign-in: its refusals are written as `auth.loginFailed`. */
export const SIGN_IN_ACTION = "auth.login";

export type DeniedAttempt = {
  /** Who tried, or null when nobody was signed in (a failed sign-in, say). */
  actor: AuditActor;
  /** What was attempted: a procedure's path (`missions.update`) or `auth.login`. */
  action: string;
  /** The record it aimed at, when known: its type (`mission`) and id. */
  entityType: string;
  entityId?: string | null;
  /** Why it was refused: the tRPC code (`FORBIDDEN`, `NOT_FOUND`) or the sign-in's reason (`INVALID_CREDENTIALS`). */
  reason: string;
  /** The client's address as the app trusts it (TRUST_PROXY). */
  ip: string;
};

type Window = {
  startedAt: number;
  recorded: number;
  suppressed: number;
  /** The last suppressed attempt, named in the summary. */
  last: DeniedAttempt | null;
  timer: ReturnType<typeof setTimeout> | null;
};

export type DeniedAttemptRecorderOptions = {
  windowMs?: number;
  perWindow?: number;
  globalPerWindow?: number;
  now?: () => number;
  /** Where a failure to write is reported; the refusal's own answer never depends on it. */
  onError?: (error: unknown) => void;
};

const keyOf = (attempt: DeniedAttempt) => (attempt.actor ? `user:${attempt.actor.id}` : `address:${attempt.ip}`);

export function deniedAttemptRecorder(options: DeniedAttemptRecorderOptions = {}) {
  const windowMs = options.windowMs ?? 60_000;
  const perWindow = options.perWindow ?? 10;
  const globalPerWindow = options.globalPerWindow ?? 300;
  const now = options.now ?? Date.now;
  const onError = options.onError ?? (() => {});
  const windows = new Map<string, Window>();
  let global = { startedAt: now(), recorded: 0 };
  /** Summaries being written by timers, so that tests and shutdown can wait for them. */
  const pending = new Set<Promise<void>>();

  async function writeSummary(db: Db, window: Window) {
    const count = window.suppressed;
    const last = window.last;
    window.suppressed = 0;
    window.last = null;
    if (!count || !last) return;
    await recordAudit(db, last.actor, {
      action: "access.deniedSuppressed" satisfies DeniedAction,
      entityType: last.actor ? "user" : "address",
      entityId: last.actor?.id ?? "",
      after: { suppressed: count, attempted: last.action, reason: last.reason, ip: last.ip },
    });
  }

  function scheduleSummary(db: Db, key: string, window: Window) {
    if (window.timer) return;
    const delay = Math.max(0, window.startedAt + windowMs - now());
    window.timer = setTimeout(() => {
      window.timer = null;
      if (windows.get(key) === window) windows.delete(key);
      const task = writeSummary(db, window)
        .catch(onError)
        .finally(() => pending.delete(task));
      pending.add(task);
    }, delay);
    window.timer.unref?.();
  }

  /** Drops the windows that ended with nothing left to write, so the map holds only live keys. */
  function prune(at: number) {
    for (const [key, window] of windows) {
      if (at - window.startedAt >= windowMs && !window.suppressed && !window.timer) windows.delete(key);
    }
  }

  return {
    /**
     * Writes the attempt to the audit log, or counts it when its actor or address (or the
     * server) is over its budget for this window. Never throws: a refusal is answered the
     * same whether or not it could be recorded.
     */
    async record(
      db: Db,
      attempt: DeniedAttempt,
      onWriteError: (error: unknown) => void = onError,
    ): Promise<"recorded" | "suppressed"> {
      const at = now();
      if (at - global.startedAt >= windowMs) {
        global = { startedAt: at, recorded: 0 };
        if (windows.size > 1000) prune(at);
      }
      const key = keyOf(attempt);
      let window = windows.get(key);
      let carried = 0;
      if (window && at - window.startedAt >= windowMs) {
        // A new window: what the old one held back goes with this event.
        if (window.timer) clearTimeout(window.timer);
        carried = window.suppressed;
        windows.delete(key);
        window = undefined;
      }
      if (!window) {
        window = { startedAt: at, recorded: 0, suppressed: 0, last: null, timer: null };
        windows.set(key, window);
      }
      if (window.recorded >= perWindow || global.recorded >= globalPerWindow) {
        window.suppressed += 1 + carried;
        window.last = attempt;
        scheduleSummary(db, key, window);
        return "suppressed";
      }
      window.recorded++;
      global.recorded++;
      const signIn = attempt.action === SIGN_IN_ACTION;
      try {
        await recordAudit(db, attempt.actor, {
          action: (signIn ? "auth.loginFailed" : "access.denied") satisfies DeniedAction,
          entityType: attempt.entityType,
          entityId: attempt.entityId ?? "",
          after: {
            ...(signIn ? {} : { attempted: attempt.action }),
            reason: attempt.reason,
            ip: attempt.ip,
            ...(carried ? { suppressed: carried } : {}),
          },
        });
      } catch (error) {
        onWriteError(error);
      }
      return "recorded";
    },
    /** Writes every held-back count now (for shutdown and tests) and waits for the timers' writes. */
    async flush(db: Db): Promise<void> {
      for (const [key, window] of windows) {
        if (window.timer) clearTimeout(window.timer);
        window.timer = null;
        windows.delete(key);
        await writeSummary(db, window).catch(onError);
      }
      await Promise.all([...pending]);
    },
    /** Forgets every window without writing (tests). */
    reset(): void {
      for (const window of windows.values()) if (window.timer) clearTimeout(window.timer);
      windows.clear();
      global = { startedAt: now(), recorded: 0 };
    },
    get keyCount() {
      return windows.size;
    },
  };
}

export type DeniedAttemptRecorder = ReturnType<typeof deniedAttemptRecorder>;

/** The server's recorder. */
export const deniedAttempts = deniedAttemptRecorder();

/**
 * Records a refused attempt in the audit log, rate-limited per actor or address; see the
 * head of this file. Call it outside any transaction that is failing (with the request's
 * `db`, not a `tx`), and never pass the input's body or a password.
 */
export function recordDeniedAttempt(
  db: Db,
  attempt: DeniedAttempt,
  onWriteError?: (error: unknown) => void,
): Promise<"recorded" | "suppressed"> {
  return deniedAttempts.record(db, attempt, onWriteError);
}
