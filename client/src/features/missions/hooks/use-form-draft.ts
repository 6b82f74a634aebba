// A half-filled form survives a reload: its values are kept in sessionStorage under a key
// naming the user and the page, restored on the next visit, and cleared once saved.
import { useEffect, useRef, useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";

const PREFIX = "hemicycle:draft:";

export function draftKey(userId: string, path: string): string {
  return `${PREFIX}${userId}:${path}`;
}

function readDraft(key: string): unknown {
  try {
    const raw = sessionStorage.getItem(key);
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

export function useFormDraft<T extends FieldValues>(form: UseFormReturn<T>, key: string) {
  const [restored, setRestored] = useState(() => readDraft(key) !== null);
  const cleared = useRef(false);
  // The form object is new on every render; its methods are not.
  const { reset, watch } = form;

  useEffect(() => {
    const draft = readDraft(key);
    if (draft && typeof draft === "object") {
      // Restored values count as changes: leaving asks first, as it would before the reload.
      reset(draft as T, { keepDefaultValues: true });
    }
    const subscription = watch((values) => {
      if (cleared.current) return;
      try {
        sessionStorage.setItem(key, JSON.stringify(values));
      } catch {
        // A full or disabled storage loses the draft, not the form.
      }
    });
    return () => subscription.unsubscribe();
  }, [reset, watch, key]);

  return {
    /** The form was filled from a draft left here before. */
    restored,
    /** Saved: the draft is gone and nothing writes it again. */
    clear() {
      cleared.current = true;
      sessionStorage.removeItem(key);
    },
    /** Start over from the form's defaults. */
    discard() {
      sessionStorage.removeItem(key);
      reset();
      setRestored(false);
    },
  };
}
