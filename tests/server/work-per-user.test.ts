// How much work one user can have running at once: at most 4 procedures, the rest waiting
// their turn, another user never waiting behind them, and a refusal past 200 waiting.
// The database client counts its operations in flight and holds each a little, so that
// operations started together overlap visibly.
import type { Database } from "@hemicycle/server/db/database";
import type { SessionUser } from "@hemicycle/server/context";
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../factories/records.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { appErrorOf, formattedRejection } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();

let busy: SessionUser;
let other: SessionUser;

beforeAll(async () => {
  busy = await createUser(db(), { role: "COORDINATOR" });
  other = await createUser(db(), { role: "COORDINATOR" });
});

/** The test database with a Prisma client that counts operations in flight, each held `delayMs`. */
function countingDatabase(delayMs: number) {
  const stats = { inFlight: 0, max: 0, total: 0 };
  const prisma = db().prisma.$extends({
    query: {
      $allModels: {
        async $allOperations({ args, query }) {
          stats.inFlight++;
          stats.total++;
          stats.max = Math.max(stats.max, stats.inFlight);
          try {
            await new Promise((resolve) => setTimeout(resolve, delayMs));
            return await query(args);
          } finally {
            stats.inFlight--;
          }
        },
      },
    },
  });
  const database: Database = { ...db(), prisma: prisma as unknown as Database["prisma"] };
  return { database, stats };
}

describe("one user's concurrent calls", () => {
  it("run at most 4 at a time, all answered, while another user's call goes ahead of them", async () => {
    const first = countingDatabase(20);
    const second = countingDatabase(20);
    let burstDone = Number.POSITIVE_INFINITY;
    let singleDone = Number.POSITIVE_INFINITY;

    const burst = Promise.all(Array.from({ length: 20 }, () => callerFor(first.database, busy).missions.list({}))).then(
      (pages) => {
        burstDone = performance.now();
        return pages;
      },
    );
    // Sent while all 20 of the first user's calls are pending.
    const single = callerFor(second.database, other)
      .missions.list({})
      .then(() => (singleDone = performance.now()));
    const [pages] = await Promise.all([burst, single]);

    expect(pages).toHaveLength(20);
    expect(first.stats.total).toBeGreaterThanOrEqual(20);
    expect(first.stats.max, "the first user's operations in flight at once").toBeLessThanOrEqual(4);
    // They do run side by side, just not all of them.
    expect(first.stats.max).toBeGreaterThanOrEqual(2);
    expect(singleDone, "the other user's call finishes before the first user's 20").toBeLessThan(burstDone);
  });

  it("are refused with TOO_MANY_REQUESTS once 200 of them already wait", async () => {
    const { database } = countingDatabase(20);
    const caller = callerFor(database, busy);
    // 4 run, 200 wait, and the 205th is refused.
    const calls = Array.from({ length: 205 }, () => caller.missions.list({}));
    const refusal = await appErrorOf(calls.pop()!);
    expect(refusal).toMatchObject({
      trpcCode: "TOO_MANY_REQUESTS",
      reason: "RATE_LIMITED",
      message: { code: "tooManyRequests" },
      details: { retryAfter: 1 },
    });
    expect(await formattedRejection(caller.missions.list({}), "missions.list")).toMatchObject({
      code: -32029,
      data: { code: "TOO_MANY_REQUESTS", httpStatus: 429, problem: { reason: "RATE_LIMITED" } },
    });
    // The queued ones are still answered, in turn.
    const results = await Promise.allSettled(calls);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    // Once that queue has drained, the same user is served again.
    await expect(caller.missions.list({})).resolves.toMatchObject({ items: [] });
  });
});
