// The part every form that edits a versioned record shares: the record as last loaded
// (its version goes with the update, changes are measured against it), and a stale save
// answered by the server with the record as it is now, which the form reloads and says so
// (docs/design.md, "Concurrent edits").
import { useState } from "react";
import { currentRecordOf, isStaleVersion } from "../../lib/errors.ts";

type VersionedRecordOptions<R> = {
  /** The record being edited, or undefined on a form that creates one. */
  initial: R;
  /** Puts the saved record's values back into the form. */
  reload: (current: NonNullable<R>) => void;
};

export function useVersionedRecord<R>({ initial, reload }: VersionedRecordOptions<R>) {
  const [base, setBase] = useState(initial);
  const [stale, setStale] = useState(false);

  return {
    /** The record as last loaded. */
    base,
    /** The last save met someone else's: the form now holds the saved record. */
    stale,
    /** A new save begins: the stale notice goes. */
    startSave: () => setStale(false),
    /** True when `error` was a stale version, now reloaded into the form. */
    takeStale(error: unknown): boolean {
      if (!isStaleVersion(error)) return false;
      const current = currentRecordOf<NonNullable<R>>(error);
      if (current) {
        setBase(current);
        reload(current);
      }
      setStale(true);
      return true;
    },
  };
}
