// Validated findings as CSV for spreadsheets: one row per finding the reader may see,
// filtered by mission, parliament and ICT area, oldest mission first, worded in the
// reader's language (the screens' catalogue: findingList.csv for the header, the enums'
// labels for the cells). The same file rules as the roadmap's CSV (roadmap-csv.ts): RFC
// 4180 by csv-stringify, UTF-8 with a byte order mark, and no cell a spreadsheet would
// run as a formula.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { setImmediate as afterPendingIo } from "node:timers/promises";
import type { Actor } from "@hemicycle/shared/policy";
import type { TFindingFilterInput } from "@hemicycle/shared/schemas/findings";
import { stringify } from "csv-stringify";
import type { Prisma } from "../db/generated/client.ts";
import type { Db } from "../db/types.ts";
import { missionScope, scoped } from "../access/scopes.ts";
import { findingListWhere } from "../services/finding-list.ts";
import { findingListSelect, findingTextFields, findingValidationFields } from "../services/finding-selects.ts";
import { translator, type TranslationKey, type Translator } from "../lib/translate.ts";
import { neutraliseFormula } from "./roadmap-csv.ts";

/** The filters the export takes: the list's, less the ones a file of validated findings has no use for. */
export type FindingExportFilters = Pick<TFindingFilterInput, "missionId" | "parliamentId" | "area">;

const COLUMNS = [
  "missionCode",
  "parliament",
  "phase",
  "area",
  "subArea",
  "kind",
  "severity",
  "grade",
  "title",
  "description",
  "evidence",
  "recommendation",
  "author",
  "validatedBy",
  "validatedAt",
] as const;
type Column = (typeof COLUMNS)[number];

/** The CSV's header row in a language, in column order (findingList.csv). */
export function findingCsvHeader({ t }: Translator): string[] {
  return COLUMNS.map((column) => t(`findingList.csv.${column}`));
}

/** The header in English, as the file reads without a language. */
export const FINDING_CSV_COLUMNS: Record<Column, string> = Object.fromEntries(
  COLUMNS.map((column) => [column, translator("en").t(`findingList.csv.${column}`)]),
) as Record<Column, string>;

/** Findings read per query: a large export never holds one long query or a big array. */
const PAGE_SIZE = 200;

/** The list's row with the texts and the validation a spreadsheet of findings holds. */
const exportSelect = {
  ...findingListSelect,
  ...findingTextFields,
  ...findingValidationFields,
} satisfies Prisma.FindingSelect;
type ExportFinding = Prisma.FindingGetPayload<{ select: typeof exportSelect }>;

// By mission, then its areas in their order, the most severe first; the id keeps it stable.
const exportOrder: Prisma.FindingOrderByWithRelationInput[] = [
  { phase: { mission: { code: "asc" } } },
  { area: "asc" },
  { severity: "desc" },
  { id: "asc" },
];

/** A sub-area in words, as the screens name it; its key as words if the catalogue has none. */
function subAreaWords({ t }: Translator, area: string, key: string): string {
  const path = `ictSubArea.${area}.${key}` as TranslationKey;
  const text = t(path);
  return text === path ? key.charAt(0).toUpperCase() + key.slice(1).replace(/-/g, " ") : text;
}

function row(language: Translator, f: ExportFinding): Record<Column, string> {
  const { t } = language;
  return {
    missionCode: f.phase.mission.code,
    parliament: f.phase.mission.parliament.name,
    phase: t(`phaseKind.${f.phase.kind}`),
    area: t(`ictArea.${f.area}`),
    subArea: f.subArea ? subAreaWords(language, f.area, f.subArea) : "",
    kind: t(`findingKind.${f.kind}`),
    severity: t(`severity.${f.severity}`),
    grade:
      f.grade === null
        ? ""
        : t("grade.withNumber", { number: f.grade, label: t(`grade.${f.grade}` as TranslationKey) }),
    title: f.title,
    description: f.description,
    evidence: f.evidence ?? "",
    recommendation: f.recommendation ?? "",
    author: f.author.name,
    validatedBy: f.validatedBy?.name ?? "",
    validatedAt: f.validatedAt ? f.validatedAt.toISOString().slice(0, 10) : "",
  };
}

async function* records(
  db: Db,
  actor: Actor,
  filters: FindingExportFilters,
  language: Translator,
): AsyncGenerator<string[]> {
  yield findingCsvHeader(language);
  // Validated only, whoever asks: the scope still decides which of them the reader sees.
  const where = findingListWhere(actor, { ...filters, status: "VALIDATED" });
  let cursor: string | undefined;
  for (;;) {
    const page = await db.finding.findMany({
      where,
      select: exportSelect,
      orderBy: exportOrder,
      take: PAGE_SIZE,
      ...(cursor === undefined ? {} : { cursor: { id: cursor }, skip: 1 }),
    });
    for (const finding of page) {
      const cells = row(language, finding);
      yield COLUMNS.map((column) => neutraliseFormula(cells[column]));
    }
    if (page.length < PAGE_SIZE) return;
    cursor = page.at(-1)!.id;
    // Other requests are served between pages (PGlite runs in this thread).
    await afterPendingIo();
  }
}

/**
 * The CSV of the validated findings the reader may see among the filters, as a stream
 * read from the database while it is sent. A failure half-way destroys the stream, which
 * ends the response rather than leaving a truncated file looking complete.
 */
export function findingsCsv(
  db: Db,
  actor: Actor,
  filters: FindingExportFilters,
  language: Translator = translator("en"),
): Readable {
  const out = stringify({ bom: true, record_delimiter: "windows" });
  pipeline(Readable.from(records(db, actor, filters, language)), out).catch((error: unknown) => {
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return out;
}

/** `findings-SADC-ZMB-2026-2026-11-29.csv`, or `findings-2026-11-29.csv` without a mission. */
export function findingsFileName(missionCode: string | null, today: Date): string {
  return `findings-${missionCode ? `${missionCode}-` : ""}${today.toISOString().slice(0, 10)}.csv`;
}

/**
 * The export's file name for `actor`, or null when its mission is out of their reach (the
 * same 404 as one that does not exist): the check the direct download and the export job
 * both make before writing a line.
 */
export async function findingsExportName(
  db: Db,
  actor: Actor,
  filters: FindingExportFilters,
  today: Date,
): Promise<string | null> {
  if (!filters.missionId) return findingsFileName(null, today);
  const mission = await db.mission.findFirst({
    where: scoped(missionScope(actor), { id: filters.missionId }),
    select: { code: true },
  });
  return mission ? findingsFileName(mission.code, today) : null;
}
