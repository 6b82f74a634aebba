import type { ReactNode } from "react";
import { cn } from "../../lib/cn.ts";

type AlertProps = {
  tone?: "error" | "warning" | "info" | "success";
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
  live?: boolean;
};

const tones = {
  error: "border-red-200 bg-red-50 text-red-900",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
  info: "border-sky-200 bg-sky-50 text-sky-900",
  success: "border-emerald-200 bg-emerald-50 text-emerald-900",
} as const;

/** An inline message; errors and warnings are announced when they appear. */
export function Alert({ tone = "info", title, children, className, live = true }: AlertProps) {
  const role = live ? (tone === "error" || tone === "warning" ? "alert" : "status") : undefined;
  return (
    <div role={role} className={cn("rounded-md border px-3 py-2.5 text-sm", tones[tone], className)}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={cn(title ? "mt-1" : undefined)}>{children}</div> : null}
    </div>
  );
}
