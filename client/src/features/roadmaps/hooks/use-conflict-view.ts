// The conflict view's door: a save that comes back CONFLICT (someone else saved first)
// asks the editor's ConflictViewProvider to show both versions side by side and let the
// person choose. Outside the provider (a panel rendered on its own) there is no view:
// the caller falls back to saying the change was not saved.
import { createContext, useContext } from "react";
import { fieldLabel, fieldText, sameFieldValue, type LabelledField } from "../lib/field-values.ts";

export type ConflictRow = {
  field: string;
  label: string;
  /** Your change, in words. */
  mine: string;
  /** What is saved now, in words. */
  theirs: string;
  /** Theirs is the same as yours: nothing to choose for this field. */
  same: boolean;
};

export type ConflictCase = {
  /** What clashed, in a sentence ("“Open data portal” was changed by someone else…"). */
  subject: string;
  rows: ConflictRow[];
  /** Saves your change again over what is saved now; true when it was saved. */
  reapply: () => Promise<boolean>;
};

export const ConflictViewContext = createContext<((conflict: ConflictCase) => void) | null>(null);

/** Opens the conflict view, or null when no editor provides one. */
export function useShowConflict() {
  return useContext(ConflictViewContext);
}

/** A row per field: your value and theirs in words, and whether they are the same. */
export function conflictRows<F extends LabelledField>(
  fields: readonly F[],
  mine: Partial<Record<F, unknown>>,
  theirs: Partial<Record<F, unknown>>,
): ConflictRow[] {
  return fields.map((field) => ({
    field,
    label: fieldLabel(field),
    mine: fieldText(field, mine[field]),
    theirs: fieldText(field, theirs[field]),
    same: sameFieldValue(theirs[field], mine[field]),
  }));
}
