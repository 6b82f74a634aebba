// Applying and creating migrations through the WASM schema engine. `applyMigrations`
// records each one in `_prisma_migrations` exactly as `prisma migrate deploy` does, so a
// machine that has Prisma's native engine can take over the same database.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { openSchemaEngine } from "./schema-engine.ts";

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
