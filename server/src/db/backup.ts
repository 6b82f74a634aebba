// Backups of the whole application, the same on PostgreSQL and the embedded PGlite, with
// no pg_dump needed: one gzip file of lines, taken through the app's own connection.
//
//   H <header JSON>                      format, time, migrations, tables and their columns
//   R <table> <row JSON>                 one row, as PostgreSQL's row_to_json wrote it
//   F <path JSON> <base64>               one evidence file, relative to the files folder
//   E <totals JSON>                      the end: an archive cut short is refused
//
// Rows stay the text PostgreSQL wrote (never parsed by JavaScript, so decimals, timestamps
// and JSON keep every digit) and go back through json_populate_recordset. Tables come in
// foreign-key order. The restore runs in one transaction, with the tables' own triggers
// (the append-only audit log's among them) switched off inside it, so it needs the
// database owner's role, the one that runs the migrations. See docs/security.md, "Backups".
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { createInterface } from "node:readline";
import { once } from "node:events";
import { createGunzip, createGzip } from "node:zlib";
import { randomBytes } from "node:crypto";
import { ensurePrivateDir } from "../data-dir.ts";
import type { Database } from "./database.ts";
import { readMigrationsList } from "./migrations.ts";

const FORMAT = "hemicycle-backup";
const VERSION = 1;
/** Rows sent to the database in one statement when restoring. */
const BATCH_ROWS = 500;
const BATCH_CHARS = 4_000_000;
/** Generous: a restore or a backup of a large database is one long transaction. */
const TRANSACTION_TIMEOUT_MS = 60 * 60 * 1000;

type TableInfo = { name: string; columns: string[]; rows: number };
type Header = {
  format: string;
  version: number;
  createdAt: string;
  databaseKind: string;
  migrations: string[];
  tables: TableInfo[];
};
type Totals = { rows: number; files: number };

/** Thrown when a restore is refused; the database and the files are untouched. */
export class BackupRefused extends Error {}

type Tx = Pick<Database["prisma"], "$queryRawUnsafe" | "$executeRawUnsafe">;

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The application's tables (all of schema public but Prisma's migration log), parents before children. */
async function tablesInOrder(
  tx: Tx,
): Promise<{ name: string; columns: string[]; selfRefs: string[]; key: string[] }[]> {
  const tables = await tx.$queryRawUnsafe<{ name: string }[]>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
      ORDER BY c.relname`,
  );
  const columns = await tx.$queryRawUnsafe<{ table: string; column: string }[]>(
    `SELECT c.relname AS "table", a.attname AS "column" FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY c.relname, a.attnum`,
  );
  const foreignKeys = await tx.$queryRawUnsafe<{ child: string; parent: string; columns: string[] }[]>(
    `SELECT ch.relname AS child, pa.relname AS parent,
            ARRAY(SELECT attname FROM pg_attribute WHERE attrelid = k.conrelid AND attnum = ANY(k.conkey))::text[] AS columns
       FROM pg_constraint k JOIN pg_class ch ON ch.oid = k.conrelid JOIN pg_class pa ON pa.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = ch.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public'`,
  );
  const keys = await tx.$queryRawUnsafe<{ table: string; columns: string[] }[]>(
    `SELECT c.relname AS "table",
            ARRAY(SELECT attname FROM pg_attribute WHERE attrelid = i.indrelid AND attnum = ANY(i.indkey))::text[] AS columns
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE i.indisprimary AND n.nspname = 'public'`,
  );
  const parents = new Map<string, Set<string>>(tables.map((t) => [t.name, new Set<string>()]));
  for (const fk of foreignKeys) if (fk.child !== fk.parent) parents.get(fk.child)?.add(fk.parent);
  const ordered: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string) => {
    if (state.get(name) === "done") return;
    if (state.get(name) === "visiting") throw new Error(`Foreign keys form a cycle through ${name}`);
    state.set(name, "visiting");
    for (const parent of [...(parents.get(name) ?? [])].sort()) visit(parent);
    state.set(name, "done");
    ordered.push(name);
  };
  for (const t of tables) visit(t.name);
  return ordered.map((name) => ({
    name,
    columns: columns.filter((c) => c.table === name).map((c) => c.column),
    // A table pointing at itself (a finding revisiting another) gets those columns set
    // after all its rows are in, whatever order the rows come in.
    selfRefs: foreignKeys.filter((fk) => fk.child === name && fk.parent === name).flatMap((fk) => fk.columns),
    key: keys.find((k) => k.table === name)?.columns ?? [],
  }));
}

async function appliedMigrations(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRawUnsafe<{ name: string }[]>(
    `SELECT migration_name AS name FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.name);
}

/** Every regular file under `dir` (the store's unfinished uploads in .incoming/ left out), as relative paths. */
async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((path) => path.split(sep)[0] !== ".incoming")
    .sort();
}

/** Writes a backup of the database and the files folder to `outFile`; returns what it holds. */
export async function backup(
  db: Database,
  filesDir: string,
  outFile: string,
): Promise<Totals & { tables: TableInfo[] }> {
  await mkdir(dirname(resolve(outFile)), { recursive: true });
  const gzip = createGzip();
  const out = createWriteStream(outFile, { mode: 0o600 });
  gzip.pipe(out);
  const write = async (line: string) => {
    if (!gzip.write(line + "\n")) await once(gzip, "drain");
  };
  const totals: Totals = { rows: 0, files: 0 };
  let tables: TableInfo[] = [];
  try {
    // One snapshot for every table: rows written during the backup are all in or all out.
    await db.prisma.$transaction(
      async (tx) => {
        const order = await tablesInOrder(tx);
        const counts = await Promise.all(
          order.map((t) =>
            tx.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${ident(t.name)}`).then((r) => r[0]!.n),
          ),
        );
        tables = order.map((t, i) => ({ name: t.name, columns: t.columns, rows: counts[i]! }));
        const header: Header = {
          format: FORMAT,
          version: VERSION,
          createdAt: new Date().toISOString(),
          databaseKind: db.kind,
          migrations: await appliedMigrations(tx),
          tables,
        };
        await write(`H\t${JSON.stringify(header)}`);
        for (const table of order) {
          const rows = await tx.$queryRawUnsafe<{ j: string }[]>(
            `SELECT row_to_json(t)::text AS j FROM ${ident(table.name)} t`,
          );
          for (const row of rows) await write(`R\t${table.name}\t${row.j}`);
          totals.rows += rows.length;
        }
      },
      {
        timeout: TRANSACTION_TIMEOUT_MS,
        maxWait: 60_000,
        ...(db.kind === "postgresql" ? { isolationLevel: "RepeatableRead" as const } : {}),
      },
    );
    for (const path of await listFiles(filesDir)) {
      const bytes = await readFile(join(filesDir, path));
      await write(`F\t${JSON.stringify(path.split(sep).join("/"))}\t${bytes.toString("base64")}`);
      totals.files++;
    }
    await write(`E\t${JSON.stringify(totals)}`);
    gzip.end();
    await once(out, "close");
  } catch (error) {
    gzip.destroy();
    out.destroy();
    await rm(outFile, { force: true });
    throw error;
  }
  return { ...totals, tables };
}

type Line =
  | { kind: "H"; header: Header }
  | { kind: "R"; table: string; json: string }
  | { kind: "F"; path: string; base64: string }
  | { kind: "E"; totals: Totals };

async function* readLines(file: string): AsyncGenerator<Line> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line === "") continue;
    const kind = line[0];
    const first = line.indexOf("\t");
    if (first !== 1) throw new BackupRefused("Not a Hemicycle backup (or a damaged one)");
    const rest = line.slice(2);
    if (kind === "H") yield { kind, header: JSON.parse(rest) as Header };
    else if (kind === "E") yield { kind, totals: JSON.parse(rest) as Totals };
    else if (kind === "R" || kind === "F") {
      const tab = rest.indexOf("\t");
      if (tab < 0) throw new BackupRefused("A damaged backup (a line without its value)");
      if (kind === "R") yield { kind, table: rest.slice(0, tab), json: rest.slice(tab + 1) };
      else yield { kind, path: JSON.parse(rest.slice(0, tab)) as string, base64: rest.slice(tab + 1) };
    } else throw new BackupRefused("Not a Hemicycle backup (or a damaged one)");
  }
}

/** Reads the archive's header and checks that it is whole (its end line is there). */
export async function readBackupHeader(file: string): Promise<{ header: Header; totals: Totals }> {
  let header: Header | undefined;
  let totals: Totals | undefined;
  try {
    for await (const line of readLines(file)) {
      if (line.kind === "H") header = line.header;
      if (line.kind === "E") totals = line.totals;
    }
  } catch (error) {
    if (error instanceof BackupRefused) throw error;
    throw new BackupRefused(`Cannot read the backup: ${(error as Error).message}`);
  }
  if (!header || header.format !== FORMAT) throw new BackupRefused("Not a Hemicycle backup");
  if (header.version !== VERSION) throw new BackupRefused(`Backup format version ${header.version} is not supported`);
  if (!totals) throw new BackupRefused("The backup is incomplete (it ends before its last line)");
  return { header, totals };
}

export type RestoreOptions = { force?: boolean };

/**
 * Restores an archive into `db` (already migrated to this code's migrations) and `filesDir`.
 * Refuses, changing nothing, when the database holds any row or the files folder any file
 * (unless `force`), when the archive was taken at a migration this code does not know, or
 * when it is damaged. The database is replaced in one transaction; the files are written
 * to a folder beside `filesDir` first and swapped in after the database committed.
 */
export async function restore(
  db: Database,
  filesDir: string,
  file: string,
  options: RestoreOptions = {},
): Promise<Totals> {
  const { header, totals } = await readBackupHeader(file);
  const known = new Set((await readMigrationsList()).migrationDirectories.map((m) => m.path));
  const unknown = header.migrations.filter((m) => !known.has(m));
  if (unknown.length) {
    throw new BackupRefused(
      `The backup was taken by a newer Hemicycle (migrations this code does not know: ${unknown.join(", ")}); restore it with that version or later`,
    );
  }
  const applied = await appliedMigrations(db.prisma);
  const pending = [...known].filter((m) => !applied.includes(m));
  if (pending.length) throw new BackupRefused(`The database lacks migrations ${pending.join(", ")}: migrate it first`);

  const order = await tablesInOrder(db.prisma);
  const byName = new Map(order.map((t) => [t.name, t]));
  for (const t of header.tables) {
    const table = byName.get(t.name);
    if (!table) throw new BackupRefused(`The backup has table ${t.name}, which this database does not`);
    const missing = t.columns.filter((c) => !table.columns.includes(c));
    if (missing.length)
      throw new BackupRefused(`The backup has columns ${t.name}.${missing.join(", ")}, which this database does not`);
  }
  if (!options.force) {
    const filled: string[] = [];
    for (const t of order) {
      const rows = await db.prisma.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM ${ident(t.name)} LIMIT 1`);
      if (rows.length) filled.push(t.name);
    }
    if (filled.length) {
      throw new BackupRefused(
        `The database is not empty (${filled.slice(0, 5).join(", ")}${filled.length > 5 ? ", …" : ""}); add --force to replace it`,
      );
    }
    if ((await listFiles(filesDir)).length) {
      throw new BackupRefused(`The files folder ${filesDir} is not empty; add --force to replace it`);
    }
  }

  // The files first, into a folder of their own: nothing of the live folder changes yet.
  const staging = `${resolve(filesDir)}.restoring-${randomBytes(4).toString("hex")}`;
  ensurePrivateDir(staging);
  try {
    let files = 0;
    for await (const line of readLines(file)) {
      if (line.kind !== "F") continue;
      const target = resolve(staging, line.path);
      if (!target.startsWith(staging + sep))
        throw new BackupRefused(`The backup names a file outside its folder: ${line.path}`);
      await mkdir(dirname(target), { recursive: true, mode: 0o700 });
      await writeFile(target, Buffer.from(line.base64, "base64"), { mode: 0o600 });
      files++;
    }
    if (files !== totals.files)
      throw new BackupRefused(`The backup announces ${totals.files} files but holds ${files}`);

    await db.prisma.$transaction(
      async (tx) => {
        // The tables' own triggers (append-only logs refusing TRUNCATE, UPDATE and DELETE)
        // are off for this transaction only; the foreign keys stay checked.
        for (const t of order) await tx.$executeRawUnsafe(`ALTER TABLE ${ident(t.name)} DISABLE TRIGGER USER`);
        if (order.length) await tx.$executeRawUnsafe(`TRUNCATE ${order.map((t) => ident(t.name)).join(", ")}`);
        const tablesIn = new Map(header.tables.map((t) => [t.name, t]));
        let batch: string[] = [];
        let batchChars = 0;
        let current: string | undefined;
        const counted = new Map<string, number>();
        const selfRefRows = new Map<string, string[]>();
        const flush = async () => {
          if (!current || !batch.length) return;
          const table = byName.get(current)!;
          const columns = tablesIn.get(current)!.columns.filter((c) => !table.selfRefs.includes(c));
          const list = columns.map(ident).join(", ");
          const json = `[${batch.join(",")}]`;
          await tx.$executeRawUnsafe(
            `INSERT INTO ${ident(current)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${ident(current)}, $1::json)`,
            json,
          );
          if (table.selfRefs.length) selfRefRows.set(current, [...(selfRefRows.get(current) ?? []), json]);
          batch = [];
          batchChars = 0;
        };
        for await (const line of readLines(file)) {
          if (line.kind !== "R") continue;
          if (!tablesIn.has(line.table))
            throw new BackupRefused(`A row for table ${line.table}, absent from the header`);
          if (line.table !== current || batch.length >= BATCH_ROWS || batchChars >= BATCH_CHARS) {
            await flush();
            current = line.table;
          }
          batch.push(line.json);
          batchChars += line.json.length;
          counted.set(line.table, (counted.get(line.table) ?? 0) + 1);
        }
        await flush();
        for (const [name, batches] of selfRefRows) {
          const table = byName.get(name)!;
          const set = table.selfRefs.map((c) => `${ident(c)} = j.${ident(c)}`).join(", ");
          const match = table.key.map((c) => `t.${ident(c)} = j.${ident(c)}`).join(" AND ");
          for (const json of batches) {
            await tx.$executeRawUnsafe(
              `UPDATE ${ident(name)} t SET ${set} FROM json_populate_recordset(NULL::${ident(name)}, $1::json) j WHERE ${match}`,
              json,
            );
          }
        }
        for (const t of header.tables) {
          if ((counted.get(t.name) ?? 0) !== t.rows) {
            throw new BackupRefused(
              `The backup announces ${t.rows} rows of ${t.name} but holds ${counted.get(t.name) ?? 0}`,
            );
          }
        }
        await resetSequences(tx);
        for (const t of order) await tx.$executeRawUnsafe(`ALTER TABLE ${ident(t.name)} ENABLE TRIGGER USER`);
        // The dashboard's counters follow from the rows restored with the triggers off (and a
        // backup older than them holds none): recounted here (migration dashboard_rollups).
        await tx.$queryRawUnsafe(`SELECT "dashboard_tallies_rebuild"()::text`);
      },
      { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 60_000 },
    );

    // The database holds the backup: now the files take the live folder's place.
    await rm(filesDir, { recursive: true, force: true });
    await mkdir(dirname(resolve(filesDir)), { recursive: true });
    await rename(staging, filesDir);
    return { rows: [...header.tables].reduce((n, t) => n + t.rows, 0), files };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Sequences (serial and identity columns) continue after the restored rows. */
async function resetSequences(tx: Tx) {
  const sequences = await tx.$queryRawUnsafe<{ table: string; column: string; sequence: string }[]>(
    `SELECT table_name AS "table", column_name AS "column",
            pg_get_serial_sequence(quote_ident(table_name), column_name) AS sequence
       FROM information_schema.columns
      WHERE table_schema = 'public' AND pg_get_serial_sequence(quote_ident(table_name), column_name) IS NOT NULL`,
  );
  for (const s of sequences) {
    await tx.$queryRawUnsafe(
      `SELECT setval($1::regclass, COALESCE((SELECT max(${ident(s.column)}) FROM ${ident(s.table)}), 0) + 1, false)`,
      s.sequence,
    );
  }
}
