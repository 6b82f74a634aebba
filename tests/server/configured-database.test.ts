// Start-up and the database scripts (migrate, backup, restore) must open the same database:
// a backup of DATA_DIR itself instead of DATA_DIR/pglite read an empty, second database.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configuredDatabase } from "@hemicycle/server/data-dir";

describe("the configured database", () => {
  it("is the PGlite folder inside DATA_DIR, an absolute path, when no DATABASE_URL is set", () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "hc-data-")), "data");
    expect(configuredDatabase({ dataDir, databaseUrl: undefined })).toEqual({
      kind: "pglite",
      dataDir: join(dataDir, "pglite"),
    });
  });

  it("is PostgreSQL when DATABASE_URL is set", () => {
    const url = "postgres://hemicycle@localhost/hemicycle";
    expect(configuredDatabase({ dataDir: "./data", databaseUrl: url })).toEqual({ kind: "postgresql", url });
  });

  it("is the same for the server's start-up and every database script", async () => {
    const { readFile } = await import("node:fs/promises");
    const root = new URL("../../", import.meta.url);
    for (const file of [
      "server/src/main.ts",
      "server/scripts/migrate-apply.ts",
      "server/scripts/backup.ts",
      "server/scripts/restore.ts",
    ]) {
      expect(await readFile(new URL(file, root), "utf8"), file).toContain("configuredDatabase(config)");
    }
  });
});
