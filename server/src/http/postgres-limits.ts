// The rate limits' counters in PostgreSQL (table rate_limits, made by the migrations in
// exactly rate-limiter-flexible's layout), so that instances behind one proxy spend one
// budget per caller rather than one each (docs/operations.md, "What lives where").
// Each limit costs one upsert per request on a small pool of its own, apart from Prisma's,
// so that a burst of limit checks never waits behind the app's queries nor they behind it.
// A caller already refused is refused from memory until its window ends
// (`inMemoryBlockOnConsumed`): a flood of refused requests costs no round-trip. Should
// the table not answer, each instance counts in its own memory meanwhile
// (`insuranceLimiter`, as decision 0008 foresaw), and the request goes on to meet the
// database, or not, on its own.
// A key longer than the table's column (a client address read from a forged
// X-Forwarded-For, say) is stored as its digest, so that it is counted like any other
// rather than failing the upsert and falling back to one instance's memory.
// PGlite is one process: its limits stay in memory (request-limits.ts, memoryStore).
import { createHash } from "node:crypto";
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres } from "rate-limiter-flexible";
import type { LimiterStore } from "./request-limits.ts";

export const RATE_LIMIT_TABLE = "rate_limits";

/** rate_limits.key is VARCHAR(255). */
export const RATE_LIMIT_KEY_LENGTH = 255;

/** The row's key: the prefixed key itself, or its prefix and digest when too long for the column. */
class DigestKeyLimiter extends RateLimiterPostgres {
  override getKey(key: string | number): string {
    const full = super.getKey(key);
    if (full.length <= RATE_LIMIT_KEY_LENGTH) return full;
    return `${this.keyPrefix}:sha256:${createHash("sha256").update(String(key)).digest("base64url")}`;
  }
}

export type PostgresLimits = {
  store: LimiterStore;
  /** Ends the pool's connections (at shutdown). */
  close(): Promise<void>;
};

export function postgresLimiterStore(url: string, options: { poolSize?: number } = {}): PostgresLimits {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 3,
    application_name: "hemicycle-rate-limits",
  });
  // An idle connection that breaks is dropped by the pool; without a listener its error would end the process.
  pool.on("error", () => {});
  return {
    store: (limits) =>
      new DigestKeyLimiter({
        ...limits,
        storeClient: pool,
        storeType: "pool",
        tableName: RATE_LIMIT_TABLE,
        tableCreated: true,
        // Blocked in memory from the first refused request to the end of its window.
        inMemoryBlockOnConsumed: limits.points + 1,
        insuranceLimiter: new RateLimiterMemory(limits),
      }),
    close: () => pool.end(),
  };
}
