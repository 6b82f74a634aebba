// How an item's (or the roadmap's) field reads to a person: its label and its value in
// words. The conflict view and the item dialog share these.
import i18n from "../../../../lib/i18n.ts";
import { formatDate } from "../../../../lib/format.ts";
import type { EditableItemField, RoadmapItem } from "../../api/types.ts";

export type RoadmapDetailsField = "title" | "vision" | "horizonStart" | "horizonEnd";

export function fieldLabel(field: EditableItemField | RoadmapDetailsField): string {
  return i18n.t(`roadmap.field.${field}`);
}

/** A value of a field in words; "(empty)" for none. */
export function fieldText(field: EditableItemField | RoadmapDetailsField, value: unknown): string {
  if (value === null || value === undefined || value === "") return i18n.t("roadmap.noValue");
  switch (field) {
    case "area":
      return i18n.t(`ictArea.${value as RoadmapItem["area"]}`);
    case "priority":
      return i18n.t(`priority.${value as RoadmapItem["priority"]}`);
    case "term":
      return i18n.t(`term.${value as RoadmapItem["term"]}`);
    case "progress":
      return i18n.t(`progress.${value as RoadmapItem["progress"]}`);
    case "startDate":
    case "endDate":
      return value instanceof Date || typeof value === "string" ? formatDate(value) : String(value);
    case "costEstimate":
      return formatCost(String(value));
    default:
      return String(value);
  }
}

/**
 * "125000.50", "USD" → "USD 125,000.50", as the table writes it: the decimal string goes
 * to Intl as it is (no float), a currency Intl does not know is written beside the number.
 */
export function formatCost(cost: string, currency?: string | null): string {
  const amount = cost as `${number}`;
  const plain = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  if (currency) {
    try {
      return new Intl.NumberFormat(undefined, {
        ...plain,
        style: "currency",
        currency,
        currencyDisplay: "code",
      }).format(amount);
    } catch {
      // Not a currency Intl knows.
    }
  }
  const text = Number.isFinite(Number(cost)) ? new Intl.NumberFormat(undefined, plain).format(amount) : cost;
  return currency ? `${text} ${currency}` : text;
}

/** Two values of a field are the same (dates by day, costs by amount, empty text as none). */
export function sameFieldValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v === "" || v === undefined ? null : v);
  const x = norm(a);
  const y = norm(b);
  if (x instanceof Date || y instanceof Date) {
    return x instanceof Date && y instanceof Date && x.getTime() === y.getTime();
  }
  if (typeof x === "string" && typeof y === "string" && /^[\d.]+$/.test(x) && /^[\d.]+$/.test(y)) {
    return Number(x) === Number(y);
  }
  return x === y;
}
