// Saving an item's form (the editor's whole item, the progress editor) through
// useSaveItem, on the item as the form was opened: that is what the changes are measured
// against and whose version is sent, even if a live refresh brings a newer one meanwhile,
// so that someone else's save opens the conflict view instead of being overwritten.
import { useState } from "react";
import type { ItemPatch, Roadmap, RoadmapItem } from "../api/types.ts";
import { useSaveItem } from "../api/use-save-item.ts";

export type FormSaveResult = {
  saved: boolean;
  /** Saved, or handed to the conflict view (which holds the form's values now): the form can close. */
  done: boolean;
};

export function useItemFormSave(roadmap: Roadmap, item: RoadmapItem) {
  const { save } = useSaveItem(roadmap);
  const [base] = useState(item);
  const [saving, setSaving] = useState(false);

  /** Saves `patch` over the item as opened; a refusal (field errors…) goes to `showError`, by the fields. */
  async function submit(patch: ItemPatch, showError: (error: unknown) => void): Promise<FormSaveResult> {
    setSaving(true);
    let conflicted = false;
    const saved = await save(base, patch, {
      onRefused: (error) => {
        showError(error);
        return true;
      },
      onConflict: () => {
        conflicted = true;
      },
    });
    setSaving(false);
    return { saved, done: saved || conflicted };
  }

  return { base, saving, changedMeanwhile: item.version !== base.version, submit };
}
