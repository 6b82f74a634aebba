// Waiting for a server to finish what a load run left in flight. autocannon stops at the
// end of its seconds, but the requests it gave up on (slow ones, or queued behind the
// pool) still run in the server and in the database, and would weigh on the next run.
import { openPool } from "../raw/capture.ts";

const LIMIT_MS = 180_000;

/** Until no other connection runs a statement in the database (twice in a row, 50 ms apart). */
export async function databaseDrain(url: string): Promise<(() => Promise<void>) & { end: () => Promise<void> }> {
  const pool = await openPool(url, 1);
  const drain = async () => {
    const deadline = Date.now() + LIMIT_MS;
    let quiet = 0;
    while (quiet < 2 && Date.now() < deadline) {
      const result = (await pool.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
        [],
      )) as { rows: { n: number }[] };
      quiet = result.rows[0]!.n === 0 ? quiet + 1 : 0;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return Object.assign(drain, { end: () => pool.end() });
}

/** Until the app answers GET /ready, whose query waits behind the ones in flight (PGlite runs one at a time). */
export function readyDrain(appUrl: string): () => Promise<void> {
  return async () => {
    await fetch(`${appUrl}/ready`, { signal: AbortSignal.timeout(LIMIT_MS) }).catch(() => undefined);
  };
}
