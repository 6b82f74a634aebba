// Sign-in failures in the database (services/sign-in-failures.ts), on PGlite and
// PostgreSQL: the store counts per key within the window, takes one failure back, forgets
// a key, sweeps what the window left behind; and two throttles over one database (two
// instances) refuse an address after the same five failures as one would.
import { AppError } from "@hemicycle/server/lib/errors";
import { prismaFailureStore, sweepSignInFailures } from "@hemicycle/server/services/sign-in-failures";
import { createSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;

const T = Date.UTC(2026, 10, 30, 8, 0, 0, 123);
const MINUTE = 60_000;

beforeEach(async () => {
  await prisma().signInFailure.deleteMany();
});

describe("the database's failure store", () => {
  it("counts each key's failures after `since`, with the oldest, in the order asked; unknown keys count 0", async () => {
    const store = prismaFailureStore(prisma());
    await store.add(["a", "b"], T);
    await store.add(["a"], T + 1000);
    await store.add(["a"], T + 2000);
    expect(await store.read(["b", "x", "a"], T - 1)).toEqual([
      { count: 1, oldest: T },
      { count: 0, oldest: null },
      { count: 3, oldest: T },
    ]);
    // `since` itself is out: a failure counts while it is younger than the window.
    expect(await store.read(["a"], T)).toEqual([{ count: 2, oldest: T + 1000 }]);
    expect(await store.read([], T)).toEqual([]);
  });

  it("takes back one failure at its moment (to the millisecond), and forgets a key wholly", async () => {
    const store = prismaFailureStore(prisma());
    await store.add(["ip|1", "acct|x"], T);
    await store.add(["ip|1", "acct|x"], T);
    await store.add(["ip|1"], T + 5);
    await store.remove("ip|1", T);
    expect(await store.read(["ip|1"], 0)).toEqual([{ count: 2, oldest: T }]);
    await store.remove("ip|1", T + 4);
    expect(await store.read(["ip|1"], 0)).toEqual([{ count: 2, oldest: T }]);
    await store.clear("acct|x");
    expect(await store.read(["acct|x", "ip|1"], 0)).toEqual([
      { count: 0, oldest: null },
      { count: 2, oldest: T },
    ]);
  });

  it("sweeps failures older than the window when it adds one, at most once a minute, and on demand", async () => {
    const store = prismaFailureStore(prisma(), { windowMs: 15 * MINUTE });
    await store.add(["old"], T);
    await store.add(["new"], T + 10 * MINUTE);
    expect(await prisma().signInFailure.count()).toBe(2);
    // 16 minutes on: "old" is past the window and goes as the next failure is added.
    await store.add(["next"], T + 16 * MINUTE);
    expect((await prisma().signInFailure.findMany({ select: { key: true } })).map((r) => r.key).sort()).toEqual([
      "new",
      "next",
    ]);
    // Within the minute that followed, no second sweep: "new" (past the window by then) stays.
    await store.add(["again"], T + 16 * MINUTE + 30_000);
    expect(await prisma().signInFailure.count()).toBe(3);
    expect(await sweepSignInFailures(prisma(), new Date(T + 16 * MINUTE - 1))).toBe(1);
    expect((await prisma().signInFailure.findMany({ select: { key: true } })).map((r) => r.key).sort()).toEqual([
      "again",
      "next",
    ]);
  });
});

describe("two throttles over one database (two instances)", () => {
  const settings = { baseDelayMs: 1, maxDelayMs: 2 };
  const throttled = (error: unknown) =>
    error instanceof AppError && error.reason === "SIGN_IN_THROTTLED" ? "throttled" : Promise.reject(error);
  const attempt = async (throttle: ReturnType<typeof createSignInThrottle>, email: string, ip: string) => {
    const started = await throttle.begin(email, ip).catch(throttled);
    if (started === "throttled") return started;
    await started.end(false);
    return "wrong";
  };

  it("count the same failures: an address with five on one account is refused by both, another address is not", async () => {
    const a = createSignInThrottle({ settings, store: prismaFailureStore(prisma()) });
    const b = createSignInThrottle({ settings, store: prismaFailureStore(prisma()) });
    const results = [];
    for (let n = 0; n < 5; n++) results.push(await attempt(n % 2 ? b : a, "someone@example.org", "192.0.2.7"));
    expect(results).toEqual(["wrong", "wrong", "wrong", "wrong", "wrong"]);
    expect(await attempt(a, "someone@example.org", "192.0.2.7")).toBe("throttled");
    expect(await attempt(b, "someone@example.org", "192.0.2.7")).toBe("throttled");
    expect(await attempt(b, "someone@example.org", "192.0.2.8")).toBe("wrong");
  });

  it("forgive on success through either: the right password clears the account's failures for both", async () => {
    const a = createSignInThrottle({ settings, store: prismaFailureStore(prisma()) });
    const b = createSignInThrottle({ settings, store: prismaFailureStore(prisma()) });
    for (let n = 0; n < 4; n++) await attempt(a, "user@example.org", "192.0.2.9");
    const right = await b.begin("user@example.org", "192.0.2.9");
    await right.end(true);
    const [pair, account] = await prismaFailureStore(prisma()).read(
      ["acct-ip|192.0.2.9|user@example.org", "acct|user@example.org"],
      0,
    );
    expect(pair).toEqual({ count: 0, oldest: null });
    expect(account).toEqual({ count: 0, oldest: null });
    // The address keeps its four failures (only the successful attempt is forgiven from it).
    expect((await prismaFailureStore(prisma()).read(["ip|192.0.2.9"], 0))[0]!.count).toBe(4);
  });
});
