// Sign-in failures kept in the database (table sign_in_failures), so that every instance
// on one database counts the same failures (docs/operations.md, "What lives where"): an
// address that guesses through three instances is refused after the same number of
// failures as through one. Only the failures are shared; which attempts wait in line
// stays each process's own business (services/sign-in-throttle.ts).
//
// Rows older than the window count for nothing and are deleted: by this store itself at
// most once a minute per process, when it adds a failure (one indexed DELETE), and by
// anyone else through `sweepSignInFailures` (the jobs' sweep may call it).
import { Prisma } from "../db/generated/client.ts";
import type { Db } from "../db/types.ts";
import { DEFAULT_SIGN_IN_THROTTLE, type FailureStore } from "./sign-in-throttle.ts";

/** Deletes the failures counted at or before `before`; returns how many went. */
export async function sweepSignInFailures(db: Db, before: Date): Promise<number> {
  const { count } = await db.signInFailure.deleteMany({ where: { at: { lte: before } } });
  return count;
}

export function prismaFailureStore(db: Db, options: { windowMs?: number; sweepEveryMs?: number } = {}): FailureStore {
  const windowMs = options.windowMs ?? DEFAULT_SIGN_IN_THROTTLE.windowMs;
  const sweepEveryMs = options.sweepEveryMs ?? 60_000;
  let sweptAt = 0;
  return {
    async read(keys, since) {
      if (keys.length === 0) return [];
      const rows = await db.$queryRaw<{ key: string; count: number; oldest: Date }[]>`
        SELECT key, count(*)::int AS count, min(at) AS oldest
        FROM sign_in_failures
        WHERE key IN (${Prisma.join(keys)}) AND at > ${new Date(since)}
        GROUP BY key`;
      const byKey = new Map(rows.map((row) => [row.key, row]));
      return keys.map((key) => {
        const row = byKey.get(key);
        return row ? { count: row.count, oldest: row.oldest.getTime() } : { count: 0, oldest: null };
      });
    },
    async add(keys, at) {
      if (at - sweptAt >= sweepEveryMs) {
        sweptAt = at;
        await sweepSignInFailures(db, new Date(at - windowMs));
      }
      await db.signInFailure.createMany({ data: keys.map((key) => ({ key, at: new Date(at) })) });
    },
    async remove(key, at) {
      await db.$executeRaw`
        DELETE FROM sign_in_failures
        WHERE id = (SELECT id FROM sign_in_failures WHERE key = ${key} AND at = ${new Date(at)} ORDER BY id DESC LIMIT 1)`;
    },
    async clear(key) {
      await db.signInFailure.deleteMany({ where: { key } });
    },
  };
}
