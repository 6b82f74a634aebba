// Labels of values that are not a closed enum in TypeScript (sub-areas are stored as
// strings); enum labels are plain t() keys such as `severity.HIGH`.
import type { IctArea } from "@hemicycle/shared/enums";
import i18n from "./i18n.ts";

export function subAreaLabel(area: IctArea, subArea: string): string {
  return i18n.t(`ictSubArea.${area}.${subArea}` as never, { defaultValue: subArea }) as string;
}

const GRADE_KEYS = ["grade.0", "grade.1", "grade.2", "grade.3", "grade.4", "grade.5"] as const;

/** IPU grade 0–5, e.g. "3 — Good". */
export function gradeLabel(grade: number): string {
  const key = GRADE_KEYS[grade];
  return key ? i18n.t("grade.withNumber", { number: grade, label: i18n.t(key) }) : String(grade);
}
