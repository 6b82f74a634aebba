// `pnpm db:backup [--out <file>]`: the configured database (DATABASE_URL, else the PGlite
// data folder) and the evidence files in one archive. See docs/security.md, "Backups".
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.ts";
import { configuredDatabase } from "../src/data-dir.ts";
import { backup } from "../src/db/backup.ts";
import { openDatabase } from "../src/db/database.ts";

const { values } = parseArgs({ options: { out: { type: "string" } } });
// Paths given on the command line are read from where the command was typed.
const cwd = process.env.INIT_CWD ?? process.cwd();
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const out = resolve(cwd, values.out ?? `backups/hemicycle-${stamp}.hcbackup.gz`);

const config = loadConfig();
const db = openDatabase(configuredDatabase(config));
try {
  const result = await backup(db, config.filesDir, out);
  console.log(`Backed up ${result.rows} rows in ${result.tables.length} tables and ${result.files} files to ${out}`);
} finally {
  await db.close();
}
