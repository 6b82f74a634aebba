// Applies the migrations once to an in-memory PGlite and saves its data folder as a
// tarball. Each test file then loads that dump instead of running initdb and the
// migrations itself (the notes measured ~0.5 s against ~4 s on a quiet machine).
// The dump is kept in node_modules/.cache, keyed by the migrations and the engine
// versions, so that a later run (say, one test file) skips building it again;
// HC_TEST_NO_CACHE=1 rebuilds it.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { prismaDir } from "@hemicycle/server/db/migrations";
import type { TestProject } from "vitest/node";
import { migrateTemplate } from "./migrate-template.ts";

const cacheDir = fileURLToPath(new URL("../node_modules/.cache/hemicycle-tests", import.meta.url));

export default async function setup(project: TestProject): Promise<void> {
  const started = performance.now();
  const dumpPath = join(cacheDir, `pglite-template-${await templateKey()}.tar`);
  let built = "from cache";
  if (process.env.HC_TEST_NO_CACHE || !existsSync(dumpPath)) {
    built = await buildTemplate(dumpPath);
  }
  if (process.env.HC_TEST_TIMINGS) {
    console.log(`[server-pglite] template ${built} in ${Math.round(performance.now() - started)} ms`);
  }
  project.provide("databaseKind", "pglite");
  project.provide("pgliteDumpPath", dumpPath);
}

async function buildTemplate(dumpPath: string): Promise<string> {
  const pglite = new PGlite();
  const { db, applied } = await migrateTemplate({ kind: "pglite", instance: pglite });
  if (applied.length === 0) throw new Error("No migration was applied to the PGlite template");
  await db.prisma.$disconnect();
  const dump = await pglite.dumpDataDir("none");
  await db.close();

  await mkdir(cacheDir, { recursive: true });
  // Older templates are of no use any more; a concurrent run may still read its own,
  // which the rename below never touches.
  for (const name of await readdir(cacheDir)) {
    if (name.startsWith("pglite-template-") && join(cacheDir, name) !== dumpPath && !name.endsWith(".partial")) {
      await rm(join(cacheDir, name), { force: true });
    }
  }
  // Written aside then renamed: a run starting meanwhile never reads half a file.
  const partial = `${dumpPath}.${process.pid}.partial`;
  await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
  await rename(partial, dumpPath);
  return `built with ${applied.length} migrations`;
}

/** Changes whenever a migration, PGlite or the schema engine changes. */
async function templateKey(): Promise<string> {
  const hash = createHash("sha256");
  const require = createRequire(import.meta.url);
  for (const pkg of ["@electric-sql/pglite", "@prisma/schema-engine-wasm"]) {
    hash.update(`${pkg}@${await packageVersion(require.resolve(pkg))}\n`);
  }
  const migrationsDir = join(prismaDir(), "migrations");
  const folders = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const folder of folders) {
    hash.update(`${folder}\n`);
    hash.update(await readFile(join(migrationsDir, folder, "migration.sql")));
  }
  return hash.digest("hex").slice(0, 16);
}

async function packageVersion(entry: string): Promise<string> {
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (!existsSync(manifest)) continue;
    const { name, version } = JSON.parse(await readFile(manifest, "utf8")) as { name?: string; version?: string };
    if (name && version) return version;
  }
  return "unknown";
}
