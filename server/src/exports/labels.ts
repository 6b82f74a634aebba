// Every word the roadmap exports print, in the reader's language: the enum labels are the
// screens' (ictArea, priority, progress… in shared/locales/<language>.json) so a file reads
// like the screen it came from, and the file's own words are the catalogue's
// `roadmapExport` section. exportLabels(translator(language)) gives them for one language;
// EXPORT_LABELS is English, as a file reads without a language. docs/languages.md, "On the
// server".
import {
  ICT_AREA_CODES,
  PRIORITIES,
  PROGRESS_STATUSES,
  REVIEW_DECISIONS,
  REVISION_KINDS,
  ROADMAP_STATUSES,
  SEVERITIES,
  TERMS,
} from "@hemicycle/shared/enums";
import type { Language } from "@hemicycle/shared/languages";
import { translator, type TranslationKey, type Translator } from "../lib/translate.ts";

/** A section of enum labels ("priority" → { HIGH: "High", … }) in the translator's language. */
function enumLabels<V extends string>(t: Translator["t"], section: string, values: readonly V[]): Record<V, string> {
  return Object.fromEntries(values.map((value) => [value, t(`${section}.${value}` as TranslationKey)])) as Record<
    V,
    string
  >;
}

/** The CSV's columns, in order. */
const CSV_COLUMNS = [
  "position",
  "title",
  "description",
  "areaCode",
  "area",
  "strategicObjective",
  "responsibleUnit",
  "priority",
  "term",
  "startDate",
  "endDate",
  "costEstimate",
  "currency",
  "fundingSource",
  "expectedBenefit",
  "kpi",
  "progress",
  "progressNote",
  "dependsOn",
  "findings",
  "baselineStart",
  "baselineEnd",
  "baselineCost",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The PDF's words that take no value. */
const PDF_WORDS = [
  "documentKind",
  "mission",
  "parliament",
  "horizon",
  "status",
  "exported",
  "items",
  "totalCost",
  "vision",
  "noVision",
  "itemsByObjective",
  "noObjective",
  "noItems",
  "area",
  "unit",
  "priority",
  "term",
  "dates",
  "cost",
  "progress",
  "notScheduled",
  "notCosted",
  "timeline",
  "timelineNote",
  "baselineLegend",
  "exportDateLegend",
  "coverage",
  "severity",
  "validated",
  "answered",
  "unanswered",
  "noneUnanswered",
  "itemsWithoutFindings",
  "noneWithoutFindings",
  "endorsement",
  "noRevisions",
  "by",
  "unknownPerson",
] as const;

/** The words of the roadmap's CSV and PDF in one language. */
export function exportLabels(language: Translator) {
  const { t } = language;
  const pdfWords = Object.fromEntries(PDF_WORDS.map((word) => [word, t(`roadmapExport.pdf.${word}`)])) as Record<
    (typeof PDF_WORDS)[number],
    string
  >;
  return {
    language,
    ictArea: enumLabels(t, "ictArea", ICT_AREA_CODES),
    roadmapStatus: enumLabels(t, "roadmapStatus", ROADMAP_STATUSES),
    priority: enumLabels(t, "priority", PRIORITIES),
    term: enumLabels(t, "term", TERMS),
    progress: enumLabels(t, "progress", PROGRESS_STATUSES),
    revisionKind: enumLabels(t, "revisionKind", REVISION_KINDS),
    reviewDecision: enumLabels(t, "reviewDecision", REVIEW_DECISIONS),
    severity: enumLabels(t, "severity", SEVERITIES),

    /** The CSV's header row, in column order. */
    csv: Object.fromEntries(CSV_COLUMNS.map((column) => [column, t(`roadmapExport.csv.${column}`)])) as Record<
      CsvColumn,
      string
    >,

    pdf: {
      ...pdfWords,
      baseline: (revision: number) => t("roadmapExport.pdf.baseline", { revision }),
      itemCount: (count: number) => t("roadmapExport.pdf.itemCount", { count }),
      highCritical: (answered: number, total: number, percent: number | null) =>
        total === 0
          ? t("roadmapExport.pdf.highCriticalNone")
          : t("roadmapExport.pdf.highCritical", { answered, total, percent: percent ?? 0 }),
      andMore: (count: number) => t("roadmapExport.pdf.andMore", { count }),
      revision: (number: number) => t("roadmapExport.pdf.revision", { number }),
      on: (number: number) => t("roadmapExport.pdf.on", { number }),
      page: (number: number) => t("roadmapExport.pdf.page", { number }),
    },
  };
}

export type ExportLabels = ReturnType<typeof exportLabels>;

/** The exports' words in English. */
export const EXPORT_LABELS: ExportLabels = exportLabels(translator("en"));

const byLanguage = new Map<Language, ExportLabels>([["en", EXPORT_LABELS]]);

/** The exports' words in a language, made once. */
export function exportLabelsIn(language: Language): ExportLabels {
  let labels = byLanguage.get(language);
  if (!labels) {
    labels = exportLabels(translator(language));
    byLanguage.set(language, labels);
  }
  return labels;
}
