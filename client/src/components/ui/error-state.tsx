import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { describeError } from "../../lib/describe-error.ts";
import { cn } from "../../lib/cn.ts";
import { Button } from "./button.tsx";

type ErrorStateProps = {
  error?: unknown;
  title?: ReactNode;
  description?: ReactNode;
  onRetry?: () => void;
  retrying?: boolean;
  className?: string;
};

/** A failed load, with what went wrong and a way to try again. */
export function ErrorState({ error, title, description, onRetry, retrying, className }: ErrorStateProps) {
  const { t } = useTranslation();
  const text = description ?? (error !== undefined ? describeError(error) : t("errors.generic"));
  return (
    <div
      role="alert"
      className={cn(
        "flex flex-col items-center gap-2 rounded-lg border border-red-200 bg-red-50/60 px-6 py-10 text-center",
        className,
      )}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-8 text-red-500"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      >
        <path
          d="M12 9v4m0 4h.01M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <p className="text-sm font-semibold text-zinc-900">{title ?? t("errors.loadFailed")}</p>
      <p className="max-w-md text-sm text-zinc-600">{text}</p>
      {onRetry ? (
        <Button className="mt-2" onClick={onRetry} loading={retrying}>
          {t("common.retry")}
        </Button>
      ) : null}
    </div>
  );
}
