// The rate limits' PostgreSQL store (http/postgres-limits.ts): counters in rate_limits,
// shared by every limiter over the same database; a caller refused once is refused from
// memory (its counter no longer moves); a database that does not answer leaves each
// instance counting in memory instead of failing every request. (Two whole instances:
// tests/server/instances.test.ts.)
import { postgresLimiterStore, type PostgresLimits } from "@hemicycle/server/http/postgres-limits";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { databaseUrl } from "../helpers/postgres-admin.ts";
import { useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase();

const refused = (promise: Promise<unknown>) =>
  promise.then(
    () => "allowed",
    // A refusal is the limiter's answer (a RateLimiterRes), anything else a fault.
    (error: unknown) =>
      typeof error === "object" && error !== null && "msBeforeNext" in error ? "refused" : Promise.reject(error),
  );

describe.runIf(inject("databaseKind") === "postgresql")("rate limits in PostgreSQL", () => {
  let one: PostgresLimits;
  let two: PostgresLimits;
  beforeAll(async () => {
    const { name } = (await db().prisma.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`)[0]!;
    const url = databaseUrl(inject("postgresAdminUrl"), name);
    one = postgresLimiterStore(url);
    two = postgresLimiterStore(url, { poolSize: 2 });
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
  });

  it("count one budget across two stores, and stop counting a refused key", async () => {
    const options = { keyPrefix: "test-shared", points: 4, duration: 60 };
    const [a, b] = [one.store(options), two.store(options)];
    const answers = [];
    for (let n = 0; n < 4; n++) answers.push(await refused((n % 2 ? b : a).consume("caller", 1)));
    expect(answers).toEqual(["allowed", "allowed", "allowed", "allowed"]);
    expect(await refused(a.consume("caller", 1))).toBe("refused");
    expect(await refused(b.consume("caller", 1))).toBe("refused");
    const row = () => db().prisma.rateLimit.findUnique({ where: { key: "test-shared:caller" } });
    const after = (await row())!.points;
    expect(after).toBe(6);
    for (let n = 0; n < 5; n++) expect(await refused(a.consume("caller", 1))).toBe("refused");
    expect((await row())!.points).toBe(after);
    expect(await refused(a.consume("someone else", 1))).toBe("allowed");
  });

  it("count in memory when the database does not answer", async () => {
    const unreachable = postgresLimiterStore("postgresql://postgres@127.0.0.1:1/nothing", { poolSize: 1 });
    try {
      const limiter = unreachable.store({ keyPrefix: "test-down", points: 2, duration: 60 });
      expect(await refused(limiter.consume("caller", 1))).toBe("allowed");
      expect(await refused(limiter.consume("caller", 1))).toBe("allowed");
      expect(await refused(limiter.consume("caller", 1))).toBe("refused");
    } finally {
      await unreachable.close();
    }
  });
});
