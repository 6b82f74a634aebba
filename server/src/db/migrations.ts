// Applying and creating migrations through the WASM schema engine. `applyMigrations`
// records each one in `_prisma_migrations` exactly as `prisma migrate deploy` does, so a
// machine that has Prisma's native engine can take over the same database.
// `migrationsUpToDate` lets a start on a database that already holds every migration skip
// the schema engine (its WASM compile and its memory) with one read of that table.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { openSchemaEngine as OpenSchemaEngine } from "./schema-engine.ts";

/** The schema engine's bindings and WASM are loaded only when a migration command needs them. */
const openSchemaEngine: typeof OpenSchemaEngine = async (...args) =>
  (await import("./schema-engine.ts")).openSchemaEngine(...args);

const noFilters = { externalTables: [], externalEnums: [] };

/** The repository's `prisma/` folder, found from this file whether it runs as source or bundled. */
export function prismaDir(): string {
  if (process.env.PRISMA_DIR) return resolve(process.env.PRISMA_DIR);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "prisma", "schema.prisma");
    if (existsSync(candidate)) return join(dir, "prisma");
    const parent = dirname(dir);
    if (parent === dir) throw new Error("Cannot find prisma/schema.prisma above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

export async function readSchema(): Promise<{ path: string; content: string }> {
  const path = join(prismaDir(), "schema.prisma");
  return { path, content: await readFile(path, "utf8") };
}

export async function readMigrationsList() {
  const baseDir = join(prismaDir(), "migrations");
  const entries = existsSync(baseDir) ? await readdir(baseDir, { withFileTypes: true }) : [];
  const folders = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const lockPath = join(baseDir, "migration_lock.toml");
  return {
    baseDir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      folders.map(async (folder) => ({
        path: folder,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(join(baseDir, folder, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

/**
 * @prisma/adapter-pg runs a migration script by splitting it at every ";", which cuts a
 * dollar-quoted function body (the audit log's append-only trigger) in two. PostgreSQL
 * takes the whole script as one simple-protocol query, as psql sends it (PGlite's adapter
 * already does the equivalent).
 */
function runScriptsWhole(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  if (factory.adapterName !== "@prisma/adapter-pg") return factory;
  const patch = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const driver = (adapter as { underlyingDriver?: () => unknown }).underlyingDriver?.() as
      { query?: (sql: string) => Promise<unknown> } | undefined;
    const query = driver?.query?.bind(driver);
    if (!query) return adapter;
    adapter.executeScript = async (script) => {
      await query(script);
    };
    return adapter;
  };
  const wrapped = Object.create(factory) as SqlMigrationAwareDriverAdapterFactory;
  wrapped.connect = async () => patch(await factory.connect());
  wrapped.connectToShadowDb = async () => patch(await factory.connectToShadowDb());
  return wrapped;
}

/** Applies the pending migrations of `prisma/migrations`; returns the names it applied. */
export async function applyMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const engine = await openSchemaEngine(await readSchema(), runScriptsWhole(adapterFactory));
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrationsList(),
      filters: noFilters,
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}

type MigrationRow = { migration_name: string; checksum: string; finished: boolean; rolled_back: boolean };

/**
 * Whether the database already records every migration of `prisma/migrations` as applied,
 * each with the checksum (SHA-256 of its migration.sql) of the file shipped, and none as
 * failed: then `applyMigrations` would apply nothing and the schema engine need not be
 * loaded. Anything else (no `_prisma_migrations` table yet, a migration missing, edited or
 * failed, a query that fails) answers false, and the schema engine decides as before.
 */
export async function migrationsUpToDate(queryRaw: <T>(sql: string) => Promise<T[]>): Promise<boolean> {
  try {
    const [table] = await queryRaw<{ present: boolean }>(
      `SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present`,
    );
    if (!table?.present) return false;
    const rows = await queryRaw<MigrationRow>(
      `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
         FROM _prisma_migrations`,
    );
    if (rows.some((row) => !row.finished && !row.rolled_back)) return false;
    const applied = new Map(
      rows.filter((row) => row.finished && !row.rolled_back).map((row) => [row.migration_name, row]),
    );
    const { migrationDirectories } = await readMigrationsList();
    return migrationDirectories.every(({ path, migrationFile }) => {
      const checksum = createHash("sha256").update(migrationFile.content.value).digest("hex");
      return applied.get(path)?.checksum === checksum;
    });
  } catch {
    return false;
  }
}

/**
 * The SQL that takes a database built from the existing migrations to the current
 * schema: applies them all on a throwaway in-memory PGlite, introspects it and diffs the
 * result against `schema.prisma`. An empty string means the migrations are up to date.
 */
export async function diffSchemaAgainstMigrations(): Promise<string> {
  const schema = await readSchema();
  const migrationsList = await readMigrationsList();
  const shadow = new PGlite();
  const engine = await openSchemaEngine(schema, new PrismaPGlite(shadow));
  try {
    let from: Parameters<typeof engine.diff>[0]["from"] = { tag: "empty" };
    if (migrationsList.migrationDirectories.length > 0) {
      await engine.applyMigrations({ migrationsList, filters: noFilters });
      const introspected = await engine.introspect({
        schema: { files: [schema] },
        baseDirectoryPath: prismaDir(),
        force: true,
        compositeTypeDepth: -1,
        namespaces: null,
      });
      from = { tag: "schemaDatamodel", files: [{ path: schema.path, content: introspected.schema.files[0]!.content }] };
    }
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = (result.stdout ?? "").trim();
    return sql === "" || sql === "-- This is an empty migration." ? "" : sql + "\n";
  } finally {
    engine.free();
    await shadow.close();
  }
}
