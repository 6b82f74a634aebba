// Slows password guessing without letting anyone lock someone else out (docs/security.md,
// "Signing in"). Within a 15-minute window:
//   - an address with 5 failures on one account, or 30 across accounts, is refused: that
//     only hurts the address that guessed;
//   - an account with 3 failures from anywhere makes each further attempt on it wait
//     before its answer, right password or wrong: 250 ms, doubling with each failure up
//     to 4 s. Attempts on one account are answered one delay apart, however many arrive
//     at once, so many addresses guess no faster than one; the right password still gets
//     in, only later.
// Every attempt counts as a failure the moment it starts (so attempts sent at once, or in
// one batch, cannot all slip past the check) and is forgiven when it succeeds. Waiting is
// bounded: an address has one attempt in flight per account, and an account has at most
// 8 attempts waiting from addresses that already failed on it and 8 from addresses that
// did not (where its own user usually is), so that guessers filling their line do not
// block the other; an extra attempt is refused with SIGN_IN_THROTTLED, not queued.
//
// The failures live behind `FailureStore`: in memory by default (tests, one process), in
// the database's sign_in_failures when the server starts (services/sign-in-failures.ts),
// so that several instances count the same failures; who is waiting is this process's
// own business.
import { message } from "@hemicycle/shared/messages";
import { AppError } from "../lib/errors.ts";

export type SignInThrottleSettings = {
  /** How long a failure counts. */
  windowMs: number;
  /** Failures of one address on one account before that address is refused for it. */
  accountFromAddress: number;
  /** Failures of one address across accounts before it is refused. */
  address: number;
  /** Failures on an account before its attempts wait. */
  freeFailures: number;
  /** The first wait; each further failure doubles it… */
  baseDelayMs: number;
  /** …up to this. */
  maxDelayMs: number;
  /** Attempts that may wait on one account in each of its two lines. */
  maxWaiting: number;
};

export const DEFAULT_SIGN_IN_THROTTLE: SignInThrottleSettings = {
  windowMs: 15 * 60 * 1000,
  accountFromAddress: 5,
  address: 30,
  freeFailures: 3,
  baseDelayMs: 250,
  maxDelayMs: 4000,
  maxWaiting: 8,
};

/** Failures under a key within the window: how many, and when the oldest was. */
export type FailureCount = { count: number; oldest: number | null };

/** Where failures are counted. Async so that a database can hold them (issue 12). */
export interface FailureStore {
  /** Per key, the failures since `since`. */
  read(keys: readonly string[], since: number): Promise<FailureCount[]>;
  /** Counts a failure at `at` under each key. */
  add(keys: readonly string[], at: number): Promise<void>;
  /** Takes back one failure counted at `at` under `key`. */
  remove(key: string, at: number): Promise<void>;
  /** Forgets every failure under `key`. */
  clear(key: string): Promise<void>;
}

export function memoryFailureStore(windowMs = DEFAULT_SIGN_IN_THROTTLE.windowMs): FailureStore {
  const failures = new Map<string, number[]>();
  let sweptAt = 0;
  const sweep = (now: number) => {
    if (now - sweptAt < windowMs) return;
    sweptAt = now;
    for (const [key, list] of failures) if (list.at(-1)! <= now - windowMs) failures.delete(key);
  };
  return {
    async read(keys, since) {
      return keys.map((key) => {
        const list = (failures.get(key) ?? []).filter((t) => t > since);
        if (list.length) failures.set(key, list);
        else failures.delete(key);
        return { count: list.length, oldest: list[0] ?? null };
      });
    },
    async add(keys, at) {
      sweep(at);
      for (const key of keys) failures.set(key, [...(failures.get(key) ?? []), at]);
    },
    async remove(key, at) {
      const list = failures.get(key) ?? [];
      const index = list.lastIndexOf(at);
      if (index >= 0) list.splice(index, 1);
      if (!list.length) failures.delete(key);
    },
    async clear(key) {
      failures.delete(key);
    },
  };
}

export type Clock = { now(): number; sleep(ms: number): Promise<void> };

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** An attempt let through; `end` must be called once, with whether the password was right. */
export type SignInAttempt = { end(succeeded: boolean): Promise<void> };

/** A line of attempts waiting on one account: when the next may be answered, and how many wait. */
type Line = { nextAt: number; waiting: number };

/**
 * An account with attempts in progress: its two lines, and its failures as last counted
 * (the store's count, plus the attempts counted here since, which the store may not show
 * yet to an attempt that read it at the same time).
 */
type AccountState = { failed: Line; fresh: Line; failures: number };

export type SignInThrottle = {
  /**
   * Lets an attempt on `email` from `ip` through once its wait is over, or throws
   * SIGN_IN_THROTTLED (with `retryAfter` in seconds) when the address is over a limit or
   * the account's line is full.
   */
  begin(email: string, ip: string): Promise<SignInAttempt>;
  /** Attempts waiting now, across accounts (for tests). */
  readonly waiting: number;
};

export function createSignInThrottle(
  options: { settings?: Partial<SignInThrottleSettings>; store?: FailureStore; clock?: Clock } = {},
): SignInThrottle {
  const settings = { ...DEFAULT_SIGN_IN_THROTTLE, ...options.settings };
  const store = options.store ?? memoryFailureStore(settings.windowMs);
  const clock = options.clock ?? realClock;
  const inFlight = new Set<string>();
  const accounts = new Map<string, AccountState>();
  let waiting = 0;

  const delayAfter = (failures: number) =>
    failures < settings.freeFailures
      ? 0
      : Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (failures - settings.freeFailures));

  const refuse = (retryAfterMs: number) => {
    const retryAfter = Math.max(1, Math.ceil(retryAfterMs / 1000));
    return AppError.of("SIGN_IN_THROTTLED", message("signInThrottled", { count: Math.ceil(retryAfter / 60) }), {
      details: { retryAfter },
    });
  };

  /** Forgets an account's state once nothing waits on it and its lines' last answers are past. */
  function settle(accountKey: string, state: AccountState) {
    const now = clock.now();
    const idle = (line: Line) => line.waiting === 0 && line.nextAt <= now;
    if (idle(state.failed) && idle(state.fresh) && accounts.get(accountKey) === state) accounts.delete(accountKey);
  }

  async function begin(email: string, ip: string): Promise<SignInAttempt> {
    const keys = { pair: `acct-ip|${ip}|${email}`, account: `acct|${email}`, address: `ip|${ip}` };
    // One attempt in flight per address and account: checked and taken before any await,
    // so that attempts sent together see each other.
    if (inFlight.has(keys.pair)) throw refuse(settings.baseDelayMs);
    inFlight.add(keys.pair);
    let started: number | null = null;
    try {
      const now = clock.now();
      const [pair, account, address] = await store.read(
        [keys.pair, keys.account, keys.address],
        now - settings.windowMs,
      );
      for (const [count, limit] of [
        [pair!, settings.accountFromAddress],
        [address!, settings.address],
      ] as const) {
        if (count.count >= limit) throw refuse((count.oldest ?? now) + settings.windowMs - now);
      }
      // Addresses that already failed on this account wait in one line, the others in
      // another: guessers who fill theirs do not hold up the account's own user.
      const state = accounts.get(keys.account) ?? {
        failed: { nextAt: 0, waiting: 0 },
        fresh: { nextAt: 0, waiting: 0 },
        failures: 0,
      };
      const line = pair!.count > 0 ? state.failed : state.fresh;
      if (line.waiting >= settings.maxWaiting) throw refuse(line.nextAt - now);
      // From here to the line's update, no await: attempts that arrive together queue in order.
      const failuresBefore = Math.max(state.failures, account!.count);
      state.failures = failuresBefore + 1;
      const answerAt = Math.max(now, line.nextAt) + delayAfter(failuresBefore);
      line.nextAt = answerAt;
      line.waiting += 1;
      waiting += 1;
      accounts.set(keys.account, state);
      try {
        await store.add([keys.pair, keys.account, keys.address], now);
        started = now;
        if (answerAt > now) await clock.sleep(answerAt - now);
      } finally {
        line.waiting -= 1;
        waiting -= 1;
        settle(keys.account, state);
      }
    } catch (error) {
      inFlight.delete(keys.pair);
      if (started !== null) await store.remove(keys.address, started);
      throw error;
    }
    const at = started;
    let ended = false;
    return {
      async end(succeeded) {
        if (ended) return;
        ended = true;
        inFlight.delete(keys.pair);
        if (!succeeded) return;
        // A success forgives the account's failures, and this attempt only from the address.
        const state = accounts.get(keys.account);
        if (state) state.failures = 0;
        await store.clear(keys.pair);
        await store.clear(keys.account);
        await store.remove(keys.address, at);
      },
    };
  }

  return {
    begin,
    get waiting() {
      return waiting;
    },
  };
}

let throttle = createSignInThrottle();

/**
 * Counts a sign-in attempt (or a password change's check of the current password) before
 * the password is checked: through the app's throttle when it has one (main.ts gives it
 * the database's failures), else this process's.
 */
export function beginSignInAttempt(email: string, ip: string, through?: SignInThrottle): Promise<SignInAttempt> {
  return (through ?? throttle).begin(email.toLowerCase(), ip);
}

/** For tests: forgets everything, and sets other limits, delays or clock when given. */
export function resetSignInThrottle(options?: Parameters<typeof createSignInThrottle>[0]): SignInThrottle {
  throttle = createSignInThrottle(options);
  return throttle;
}
