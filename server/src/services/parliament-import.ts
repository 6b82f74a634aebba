// A CSV of parliaments imported at once: every row is checked with the same schema as the
// create form, each bad row is reported by its line and column with the message code, and
// nothing is imported unless every row is good (one transaction, all or nothing). Names
// already in the file or in the registry are bad rows too.
import { CsvError, parse } from "csv-parse/sync";
import { CHAMBER_STRUCTURES, REGIONS } from "@hemicycle/shared/enums";
import { message, messageFromIssue, type Message } from "@hemicycle/shared/messages";
import type { Actor } from "@hemicycle/shared/policy";
import {
  MAX_IMPORT_ROWS,
  PARLIAMENT_CSV_COLUMNS,
  ZCreateParliamentInput,
  type ParliamentCsvColumn,
  type TCreateParliamentInput,
  type TImportParliamentsInput,
} from "@hemicycle/shared/schemas/parliaments";
import type { Db } from "../db/types.ts";
import { recordAudit } from "./audit.ts";

/** One problem of the file: its line (1 is the header), the column when one is at fault, and what is wrong. */
export type ImportProblem = { line: number; column: ParliamentCsvColumn | null; message: Message };

export type ParliamentImportResult =
  | { ok: true; rows: number; imported: number; dryRun: boolean }
  | { ok: false; rows: number; imported: 0; problems: ImportProblem[] };

const REQUIRED_COLUMNS: readonly ParliamentCsvColumn[] = ["name", "country", "region", "chambers"];
/** Reported errors stop there: a file that is wrong everywhere needs fixing, not a 2,000-row list. */
const MAX_PROBLEMS = 200;

/** The schema's field for each column, to put a schema issue back in its column. */
const COLUMN_OF_FIELD: Record<keyof TCreateParliamentInput, ParliamentCsvColumn> = {
  name: "name",
  countryCode: "country",
  region: "region",
  structure: "chambers",
  chamberNames: "chamberNames",
  website: "website",
};

type CsvRecord = { record: Record<string, string>; info: { lines: number } };

/** "East Africa", "east_africa" and "EAST_AFRICA" name the same region; anything else goes to the schema as typed. */
function enumValue<T extends string>(values: readonly T[], text: string): string {
  const key = text
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "_");
  return values.find((v) => v === key) ?? text.trim();
}

/** A row as the create form would send it. */
function toInput(row: Record<string, string>) {
  const chamberNames = (row.chamberNames ?? "")
    .split(/[;|]/)
    .map((n) => n.trim())
    .filter(Boolean);
  return {
    name: row.name ?? "",
    countryCode: row.country ?? "",
    region: enumValue(REGIONS, row.region ?? ""),
    structure: enumValue(CHAMBER_STRUCTURES, row.chambers ?? ""),
    chamberNames,
    website: row.website?.trim() ? row.website.trim() : null,
  };
}

function readCsv(csv: string): { records: CsvRecord[] } | { problem: ImportProblem } {
  try {
    const records = parse(csv, {
      columns: (header: string[]) => header.map((h) => h.trim()),
      bom: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      // One more than allowed, to tell a file over the limit from one at it.
      to: MAX_IMPORT_ROWS + 1,
    }) as CsvRecord[];
    return { records };
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === "number" ? error.lines : 1;
      return { problem: { line, column: null, message: message("invalidValue") } };
    }
    throw error;
  }
}

/** The header's problems: a required column missing, a column the import does not know. */
function headerProblems(csv: string): ImportProblem[] {
  const header = (parse(csv, { bom: true, to_line: 1, trim: true }) as string[][])[0] ?? [];
  const known = new Set<string>(PARLIAMENT_CSV_COLUMNS);
  const problems: ImportProblem[] = REQUIRED_COLUMNS.filter((c) => !header.includes(c)).map((column) => ({
    line: 1,
    column,
    message: message("required"),
  }));
  for (const name of header) {
    if (!known.has(name)) problems.push({ line: 1, column: null, message: message("invalidValue", { value: name }) });
  }
  return problems;
}

export async function importParliaments(
  db: Db,
  actor: Actor,
  input: TImportParliamentsInput,
): Promise<ParliamentImportResult> {
  const failed = (rows: number, problems: ImportProblem[]): ParliamentImportResult => ({
    ok: false,
    rows,
    imported: 0,
    problems: problems.slice(0, MAX_PROBLEMS),
  });
  if (!input.csv.trim()) return failed(0, [{ line: 1, column: null, message: message("required") }]);
  const read = readCsv(input.csv);
  if ("problem" in read) return failed(0, [read.problem]);
  const header = headerProblems(input.csv);
  if (header.length > 0) return failed(read.records.length, header);
  const { records } = read;
  if (records.length === 0) return failed(0, [{ line: 2, column: null, message: message("tooFew", { minimum: 1 }) }]);
  if (records.length > MAX_IMPORT_ROWS) {
    return failed(records.length, [
      { line: MAX_IMPORT_ROWS + 2, column: null, message: message("tooMany", { maximum: MAX_IMPORT_ROWS }) },
    ]);
  }

  const existing = new Set(
    (await db.parliament.findMany({ select: { name: true } })).map((p) => p.name.toLocaleLowerCase()),
  );
  const seen = new Map<string, number>();
  const problems: ImportProblem[] = [];
  const good: TCreateParliamentInput[] = [];
  for (const { record, info } of records) {
    const line = info.lines;
    const parsed = ZCreateParliamentInput.safeParse(toInput(record));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof TCreateParliamentInput | undefined;
        problems.push({ line, column: field ? COLUMN_OF_FIELD[field] : null, message: messageFromIssue(issue) });
      }
      continue;
    }
    const key = parsed.data.name.toLocaleLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({ line, column: "name", message: message("alreadyInUse", { line: earlier }) });
    } else if (existing.has(key)) {
      problems.push({ line, column: "name", message: message("alreadyInUse") });
    }
    seen.set(key, earlier ?? line);
    good.push(parsed.data);
  }
  if (problems.length > 0) return failed(records.length, problems);
  if (input.dryRun) return { ok: true, rows: records.length, imported: 0, dryRun: true };

  await db.$transaction(async (tx) => {
    const created = await tx.parliament.createManyAndReturn({
      data: good.map((p) => ({ ...p, website: p.website ?? null })),
      select: {
        id: true,
        name: true,
        countryCode: true,
        region: true,
        structure: true,
        chamberNames: true,
        website: true,
      },
    });
    for (const parliament of created) {
      await recordAudit(tx, actor, {
        action: "parliament.import",
        entityType: "parliament",
        entityId: parliament.id,
        after: parliament,
      });
    }
  });
  return { ok: true, rows: records.length, imported: good.length, dryRun: false };
}
