// A plain, semantic table: scrolls sideways on small screens instead of breaking.
import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "../../lib/cn.ts";

export function Table({ caption, children, className }: { caption: string; children: ReactNode; className?: string }) {
  return (
    // Focusable so that keyboard users can scroll a wide table sideways.
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      // relative: screen-reader-only text in cells is positioned absolutely, and must stay
      // inside this scrolling box or the whole page scrolls sideways on a phone.
      className={cn("relative overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-xs", className)}
    >
      <table className="min-w-full divide-y divide-zinc-200 text-start text-sm">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function THead({ children }: { children: ReactNode }) {
  return <thead className="bg-zinc-50">{children}</thead>;
}

export function TBody({ children }: { children: ReactNode }) {
  return <tbody className="divide-y divide-zinc-100">{children}</tbody>;
}

export function Tr({ children, className }: { children: ReactNode; className?: string }) {
  return <tr className={cn("align-top hover:bg-zinc-50/70", className)}>{children}</tr>;
}

export function Th({ children, className, ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope="col"
      // A header lines up with its cells (at the start) unless it says otherwise: browsers centre <th>.
      className={cn(
        "px-3 py-2 text-xs font-semibold whitespace-nowrap text-zinc-600",
        !/\btext-(start|center|end)\b/.test(className ?? "") && "text-start",
        className,
      )}
      {...rest}
    >
      {children}
    </th>
  );
}

export function Td({ children, className, ...rest }: TdHTMLAttributes<HTMLTableCellElement>) {
  return (
    <td className={cn("px-3 py-2.5 text-zinc-800", className)} {...rest}>
      {children}
    </td>
  );
}
