// The rate limits' PostgreSQL store (http/postgres-limits.ts): counters in rate_limits,
// shared by every limiter over the same database; a caller refused once is refused from
// memory (its counter no longer moves); a database that does not answer leaves each
// instance counting in memory instead of failing every request. (Two whole instances:
// tests/server/instances.test.ts.)
import { postgresLimiterStore, type PostgresLimits } from "@hemicycle/server/http/postgres-limits";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { loadConfig } from "@hemicycle/server/config";
import { buildApp } from "@hemicycle/server/http/app";
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

  it("count a key longer than the table's column in the table too, as its digest", async () => {
    // An address read from a forged X-Forwarded-For can be any length.
    const options = { keyPrefix: "test-long", points: 3, duration: 60 };
    const [a, b] = [one.store(options), two.store(options)];
    const key = `address:${"9".repeat(300)}`;
    const answers = [];
    for (let n = 0; n < 4; n++) answers.push(await refused((n % 2 ? b : a).consume(key, 1)));
    expect(answers).toEqual(["allowed", "allowed", "allowed", "refused"]);
    const rows = await db().prisma.rateLimit.findMany({ where: { key: { startsWith: "test-long:" } } });
    expect(rows.map((row) => [row.key.length <= 255, row.points])).toEqual([[true, 4]]);
    expect(await refused(a.consume(`address:${"9".repeat(299)}8`, 1))).toBe("allowed");
  });

  it("log a caller's refusal once a window, also when later refusals come from memory", async () => {
    const warnings: string[] = [];
    const dataDir = await mkdtemp(join(tmpdir(), "hc-limits-log-"));
    const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "warn" });
    const auth = createAuth({
      prisma: db().prisma,
      secret: "limits-log-test-secret-limits-log-0123",
      baseURL: config.publicUrl,
    });
    const stream = { write: (line: string) => void warnings.push((JSON.parse(line) as { msg: string }).msg) };
    const app = await buildApp({ config, db: db(), auth, limitStore: one.store, logger: { level: "warn", stream } });
    await app.ready();
    const batch = `/trpc/${Array(50).fill("auth.me").join(",")}?batch=1`;
    const statuses = [];
    for (let n = 0; n < 16; n++) {
      const answer = await app.inject({ method: "GET", url: batch, remoteAddress: "192.0.2.44" });
      statuses.push(answer.statusCode);
    }
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
    // 12 batches of 50 are the 600 calls of the address's budget; the rest are refused.
    expect(statuses.filter((status) => status === 429)).toHaveLength(4);
    expect(warnings.filter((msg) => msg === "rate limit reached")).toHaveLength(1);
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
