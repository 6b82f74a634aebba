// One code path for both databases: PostgreSQL through @prisma/adapter-pg when a URL is
// given, else the embedded PGlite (real PostgreSQL in WASM) in a data folder. Both get
// the same schema from the same migrations.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/client.ts";
import { applyMigrations } from "./migrations.ts";
import { durablePGliteOptions } from "./pglite-durable.ts";
import { ensurePrivateDir } from "../data-dir.ts";

export type Database = {
  prisma: PrismaClient;
  kind: "postgresql" | "pglite";
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Disconnects Prisma and closes PGlite; without it the process never exits. */
  close: () => Promise<void>;
};

export type DatabaseTarget =
  | { kind: "postgresql"; url: string; /** Connections in the pool; 10 by default. */ poolSize?: number }
  | { kind: "pglite"; dataDir: string }
  | { kind: "pglite"; instance: PGlite };

export function openDatabase(target: DatabaseTarget): Database {
  if (target.kind === "postgresql") {
    const adapterFactory = new PrismaPg({ connectionString: target.url, max: target.poolSize ?? 10 });
    const prisma = new PrismaClient({ adapter: adapterFactory });
    return { prisma, kind: "postgresql", adapterFactory, close: () => prisma.$disconnect() };
  }
  let pglite: PGlite;
  if ("instance" in target) {
    pglite = target.instance;
  } else {
    // Durable: an acknowledged commit survives a power cut, not only a killed process (db/pglite-durable.ts).
    pglite = new PGlite(durablePGliteOptions(ensurePrivateDir(target.dataDir)));
  }
  const adapterFactory = new PrismaPGlite(pglite);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    prisma,
    kind: "pglite",
    adapterFactory,
    close: async () => {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}

/** Opens the database and applies pending migrations; returns the migrations applied. */
export async function openAndMigrate(target: DatabaseTarget): Promise<{ db: Database; applied: string[] }> {
  const db = openDatabase(target);
  try {
    const applied = await applyMigrations(db.adapterFactory);
    return { db, applied };
  } catch (error) {
    await db.close();
    throw error;
  }
}
