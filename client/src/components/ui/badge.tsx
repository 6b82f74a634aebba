import type { ReactNode } from "react";
import { cn } from "../../lib/cn.ts";

export type BadgeTone = "gray" | "blue" | "indigo" | "green" | "yellow" | "orange" | "red" | "purple";

const tones: Record<BadgeTone, string> = {
  gray: "bg-zinc-100 text-zinc-700 ring-zinc-500/20",
  blue: "bg-sky-50 text-sky-800 ring-sky-600/20",
  indigo: "bg-brand-50 text-brand-700 ring-brand-600/20",
  green: "bg-emerald-50 text-emerald-800 ring-emerald-600/20",
  yellow: "bg-amber-50 text-amber-800 ring-amber-600/25",
  orange: "bg-orange-50 text-orange-800 ring-orange-600/25",
  red: "bg-red-50 text-red-800 ring-red-600/20",
  purple: "bg-violet-50 text-violet-800 ring-violet-600/20",
};

type BadgeProps = { tone?: BadgeTone; children: ReactNode; className?: string; dot?: boolean; title?: string };

export function Badge({ tone = "gray", children, className, dot, title }: BadgeProps) {
  return (
    <span
      title={title}
      className={cn(
        "inline-flex items-center gap-1 rounded-md px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset",
        tones[tone],
        className,
      )}
    >
      {dot ? <span aria-hidden="true" className="size-1.5 rounded-full bg-current" /> : null}
      {children}
    </span>
  );
}
