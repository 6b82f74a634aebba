// Sign-in throttling without lockout (docs/security.md, "Signing in"): addresses that
// guess too often are refused, an account's attempts wait longer and longer after a few
// failures but the right password still gets in, waiting is bounded, and a refusal takes
// the same time whether the account exists, is inactive or got a wrong password. The
// throttle's own rules run under a manual clock; sign-ins go through the real router.
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { loadConfig } from "@hemicycle/server/config";
import { buildApp } from "@hemicycle/server/http/app";
import { AppError } from "@hemicycle/server/lib/errors";
import {
  type Clock,
  createSignInThrottle,
  DEFAULT_SIGN_IN_THROTTLE,
  resetSignInThrottle,
  type SignInThrottleSettings,
} from "@hemicycle/server/services/sign-in-throttle";
import { createCaller } from "@hemicycle/server/router";
import { beforeEach, describe, expect, it } from "vitest";
import { createUser } from "../factories/records.ts";
import { contextFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { appErrorOf } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const PASSWORD = "correct horse battery staple";

/**
 * A clock whose sleeps pass at once, advancing its time; after `hold()` they are only
 * recorded and pass on `release()`, so that attempts can be caught waiting.
 */
function manualClock() {
  let now = 1_000_000_000;
  let holding = false;
  const slept: number[] = [];
  const held: Array<() => void> = [];
  const clock: Clock = {
    now: () => now,
    sleep: (ms) => {
      slept.push(ms);
      if (holding) return new Promise<void>((resolve) => held.push(resolve));
      now += ms;
      return Promise.resolve();
    },
  };
  return {
    clock,
    slept,
    advance: (ms: number) => (now += ms),
    hold: () => (holding = true),
    release: () => {
      holding = false;
      for (const resolve of held.splice(0)) resolve();
    },
  };
}

/** Lets every pending promise callback run. */
const settled = () => new Promise((resolve) => setImmediate(resolve));

function throttleWith(settings: Partial<SignInThrottleSettings> = {}) {
  const time = manualClock();
  const throttle = createSignInThrottle({ settings, clock: time.clock });
  /** One attempt through the throttle; answers its refusal's reason, or "wrong"/"right". */
  const attempt = async (email: string, ip: string, right = false) => {
    try {
      const started = await throttle.begin(email, ip);
      await started.end(right);
      return right ? "right" : "wrong";
    } catch (error) {
      if (error instanceof AppError) return error.reason;
      throw error;
    }
  };
  return { throttle, attempt, ...time };
}

const throttledError = (error: unknown) =>
  error instanceof AppError && error.reason === "SIGN_IN_THROTTLED" ? error : Promise.reject(error);

describe("the throttle's rules", () => {
  it("makes each attempt on an account wait longer after 3 failures, doubling from 250 ms to 4 s, right password or wrong", async () => {
    const { attempt, slept } = throttleWith();
    // From a new address each time: no address limit is reached, only the account's delay grows.
    for (let i = 0; i < 9; i++) expect(await attempt("victim@example.test", `198.51.100.${i}`)).toBe("wrong");
    expect(slept).toEqual([250, 500, 1000, 2000, 4000, 4000]);
    // The right password waits its turn too, then gets in; and is then forgiven.
    expect(await attempt("victim@example.test", "203.0.113.1", true)).toBe("right");
    expect(slept.at(-1)).toBe(4000);
    expect(await attempt("victim@example.test", "203.0.113.2")).toBe("wrong");
    expect(slept).toHaveLength(7);
  });

  it("never locks the account: after 100 failures from 20 addresses, the right password from another still signs in", async () => {
    const { attempt } = throttleWith();
    const outcomes = [];
    for (let i = 0; i < 100; i++) outcomes.push(await attempt("admin@example.test", `198.18.0.${i % 20}`));
    // Each address got its 5 guesses, then was refused.
    expect(outcomes.filter((o) => o === "wrong")).toHaveLength(100);
    expect(await attempt("admin@example.test", "198.18.0.1")).toBe("SIGN_IN_THROTTLED");
    expect(await attempt("admin@example.test", "203.0.113.9", true)).toBe("right");
  });

  it("refuses an address after 5 failures on one account (that account only) and after 30 across accounts", async () => {
    const { attempt, advance } = throttleWith();
    for (let i = 0; i < 5; i++) expect(await attempt("one@example.test", "192.0.2.1")).toBe("wrong");
    expect(await attempt("one@example.test", "192.0.2.1", true)).toBe("SIGN_IN_THROTTLED");
    expect(await attempt("two@example.test", "192.0.2.1", true)).toBe("right");
    expect(await attempt("one@example.test", "192.0.2.2", true)).toBe("right");

    for (let i = 0; i < 30; i++) expect(await attempt(`user${i}@example.test`, "192.0.2.3")).toBe("wrong");
    expect(await attempt("another@example.test", "192.0.2.3", true)).toBe("SIGN_IN_THROTTLED");
    expect(await attempt("another@example.test", "192.0.2.4", true)).toBe("right");
    // The window passes: the address may try again.
    advance(DEFAULT_SIGN_IN_THROTTLE.windowMs);
    expect(await attempt("another@example.test", "192.0.2.3", true)).toBe("right");
  });

  it("tells a refused address when to come back", async () => {
    const { throttle, attempt, advance } = throttleWith();
    for (let i = 0; i < 5; i++) await attempt("one@example.test", "192.0.2.1");
    advance(60_000);
    const error = await throttle.begin("one@example.test", "192.0.2.1").catch(throttledError);
    expect(error).toBeInstanceOf(AppError);
    // The first failure leaves the 15-minute window 14 minutes from now (plus the delays waited).
    const { retryAfter } = (error as AppError).problem.details as { retryAfter: number };
    expect(retryAfter).toBeGreaterThan(13 * 60);
    expect(retryAfter).toBeLessThanOrEqual(14 * 60);
    expect((error as AppError).userMessage).toEqual({ code: "signInThrottled", params: { count: 14 } });
  });

  it("answers attempts on one account one delay apart however many arrive at once, and queues no more than 8 per line", async () => {
    const { throttle, attempt, slept, hold, release } = throttleWith();
    for (let i = 0; i < 3; i++) await attempt("victim@example.test", `198.51.100.${i}`);
    hold();
    // 12 attempts at once from 12 new addresses: 8 wait their turn, 4 are refused at once.
    const refused: string[] = [];
    const burst = Array.from({ length: 12 }, (_, i) =>
      throttle.begin("victim@example.test", `203.0.113.${i}`).catch((error: AppError) => {
        refused.push(error.reason);
        return null;
      }),
    );
    await settled();
    expect(refused).toEqual(Array(4).fill("SIGN_IN_THROTTLED"));
    expect(throttle.waiting).toBe(8);
    // Each is answered after the one before it plus its own, growing, delay: the eighth
    // 19.75 s after they arrived, not all of them together after 4 s.
    expect(slept).toEqual([250, 750, 1750, 3750, 7750, 11750, 15750, 19750]);
    release();
    for (const started of await Promise.all(burst)) await started?.end(false);
    expect(throttle.waiting).toBe(0);
  });

  it("keeps guessers and the account's user in separate lines: a full line of guessers does not hold up an address that never failed", async () => {
    const { throttle, attempt, slept, advance, hold, release } = throttleWith();
    for (let i = 0; i < 9; i++) await attempt("victim@example.test", `198.51.100.${i}`);
    advance(60_000);
    hold();
    slept.length = 0;
    // Eight addresses that have failed on the account fill their line…
    const guesses = Array.from({ length: 8 }, (_, i) => throttle.begin("victim@example.test", `198.51.100.${i}`));
    await settled();
    expect(slept).toEqual([4000, 8000, 12000, 16000, 20000, 24000, 28000, 32000]);
    // …a ninth is refused rather than queued…
    expect(await attempt("victim@example.test", "198.51.100.8")).toBe("SIGN_IN_THROTTLED");
    // …while the user's own address waits only its own delay, then signs in.
    const own = throttle.begin("victim@example.test", "203.0.113.50");
    await settled();
    expect(slept.at(-1)).toBe(4000);
    release();
    await (await own).end(true);
    for (const guess of await Promise.all(guesses)) await guess.end(false);
  });

  it("lets one address have one attempt in flight per account: a batch of the same guess is refused but one", async () => {
    const { throttle } = throttleWith();
    const first = await throttle.begin("victim@example.test", "192.0.2.7");
    const second = await throttle.begin("victim@example.test", "192.0.2.7").catch(throttledError);
    expect((second as AppError).reason).toBe("SIGN_IN_THROTTLED");
    // Another account from the same address is its own business.
    const other = await throttle.begin("other@example.test", "192.0.2.7");
    await first.end(false);
    await other.end(false);
    await (await throttle.begin("victim@example.test", "192.0.2.7")).end(false);
  });
});

/** Signs in through the router from `ip`. */
function login(email: string, password: string, ip: string) {
  return createCaller(contextFor(db(), null, { ip })).auth.login({ email, password });
}

describe("signing in through the router", () => {
  beforeEach(() => {
    resetSignInThrottle({ settings: { baseDelayMs: 10, maxDelayMs: 40 } });
  });

  it("lets the right password in after 20 failures from 20 addresses, after its delay", async () => {
    const user = await createUser(db(), { role: "ADMIN", password: PASSWORD });
    for (let i = 1; i <= 20; i++) {
      await expect(login(user.email, "wrong", `198.18.0.${i}`)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
    const started = performance.now();
    expect((await login(user.email, PASSWORD, "198.18.1.1")).id).toBe(user.id);
    expect(performance.now() - started).toBeGreaterThanOrEqual(39);
    expect(await db().prisma.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("counts guesses sent at once from one address: one at a time reaches the password check, at most 5 in all", async () => {
    const user = await createUser(db(), { role: "COORDINATOR", password: PASSWORD });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => login(user.email, `wrong ${i}`, "192.0.2.44")),
    );
    const codes = results.map((r) => (r.status === "rejected" ? (r.reason as { code: string }).code : "OK"));
    expect(codes).not.toContain("OK");
    expect(codes.filter((c) => c === "UNAUTHORIZED").length).toBeGreaterThanOrEqual(1);
    expect(codes.filter((c) => c === "UNAUTHORIZED").length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === "TOO_MANY_REQUESTS").length).toBeGreaterThanOrEqual(15);
  });
});

describe("a batch of sign-ins over HTTP", () => {
  it("answers a batch of 50 guesses at one account promptly: at most 5 are checked, the rest refused, the owner still gets in", async () => {
    resetSignInThrottle();
    const user = await createUser(db(), { role: "COORDINATOR", password: PASSWORD });
    const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", DATA_DIR: "/nonexistent" });
    const auth = createAuth({
      prisma: db().prisma,
      secret: "batch-test-secret-batch-test-0123456789",
      baseURL: config.publicUrl,
    });
    const app = await buildApp({ config, db: db(), auth });
    const signIn = (paths: number, password: (i: number) => string, ip: string) =>
      app.inject({
        method: "POST",
        url: `/trpc/${Array(paths).fill("auth.login").join(",")}?batch=1`,
        headers: { "content-type": "application/json" },
        remoteAddress: ip,
        payload: JSON.stringify(
          Object.fromEntries(
            Array.from({ length: paths }, (_, i) => [i, { json: { email: user.email, password: password(i) } }]),
          ),
        ),
      });
    try {
      const started = performance.now();
      const response = await signIn(50, (i) => `guess ${i}`, "198.51.100.77");
      const elapsed = performance.now() - started;
      const codes = (response.json() as Array<{ error?: { json: { data: { code: string } } } }>).map(
        (answer) => answer.error?.json.data.code ?? "OK",
      );
      expect(codes).toHaveLength(50);
      expect(codes).not.toContain("OK");
      const checked = codes.filter((c) => c === "UNAUTHORIZED").length;
      expect(checked).toBeGreaterThanOrEqual(1);
      expect(checked).toBeLessThanOrEqual(5);
      expect(codes.filter((c) => c === "TOO_MANY_REQUESTS")).toHaveLength(50 - checked);
      // Nothing is held open for long: at most five checks and their delays (under 1 s in all).
      expect(elapsed).toBeLessThan(15_000);
      const owner = await signIn(1, () => PASSWORD, "203.0.113.77");
      expect(owner.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  }, 60_000);
});

describe("the time a refusal takes", () => {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  };

  // Known and unknown accounts must not be told apart by the time their refusal takes.
  // The three refusals are timed in turn, in a rotating order, round after round, so that
  // the machine's load (two cores shared with other test files) falls on all three alike;
  // each round gives the difference of a pair taken moments apart, and the median of those
  // differences ignores the rounds a pause landed in. A refusal costs one Argon2id
  // verification (10 ms alone, 18 ms with the reads on an idle machine, 50 ms under load),
  // and that is what the bound, 3 ms or 20 % of a refusal, whichever is more, is sure to
  // catch: an unknown account answered without it would be 50 % faster. Under load the
  // medians of paired differences move by ±4 ms, so a finer bound would fail at random;
  // the figures this test prints are in docs/security.md ("Signing in").
  it("is the same for a wrong password, an unknown e-mail address and an inactive account", async () => {
    resetSignInThrottle({ settings: { freeFailures: Infinity, accountFromAddress: Infinity, address: Infinity } });
    const known = await createUser(db(), { role: "COORDINATOR", password: PASSWORD });
    const inactive = await createUser(db(), { role: "COORDINATOR", password: PASSWORD, active: false });
    const paths = [
      ["known", known.email, "not the password"],
      ["unknown", "nobody.at.all@example.test", "not the password"],
      // The inactive account with its right password: refused like the others.
      ["inactive", inactive.email, PASSWORD],
    ] as const;
    const times: Record<string, number[]> = { known: [], unknown: [], inactive: [] };
    const rounds = 60;
    for (let round = -5; round < rounds; round++) {
      for (let k = 0; k < paths.length; k++) {
        const [name, email, password] = paths[(round + 5 + k) % paths.length]!;
        const started = performance.now();
        const error = await appErrorOf(login(email, password, `198.51.100.${k}`));
        const elapsed = performance.now() - started;
        expect(error.reason).toBe("INVALID_CREDENTIALS");
        if (round >= 0) times[name]!.push(elapsed);
      }
    }
    const typical = median(times.known!);
    const bound = Math.max(3, 0.2 * typical);
    const differences = (a: string, b: string) => median(times[a]!.map((t, i) => t - times[b]![i]!));
    const figures = {
      medians: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Number(median(v).toFixed(2))])),
      knownMinusUnknown: Number(differences("known", "unknown").toFixed(2)),
      knownMinusInactive: Number(differences("known", "inactive").toFixed(2)),
      bound: Number(bound.toFixed(2)),
    };
    console.info("sign-in refusal times (ms)", JSON.stringify(figures));
    expect(Math.abs(figures.knownMinusUnknown)).toBeLessThan(bound);
    expect(Math.abs(figures.knownMinusInactive)).toBeLessThan(bound);
  }, 120_000);
});
