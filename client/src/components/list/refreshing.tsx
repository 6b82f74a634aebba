import type { ReactNode } from "react";

/** Rows shown while newer ones load (new filters, another page): dimmed and marked busy. */
export function Refreshing({ busy, children }: { busy: boolean; children: ReactNode }) {
  return (
    <div className={busy ? "opacity-60 transition-opacity" : undefined} aria-busy={busy || undefined}>
      {children}
    </div>
  );
}
