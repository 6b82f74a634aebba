// How the review words a roadmap's fields and their values: the field's label, enum
// values translated, dates as everywhere else in the app, costs with their currency (as
// the table writes them).
import i18n from "../../../../lib/i18n.ts";
import { formatDate } from "../../../../lib/format.ts";
import { formatCost } from "../table/format-money.ts";

/** The fields a comparison may name, with their catalogue key under `roadmapReview.field`. */
const FIELD_KEYS = {
  title: "roadmapReview.field.title",
  vision: "roadmapReview.field.vision",
  horizonStart: "roadmapReview.field.horizonStart",
  horizonEnd: "roadmapReview.field.horizonEnd",
  description: "roadmapReview.field.description",
  area: "roadmapReview.field.area",
  strategicObjective: "roadmapReview.field.strategicObjective",
  responsibleUnit: "roadmapReview.field.responsibleUnit",
  priority: "roadmapReview.field.priority",
  term: "roadmapReview.field.term",
  startDate: "roadmapReview.field.startDate",
  endDate: "roadmapReview.field.endDate",
  costEstimate: "roadmapReview.field.costEstimate",
  currency: "roadmapReview.field.currency",
  fundingSource: "roadmapReview.field.fundingSource",
  expectedBenefit: "roadmapReview.field.expectedBenefit",
  kpi: "roadmapReview.field.kpi",
  progress: "roadmapReview.field.progress",
  progressNote: "roadmapReview.field.progressNote",
  dependsOn: "roadmapReview.field.dependsOn",
  findings: "roadmapReview.field.findings",
} as const;

type KnownField = keyof typeof FIELD_KEYS;
const isKnownField = (field: string): field is KnownField => Object.hasOwn(FIELD_KEYS, field);

/** "Revision 3", or "The plan as it is now". */
export function revisionName(ref: number | "current"): string {
  return typeof ref === "number"
    ? i18n.t("roadmapReview.revision", { number: ref })
    : i18n.t("roadmapReview.compare.current");
}

export function fieldLabel(field: string): string {
  return isKnownField(field) ? i18n.t(FIELD_KEYS[field]) : field;
}

/** Texts long enough to be read as paragraphs, old above new, rather than on one line. */
export function isLongText(field: string): boolean {
  return ["vision", "description", "expectedBenefit", "progressNote", "kpi"].includes(field);
}

/** What a value is read against: the item's currency, for its cost. */
export type ValueContext = { currency?: string | null | undefined };

/**
 * A compared value as the person reads it; null when there is none (the caller says
 * "none"). The comparison sends text: enum codes, `YYYY-MM-DD` dates, decimal costs,
 * and dependencies and findings already as titles.
 */
export function formatFieldValue(field: string, value: string | null, context: ValueContext = {}): string | null {
  if (value === null || value === "") return null;
  switch (field) {
    case "area":
      return i18n.t(`ictArea.${value}` as "ictArea.GOV", { defaultValue: value });
    case "priority":
      return i18n.t(`priority.${value}` as "priority.HIGH", { defaultValue: value });
    case "term":
      return i18n.t(`term.${value}` as "term.SHORT", { defaultValue: value });
    case "progress":
      return i18n.t(`progress.${value}` as "progress.DONE", { defaultValue: value });
    case "startDate":
    case "endDate":
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(new Date(`${value}T00:00:00.000Z`)) : value;
    case "costEstimate":
      // As the table writes costs: the currency code and the cents, exactly.
      return formatCost(value, context.currency ?? null);
    default:
      return value;
  }
}
