// Row locks for the checks that must see what concurrent transactions write: lock the rows
// a rule depends on, then read and check (docs/design.md, "Concurrent edits"). Locks are
// always taken in one order, phase before experts, and several rows of one table by id,
// so that two transactions never wait for each other in a circle.
import { Prisma } from "./generated/client.ts";
import type { Tx } from "./types.ts";

type LockableTable = "phases" | "experts" | "users" | "findings";

/** Locks these rows until the transaction ends; returns the ids that exist. */
export async function lockRows(tx: Tx, table: LockableTable, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE id IN (${Prisma.join(ids)}) ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}
