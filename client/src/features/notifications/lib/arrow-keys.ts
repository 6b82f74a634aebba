// The arrows in a list of notices: Down and Up move the focus to the next and the previous
// row (stopping at the ends), Home and End to the first and the last. Tab still leaves.
import type { KeyboardEvent } from "react";

export function moveAmongRows(event: KeyboardEvent<HTMLElement>): void {
  const rows = [...event.currentTarget.querySelectorAll<HTMLElement>("[data-notice-row]")];
  if (rows.length === 0) return;
  const at = rows.findIndex((row) => row === document.activeElement);
  const last = rows.length - 1;
  const target = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: last }[event.key];
  if (target === undefined) return;
  event.preventDefault();
  rows[Math.min(Math.max(target, 0), last)]?.focus();
}
