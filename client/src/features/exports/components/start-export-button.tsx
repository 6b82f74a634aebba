// A button that starts a long export as a job (exportJobs.start) instead of downloading
// it at once: the file is prepared on the server, and the page says so with a link to the
// exports page, where its progress shows live and the file waits to be downloaded. A
// refusal (two exports already under way, a record out of reach) is said next to it.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Button } from "../../../components/ui/button.tsx";
import { cn } from "../../../lib/cn.ts";
import { describeError } from "../../../lib/describe-error.ts";
import { useStartExport, type ExportRequest } from "../api/export-jobs.ts";

type StartExportButtonProps = {
  /** What to export, with its options (the direct download's). */
  request: () => ExportRequest;
  children: React.ReactNode;
  title?: string;
  className?: string;
  variant?: "primary" | "secondary";
};

export function StartExportButton({ request, children, title, className, variant }: StartExportButtonProps) {
  const { t } = useTranslation();
  const start = useStartExport();
  return (
    <div className={cn("flex flex-col items-end gap-1", className)}>
      <Button variant={variant} title={title} loading={start.isPending} onClick={() => start.mutate(request())}>
        {children}
      </Button>
      <div aria-live="polite" className="text-end text-xs">
        {start.isSuccess ? (
          <span className="text-zinc-700">
            {t("exportJobs.startedNotice")}{" "}
            <Link
              to={`/exports?job=${encodeURIComponent(start.data.id)}`}
              className="font-medium text-brand-700 underline"
            >
              {t("exportJobs.follow")}
            </Link>
          </span>
        ) : null}
        {start.isError ? (
          <span role="alert" className="text-red-700">
            {describeError(start.error)}
          </span>
        ) : null}
      </div>
    </div>
  );
}
