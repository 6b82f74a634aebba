// One code path for both databases: PostgreSQL through @prisma/adapter-pg when a URL is
// given, else the embedded PGlite (real PostgreSQL in WASM) in a data folder. Both get
// the same schema from the same migrations.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/client.ts";
import { applyMigrations, migrationsUpToDate } from "./migrations.ts";
import { durablePGliteOptions } from "./pglite-durable.ts";
import { withTurns } from "./pglite-turns.ts";
import { pgListener, pgliteListener } from "./listen.ts";
import { ensurePrivateDir } from "../data-dir.ts";

export type Database = {
  prisma: PrismaClient;
  kind: "postgresql" | "pglite";
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Disconnects Prisma and closes PGlite; without it the process never exits. */
  close: () => Promise<void>;
  /**
   * Makes the driver learn the types migrations just created. PGlite reads the array types
   * of the database's enums once, when it opens: on a database created by this start, an
   * enum array parameter (`${statuses}::"PhaseStatus"[]`) would go as "A,B" and fail with
   * 22P02 until a restart. node-postgres sends arrays as literals itself: nothing to do.
   */
  refreshTypes: () => Promise<void>;
  /**
   * Hears `pg_notify(channel, payload)` once the notifying transaction commits, from this
   * process or any other on the same database (db/listen.ts). `onReconnect` is called when
   * the listening connection was lost and made again: notices may have been missed.
   * Resolves with the function that stops listening.
   */
  listen: (
    channel: string,
    onNotify: (payload: string) => void,
    onReconnect?: () => void,
  ) => Promise<() => Promise<void>>;
  /**
   * Where the job queue (pg-boss, jobs/runner.ts) keeps its tables: its own pool on the
   * same PostgreSQL, or the same embedded PGlite (its statements taking their turns).
   */
  jobsTarget: { kind: "postgresql"; url: string } | { kind: "pglite"; pglite: PGlite };
};

export type DatabaseTarget =
  | { kind: "postgresql"; url: string; /** Connections in the pool; 10 by default. */ poolSize?: number }
  | { kind: "pglite"; dataDir: string }
  | { kind: "pglite"; instance: PGlite };

export function openDatabase(target: DatabaseTarget): Database {
  if (target.kind === "postgresql") {
    const adapterFactory = new PrismaPg({ connectionString: target.url, max: target.poolSize ?? 10 });
    const prisma = new PrismaClient({ adapter: adapterFactory });
    const listener = pgListener(target.url);
    return {
      prisma,
      kind: "postgresql",
      adapterFactory,
      close: async () => {
        await listener.close();
        await prisma.$disconnect();
      },
      refreshTypes: async () => {},
      listen: listener.listen,
      jobsTarget: { kind: "postgresql", url: target.url },
    };
  }
  let pglite: PGlite;
  if ("instance" in target) {
    pglite = target.instance;
  } else {
    // Durable: an acknowledged commit survives a power cut, not only a killed process (db/pglite-durable.ts).
    pglite = new PGlite(durablePGliteOptions(ensurePrivateDir(target.dataDir)));
  }
  // Statements take turns with the event loop, so that new connections are accepted under load (db/pglite-turns.ts).
  const turns = withTurns(pglite);
  const adapterFactory = new PrismaPGlite(turns);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    prisma,
    kind: "pglite",
    adapterFactory,
    close: async () => {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
    refreshTypes: () => pglite.refreshArrayTypes(),
    listen: pgliteListener(pglite),
    jobsTarget: { kind: "pglite", pglite: turns },
  };
}

/** The advisory lock instances take around migrating one PostgreSQL database ("HEMI" in ASCII). */
export const MIGRATION_LOCK_KEY = 0x48454d49;

/**
 * Runs `work` holding the migration lock of the database at `url`, on a connection of its
 * own: instances started together migrate one after another, and the later ones find
 * nothing left to apply. Should the holder die, its connection ends and the lock with it.
 */
async function withMigrationLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: "hemicycle-migrate" });
  client.on("error", () => {});
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      return await work();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Opens the database and applies pending migrations; returns the migrations applied. A
 * database that already holds them all (every start but the first after an upgrade) is
 * checked with one read of `_prisma_migrations`, without loading the schema engine. On
 * PostgreSQL the check and the migrating happen under an advisory lock, so that several
 * instances starting at once apply each migration once (docs/operations.md).
 */
export async function openAndMigrate(target: DatabaseTarget): Promise<{ db: Database; applied: string[] }> {
  const db = openDatabase(target);
  const migrate = async () => {
    const upToDate = await migrationsUpToDate((sql) => db.prisma.$queryRawUnsafe(sql));
    return upToDate ? [] : await applyMigrations(db.adapterFactory);
  };
  try {
    const applied = target.kind === "postgresql" ? await withMigrationLock(target.url, migrate) : await migrate();
    if (applied.length > 0) await db.refreshTypes();
    return { db, applied };
  } catch (error) {
    await db.close();
    throw error;
  }
}
