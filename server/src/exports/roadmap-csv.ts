// The roadmap as CSV for spreadsheets: one row per item with every field, in roadmap order.
// RFC 4180 (CRLF between records, fields quoted when they hold a comma, a quote or a line
// break, quotes doubled) by csv-stringify, UTF-8 with a byte order mark so that Excel reads
// the accents right, and no cell a spreadsheet would run as a formula.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { setImmediate as afterPendingIo } from "node:timers/promises";
import type { Actor } from "@hemicycle/shared/policy";
import { stringify } from "csv-stringify";
import type { Db } from "../db/types.ts";
import { EXPORT_LABELS, type CsvColumn, type ExportLabels } from "./labels.ts";
import { exportItemPages, loadExportBaseline, type ExportItem, type ExportRoadmap } from "./roadmap-export-data.ts";

/** Joins the titles of a list cell (dependencies, findings). */
const LIST_SEPARATOR = "; ";

const FORMULA_START = /^[=+\-@\t\r]/;

/** Rows written between two breaks for the event loop. */
const ROWS_BETWEEN_BREAKS = 100;

/**
 * A cell that a spreadsheet would read as a formula (it starts with `=`, `+`, `-`, `@`, a
 * tab or a carriage return: OWASP's CSV injection list) gets a leading apostrophe, so
 * `=HYPERLINK(…)` shows as text instead of running. A text that merely looks like a
 * negative number ("-5%") gets one too: the file holds no negative numbers of its own
 * (costs are never negative, dates start with a year).
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

type Column = CsvColumn;
type Baseline = Awaited<ReturnType<typeof loadExportBaseline>>;

const day = (date: Date | null) => (date === null ? "" : date.toISOString().slice(0, 10));

function row(labels: ExportLabels, item: ExportItem, baseline: Baseline): Record<Column, string> {
  const planned = baseline.get(item.id);
  return {
    position: String(item.position + 1),
    title: item.title,
    description: item.description ?? "",
    areaCode: item.area,
    area: labels.ictArea[item.area],
    strategicObjective: item.strategicObjective ?? "",
    responsibleUnit: item.responsibleUnit ?? "",
    priority: labels.priority[item.priority],
    term: labels.term[item.term],
    startDate: day(item.startDate),
    endDate: day(item.endDate),
    costEstimate: item.costEstimate ?? "",
    currency: item.currency ?? "",
    fundingSource: item.fundingSource ?? "",
    expectedBenefit: item.expectedBenefit ?? "",
    kpi: item.kpi ?? "",
    progress: labels.progress[item.progress],
    progressNote: item.progressNote ?? "",
    dependsOn: item.dependsOn.join(LIST_SEPARATOR),
    findings: item.findings.join(LIST_SEPARATOR),
    baselineStart: planned?.startDate ?? "",
    baselineEnd: planned?.endDate ?? "",
    baselineCost: planned?.costEstimate ?? "",
  };
}

const COLUMNS = Object.keys(EXPORT_LABELS.csv) as Column[];

async function* records(db: Db, actor: Actor, roadmap: ExportRoadmap, labels: ExportLabels): AsyncGenerator<string[]> {
  yield COLUMNS.map((column) => labels.csv[column]);
  const baseline = await loadExportBaseline(db, roadmap);
  let written = 0;
  for await (const page of exportItemPages(db, actor, { roadmapId: roadmap.id })) {
    for (const item of page) {
      const cells = row(labels, item, baseline);
      yield COLUMNS.map((column) => neutraliseFormula(cells[column]));
      // Other requests are served between rows now and then (PGlite runs in this thread).
      if (++written % ROWS_BETWEEN_BREAKS === 0) await afterPendingIo();
    }
  }
}

/**
 * The CSV of a roadmap the reader may see (the caller checked), as a stream that is read
 * from the database while it is sent, worded in the labels' language (the header and the
 * enums; dates stay ISO and costs plain decimals, for a spreadsheet to read). A failure
 * half-way destroys the stream, which ends the response rather than leaving a truncated
 * file looking complete.
 */
export function roadmapCsv(db: Db, actor: Actor, roadmap: ExportRoadmap, labels = EXPORT_LABELS): Readable {
  const out = stringify({ bom: true, record_delimiter: "windows" });
  pipeline(Readable.from(records(db, actor, roadmap, labels)), out).catch((error: unknown) => {
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return out;
}
