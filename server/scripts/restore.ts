// `pnpm db:restore <file> [--force]`: puts a backup of `pnpm db:backup` back into the
// configured database and files folder. Refuses a database or folder that holds anything
// unless --force. See docs/security.md, "Backups".
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.ts";
import { configuredDatabase } from "../src/data-dir.ts";
import { BackupRefused, restore } from "../src/db/backup.ts";
import { openAndMigrate } from "../src/db/database.ts";

const { values, positionals } = parseArgs({ options: { force: { type: "boolean" } }, allowPositionals: true });
if (positionals.length !== 1) {
  console.error("Usage: pnpm db:restore <file> [--force]");
  process.exit(2);
}
const file = resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);

const config = loadConfig();
const { db } = await openAndMigrate(configuredDatabase(config));
try {
  const result = await restore(db, config.filesDir, file, { force: values.force ?? false });
  console.log(`Restored ${result.rows} rows and ${result.files} files from ${file}`);
} catch (error) {
  if (!(error instanceof BackupRefused)) throw error;
  console.error(`Restore refused: ${error.message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
