import { useTranslation } from "react-i18next";
import { cn } from "../../lib/cn.ts";

type SpinnerProps = { className?: string; label?: string };

/** A spinning ring; announced to screen readers with its label. */
export function Spinner({ className, label }: SpinnerProps) {
  const { t } = useTranslation();
  return (
    <span role="status" className={cn("inline-flex items-center gap-2", className)}>
      <span
        aria-hidden="true"
        className="size-4 animate-spin rounded-full border-2 border-current border-e-transparent motion-reduce:animate-none"
      />
      <span className="sr-only">{label ?? t("common.loading")}</span>
    </span>
  );
}

/** A centred spinner for a page or a panel that is loading. */
export function LoadingBlock({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="flex items-center justify-center gap-2 py-16 text-zinc-500">
      <Spinner label={label ?? t("common.loading")} />
      <span aria-hidden="true">{label ?? t("common.loading")}</span>
    </div>
  );
}
