// What an edit of a finding changes: the fields its writer may change, the ones whose
// value differs from the record as loaded (only those are sent, on the version loaded),
// and the record a stale save is shown (the finding as saved now, and who saved it).
import type { TUpdateFindingInput } from "@hemicycle/shared/schemas/findings";
import type { FindingDetail } from "../api/findings.ts";
import type { FindingFormOutput } from "./finding-fields.tsx";

/** The fields a finding's writer changes (not its phase). */
export const EDITABLE_FINDING_FIELDS = [
  "title",
  "area",
  "subArea",
  "kind",
  "severity",
  "grade",
  "description",
  "evidence",
  "recommendation",
  "revisitsId",
  "revisitOutcome",
] as const;
export type EditableField = (typeof EDITABLE_FINDING_FIELDS)[number];
export type FindingChanges = Omit<TUpdateFindingInput, "id" | "version">;

/** The record a stale save is shown: the finding as saved now, and who saved it. */
export type SavedFinding = FindingDetail & { savedBy?: { id: string; name: string; at: Date } | null };

/** A stale save: the record as saved now, and the changes the user sent. */
export type FindingConflict = { current: SavedFinding; mine: FindingChanges };

export const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

/** The fields whose value differs from the record as loaded, with their new values. */
export function changesOf(base: FindingDetail, values: FindingFormOutput): FindingChanges {
  const changes: Record<string, unknown> = {};
  for (const field of EDITABLE_FINDING_FIELDS) {
    if (!same(values[field], base[field])) changes[field] = values[field] ?? null;
  }
  return changes as FindingChanges;
}
