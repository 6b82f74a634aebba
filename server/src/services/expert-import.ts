// Experts from a CSV file: every row is read with the same schema as the create form, and
// the file is imported whole or not at all. A file with any bad row answers with every
// problem found, by line and column, and writes nothing.
import { parse } from "csv-parse/sync";
import { message, messageFromIssue, type Message } from "@hemicycle/shared/messages";
import type { Actor } from "@hemicycle/shared/policy";
import {
  EXPERT_CSV_COLUMNS,
  ZCreateExpertInput,
  type ExpertCsvColumn,
  type TCreateExpertInput,
  type TImportExpertsCsvInput,
} from "@hemicycle/shared/schemas/experts";
import type { Db, DbOrTx } from "../db/types.ts";
import { recordAudit } from "./audit.ts";

/** One problem in the file: its line (1 is the header), the column if one is at fault, and what is wrong. */
export type ImportProblem = { line: number; column: ExpertCsvColumn | null; message: Message };

export type ImportExpertsResult = { ok: true; imported: number } | { ok: false; problems: ImportProblem[] };

/** A file full of mistakes answers with its first problems, not with a report larger than itself. */
const MAX_PROBLEMS = 200;

/** Which CSV column a field of the create form comes from. */
const COLUMN_OF_FIELD: Record<string, ExpertCsvColumn> = {
  name: "name",
  email: "email",
  institution: "institution",
  countryCode: "country",
  areas: "areas",
  languages: "languages",
  unavailability: "unavailable",
};

type Row = { line: number; cells: Record<ExpertCsvColumn, string> };

/** `a;b; c` → `["a", "b", "c"]`: the list columns are separated by semicolons. */
function list(cell: string): string[] {
  return cell
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The form's fields from one row, as text: the schema turns and checks them. */
function fieldsOf(cells: Record<ExpertCsvColumn, string>) {
  return {
    name: cells.name,
    email: cells.email || null,
    institution: cells.institution,
    countryCode: cells.country,
    areas: list(cells.areas).map((code) => code.toUpperCase()),
    languages: list(cells.languages),
    // `2027-01-01..2027-01-15`; a period without `..` fails on its end date.
    unavailability: list(cells.unavailable).map((period) => {
      const [startDate = "", endDate = ""] = period.split("..").map((part) => part.trim());
      return { startDate, endDate, reason: null };
    }),
  };
}

type Parsed = { rows: Row[]; problems: ImportProblem[] };

/** The rows of the file under its header, or the problems that stop it from being read. */
function readFile(csv: string): Parsed {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes with where it was read (csv-parse's types do not follow the option).
    records = parse(csv, {
      bom: true,
      info: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === "number" ? (error as { lines: number }).lines : 1;
    return { rows: [], problems: [{ line, column: null, message: message("csvUnreadable") }] };
  }
  const [header, ...body] = records;
  const names = header?.record.map((name) => name.toLowerCase()) ?? [];
  const expected = EXPERT_CSV_COLUMNS.join(", ");
  if (names.length !== EXPERT_CSV_COLUMNS.length || EXPERT_CSV_COLUMNS.some((column) => !names.includes(column))) {
    return { rows: [], problems: [{ line: 1, column: null, message: message("csvColumns", { expected }) }] };
  }
  const rows: Row[] = [];
  const problems: ImportProblem[] = [];
  for (const { record, info } of body) {
    if (record.length !== names.length) {
      problems.push({ line: info.lines, column: null, message: message("csvUnreadable") });
      continue;
    }
    const cells = Object.fromEntries(names.map((name, i) => [name, record[i] ?? ""])) as Row["cells"];
    rows.push({ line: info.lines, cells });
  }
  return { rows, problems };
}

/** Every row checked with the create form's schema, and e-mail addresses used twice in the file. */
function checkRows(rows: Row[], problems: ImportProblem[]) {
  const valid: { line: number; expert: TCreateExpertInput }[] = [];
  const lineOfEmail = new Map<string, number>();
  for (const { line, cells } of rows) {
    const result = ZCreateExpertInput.safeParse(fieldsOf(cells));
    if (!result.success) {
      // One problem per cell: a period without its end is not also "ending before its start".
      const columns = new Set<ExpertCsvColumn | null>();
      for (const issue of result.error.issues) {
        const column = COLUMN_OF_FIELD[String(issue.path[0] ?? "")] ?? null;
        if (columns.has(column)) continue;
        columns.add(column);
        problems.push({ line, column, message: messageFromIssue(issue) });
      }
      continue;
    }
    const email = result.data.email;
    const first = email ? lineOfEmail.get(email) : undefined;
    if (first !== undefined) {
      problems.push({ line, column: "email", message: message("duplicateInFile", { line: first }) });
      continue;
    }
    if (email) lineOfEmail.set(email, line);
    valid.push({ line, expert: result.data });
  }
  return valid;
}

/** E-mail addresses already in the directory. */
async function emailsInUse(db: DbOrTx, rows: { line: number; expert: TCreateExpertInput }[]) {
  const emails = rows.flatMap(({ expert }) => (expert.email ? [expert.email] : []));
  if (!emails.length) return [];
  const taken = await db.expert.findMany({ where: { email: { in: emails } }, select: { email: true } });
  const takenSet = new Set(taken.map((e) => e.email));
  return rows
    .filter(({ expert }) => expert.email && takenSet.has(expert.email))
    .map(({ line }): ImportProblem => ({ line, column: "email", message: message("alreadyInUse") }));
}

const byLine = (a: ImportProblem, b: ImportProblem) => a.line - b.line;

export async function importExpertsCsv(
  db: Db,
  actor: Actor,
  input: TImportExpertsCsvInput,
): Promise<ImportExpertsResult> {
  const { rows, problems } = readFile(input.csv);
  const valid = checkRows(rows, problems);
  if (!problems.length && !valid.length) {
    // A header alone: nothing to import is not a success to report.
    problems.push({ line: 2, column: null, message: message("required") });
  }
  return db.$transaction(async (tx) => {
    problems.push(...(await emailsInUse(tx, valid)));
    if (problems.length) return { ok: false, problems: problems.sort(byLine).slice(0, MAX_PROBLEMS) };
    for (const { expert } of valid) {
      const { unavailability, ...fields } = expert;
      const created = await tx.expert.create({
        data: { ...fields, email: fields.email ?? null, unavailability: { create: unavailability } },
        select: {
          id: true,
          name: true,
          email: true,
          institution: true,
          countryCode: true,
          areas: true,
          languages: true,
        },
      });
      await recordAudit(tx, actor, {
        action: "expert.import",
        entityType: "expert",
        entityId: created.id,
        after: created,
      });
    }
    return { ok: true, imported: valid.length };
  });
}
