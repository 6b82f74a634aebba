import type { ReactNode } from "react";

type PageHeaderProps = { title: ReactNode; description?: ReactNode; actions?: ReactNode; eyebrow?: ReactNode };

export function PageHeader({ title, description, actions, eyebrow }: PageHeaderProps) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0">
        {eyebrow ? <div className="mb-1 text-xs font-medium text-zinc-500">{eyebrow}</div> : null}
        <h1 className="text-xl font-semibold tracking-tight text-zinc-900 sm:text-2xl">
          {/* A title is often a user's text: <bdi> keeps its direction to itself (docs/security.md). */}
          <bdi>{title}</bdi>
        </h1>
        {description ? <div className="mt-1 text-sm text-zinc-600">{description}</div> : null}
      </div>
      {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
    </div>
  );
}
