// Writing generated rows fast on either database: rows go in batches of a few megabytes as
// one JSON parameter, unpacked by PostgreSQL itself (json_populate_recordset), one
// statement per batch instead of one per row. On PostgreSQL the next batch is generated
// while the previous one is written. Progress (rows, rows/s, ETA) per table goes to a
// reporter, the CLI's progress bar on stderr.
import type { Database } from "../../server/src/db/database.ts";

/** Characters of JSON per statement: large enough to amortise a round trip, small enough for PGlite's memory. */
const BATCH_CHARS = 2_000_000;

export type Row = Record<string, string | number | boolean | null | string[]>;

export type TableProgress = { table: string; done: number; total: number; startedAt: number; finishedAt?: number };
export type ProgressReporter = (progress: TableProgress) => void;

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Writes one table's rows as they come; `total` is the count expected, for the progress bar. */
export class TableWriter {
  private batch: string[] = [];
  private chars = 0;
  private columns: string[] | undefined;
  private pending: Promise<unknown> = Promise.resolve();
  readonly progress: TableProgress;

  constructor(
    private readonly db: Database,
    readonly table: string,
    total: number,
    private readonly report: ProgressReporter = () => {},
  ) {
    this.progress = { table, done: 0, total, startedAt: performance.now() };
    report(this.progress);
  }

  /** Queues a row; the batch leaves once full. Await it: it waits for the previous batch when one is written. */
  async add(row: Row): Promise<void> {
    this.columns ??= Object.keys(row);
    const json = JSON.stringify(row);
    this.batch.push(json);
    this.chars += json.length + 1;
    if (this.chars >= BATCH_CHARS) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const rows = this.batch;
    const payload = `[${rows.join(",")}]`;
    this.batch = [];
    this.chars = 0;
    const columns = this.columns!.map(ident).join(", ");
    const sql = `INSERT INTO ${ident(this.table)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${ident(this.table)}, $1::json)`;
    // One batch in flight: PostgreSQL writes it while JavaScript builds the next one.
    await this.pending;
    this.pending = this.db.prisma.$executeRawUnsafe(sql, payload).then(() => {
      this.progress.done += rows.length;
      this.report(this.progress);
    });
    // PGlite runs in this thread: nothing to overlap with, and a queue would only hold memory.
    if (this.db.kind === "pglite") await this.pending;
  }

  /** Writes what is left and waits for it; returns the rows written. */
  async close(): Promise<number> {
    await this.flush();
    await this.pending;
    this.progress.finishedAt = performance.now();
    this.report(this.progress);
    return this.progress.done;
  }
}

/** Writes a list of rows to a table. */
export async function writeAll(db: Database, table: string, rows: readonly Row[], report?: ProgressReporter) {
  const writer = new TableWriter(db, table, rows.length, report);
  for (const row of rows) await writer.add(row);
  return writer.close();
}

/** A progress bar on stderr: the current table, rows written of the total, rows/s and the time left. */
export function stderrProgress(): ProgressReporter & { summary: () => TableProgress[] } {
  const seen = new Map<string, TableProgress>();
  let lastDraw = 0;
  const tty = process.stderr.isTTY;
  const fmt = (n: number) => Math.round(n).toLocaleString("en");
  const line = (p: TableProgress) => {
    const elapsed = ((p.finishedAt ?? performance.now()) - p.startedAt) / 1000;
    const rate = elapsed > 0 ? p.done / elapsed : 0;
    const share = p.total ? Math.min(1, p.done / p.total) : 1;
    const width = 24;
    const bar = "#".repeat(Math.round(share * width)).padEnd(width, ".");
    const eta = p.finishedAt
      ? `${elapsed.toFixed(1)} s`
      : rate > 0
        ? `ETA ${Math.ceil((p.total - p.done) / rate)} s`
        : "";
    return `${p.table.padEnd(26)} [${bar}] ${fmt(p.done).padStart(9)}/${fmt(p.total).padEnd(9)} ${fmt(rate).padStart(8)} rows/s  ${eta}`;
  };
  const reporter = (p: TableProgress) => {
    seen.set(p.table, p);
    const now = performance.now();
    if (p.finishedAt !== undefined) {
      process.stderr.write(tty ? `\r\x1b[K${line(p)}\n` : `${line(p)}\n`);
      lastDraw = now;
    } else if (tty && now - lastDraw > 100) {
      process.stderr.write(`\r\x1b[K${line(p)}`);
      lastDraw = now;
    } else if (!tty && now - lastDraw > 10_000) {
      process.stderr.write(`${line(p)}\n`);
      lastDraw = now;
    }
  };
  return Object.assign(reporter, { summary: () => [...seen.values()] });
}
