// The app's PGlite data folder is durable (docs/security.md, "Crashes"): PostgreSQL runs
// with fsync on and syncs its WAL with fsync, and each commit reaches a real fsync of a
// file in the data folder (as shipped, PGlite runs with fsync off and its Node file
// system drops fsync). The same on both server projects: it opens its own data folder.
import { mkdtemp, rm } from "node:fs/promises";
import { fsyncSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { durablePGliteOptions } from "@hemicycle/server/db/pglite-durable";
import { afterAll, expect, it } from "vitest";

const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

it("runs with fsync on and syncs a file for each commit, and the data is there on reopening", async () => {
  const dataDir = await mkdtemp(join(tmpdir(), "hc-durable-"));
  folders.push(dataDir);
  let syncs = 0;
  const countingSync = (fd: number) => {
    syncs++;
    fsyncSync(fd);
  };
  const db = new PGlite(durablePGliteOptions(dataDir, countingSync));
  const settings = await db.query<{ fsync: string; method: string }>(
    "SELECT current_setting('fsync') AS fsync, current_setting('wal_sync_method') AS method",
  );
  expect(settings.rows[0]).toEqual({ fsync: "on", method: "fsync" });

  await db.exec("CREATE TABLE kept (id int PRIMARY KEY)");
  const before = syncs;
  for (let id = 1; id <= 5; id++) await db.query("INSERT INTO kept VALUES ($1)", [id]);
  expect(syncs - before).toBeGreaterThanOrEqual(5);
  await db.close();

  const reopened = new PGlite(durablePGliteOptions(dataDir));
  expect((await reopened.query<{ n: number }>("SELECT count(*)::int AS n FROM kept")).rows[0]?.n).toBe(5);
  await reopened.close();
  // Two initdb-and-open of a durable folder: seconds when quiet, half a minute and more
  // on two cores shared with the rest of the suite.
}, 120_000);
