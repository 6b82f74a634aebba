import type { ReactNode } from "react";
import { cn } from "../../lib/cn.ts";

type CardProps = {
  title?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  bodyClassName?: string;
  /** Heading level of the title, to keep the page outline right. */
  as?: "h2" | "h3";
  id?: string;
};

/** A white panel with an optional header; a labelled region when it has a title. */
export function Card({
  title,
  description,
  actions,
  children,
  className,
  bodyClassName,
  as: Heading = "h2",
  id,
}: CardProps) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className={cn("rounded-lg border border-zinc-200 bg-white shadow-xs", className)}
    >
      {title || actions ? (
        <header className="flex flex-wrap items-start justify-between gap-3 border-b border-zinc-200 px-4 py-3">
          <div className="min-w-0">
            {title ? (
              <Heading id={headingId} className="text-sm font-semibold text-zinc-900">
                {title}
              </Heading>
            ) : null}
            {description ? <p className="mt-0.5 text-xs text-zinc-500">{description}</p> : null}
          </div>
          {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
        </header>
      ) : null}
      <div className={cn("p-4", bodyClassName)}>{children}</div>
    </section>
  );
}
