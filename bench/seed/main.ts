// `pnpm bench:seed [--scale <fraction>] [--seed <n>] [--database-url <url> | --data-dir <dir>] [--force]`:
// fills a database with the scale data set (bench/seed/README.md). DATABASE_URL (or
// --database-url) picks PostgreSQL, else the embedded PGlite in DATA_DIR (or --data-dir).
// Migrations are applied first; a database holding any row is refused unless --force,
// which empties it.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { openAndMigrate } from "../../server/src/db/database.ts";
import { DEFAULT_SEED, emptyDatabase, seedBench, tablesWithRows } from "./seed.ts";
import { stderrProgress } from "./writer.ts";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    seed: { type: "string" },
    "database-url": { type: "string" },
    "data-dir": { type: "string" },
    force: { type: "boolean", default: false },
  },
});
const scale = Number(values.scale);
if (!(scale > 0 && scale <= 10))
  throw new Error(`--scale takes a fraction of the full data set, e.g. 0.01 (got ${values.scale})`);
// Paths given on the command line are read from where the command was typed.
const cwd = process.env.INIT_CWD ?? process.cwd();
const url = values["database-url"] ?? (values["data-dir"] ? undefined : process.env.DATABASE_URL);
const dataDir = resolve(cwd, values["data-dir"] ?? process.env.DATA_DIR ?? "data", "pglite");

const started = performance.now();
const { db } = await openAndMigrate(url ? { kind: "postgresql", url, poolSize: 2 } : { kind: "pglite", dataDir });
try {
  const filled = await tablesWithRows(db);
  if (filled.length && !values.force) {
    console.error(
      `The database is not empty (${filled.slice(0, 5).join(", ")}${filled.length > 5 ? ", …" : ""}); add --force to empty it and seed again.`,
    );
    process.exitCode = 1;
  } else if (filled.length) {
    console.error(`--force: emptying the database (${filled.length} tables hold rows)`);
    await emptyDatabase(db);
  }
  if (!process.exitCode) {
    console.error(`Seeding ${db.kind === "postgresql" ? "PostgreSQL" : `PGlite in ${dataDir}`} at scale ${scale}`);
    const result = await seedBench(db, {
      scale,
      seed: values.seed === undefined ? DEFAULT_SEED : Number(values.seed),
      report: stderrProgress(),
    });
    const size = await db.prisma.$queryRawUnsafe<{ size: string }[]>(
      `SELECT pg_size_pretty(pg_database_size(current_database())) AS size`,
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`\nSeeded in ${seconds} s; database size ${size[0]!.size}.`);
    console.log(
      `Rows: ${Object.entries(result.rows)
        .map(([t, n]) => `${t} ${n.toLocaleString("en")}`)
        .join(", ")}`,
    );
    console.log(`Bench accounts (password "${result.password}"):`);
    for (const a of result.benchAccounts) console.log(`  ${a.email.padEnd(42)} ${a.note}`);
  }
} finally {
  await db.close();
}
