// Applies the migrations once to an in-memory PGlite and saves its data folder as a
// tarball. Each test file then loads that dump (~0.5 s) instead of migrating a fresh
// database itself (~4 s): the schema engine is the slow part, not PostgreSQL.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { migrateTemplate } from "./migrate-template.ts";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  const pglite = new PGlite();
  const { db, applied } = await migrateTemplate({ kind: "pglite", instance: pglite });
  if (applied.length === 0) throw new Error("No migration was applied to the PGlite template");
  await db.prisma.$disconnect();
  const dump = await pglite.dumpDataDir("none");
  await db.close();

  const dir = await mkdtemp(join(tmpdir(), "hc-pglite-template-"));
  const dumpPath = join(dir, "template.tar");
  await writeFile(dumpPath, new Uint8Array(await dump.arrayBuffer()));
  if (process.env.HC_TEST_TIMINGS) {
    console.log(
      `[server-pglite] template with ${applied.length} migrations in ${Math.round(performance.now() - started)} ms`,
    );
  }

  project.provide("databaseKind", "pglite");
  project.provide("pgliteDumpPath", dumpPath);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
