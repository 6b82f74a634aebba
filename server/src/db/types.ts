// The Prisma client types services take: the client itself, or the client of the
// transaction they run in.
import type { Prisma, PrismaClient } from "./generated/client.ts";

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;
/** Reads that run alone or inside a caller's transaction. */
export type DbOrTx = Db | Tx;
