// The user's long exports (features/exports): each one's progress live, cancel, download
// when ready. A notification "Your export is ready" links here with ?job=<id>, which marks it.
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { ExportJobList } from "../../features/exports/components/export-job-list.tsx";

export function ExportsPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  useDocumentTitle(t("exportJobs.title"));
  return (
    <>
      <PageHeader title={t("exportJobs.title")} description={t("exportJobs.description")} />
      <ExportJobList highlight={params.get("job")} />
    </>
  );
}
