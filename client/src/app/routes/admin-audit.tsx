import { useTranslation } from "react-i18next";
import { isManager, useMe } from "../../lib/session.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { LoadingBlock } from "../../components/ui/spinner.tsx";
import { EmptyState } from "../../components/ui/empty-state.tsx";
import { ErrorState } from "../../components/ui/error-state.tsx";
import { PrevNextPagination, useCursorPages } from "../../components/ui/pagination.tsx";
import { useAuditPage } from "../../features/audit/api/audit.ts";
import { AuditTable } from "../../features/audit/components/audit-table.tsx";
import { ForbiddenState } from "../forbidden-state.tsx";

export function AuditPage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t("audit.title"));
  if (!isManager(me.role)) return <ForbiddenState />;
  return <AuditLog />;
}

function AuditLog() {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const query = useAuditPage(pages.cursor);
  return (
    <>
      <PageHeader title={t("audit.title")} description={t("audit.description")} />
      {query.isPending ? (
        <LoadingBlock />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />
      ) : query.data.items.length === 0 ? (
        <EmptyState title={t("audit.empty")} />
      ) : (
        <div
          className={query.isPlaceholderData ? "opacity-60" : undefined}
          aria-busy={query.isPlaceholderData || undefined}
        >
          <AuditTable events={query.data.items} />
          {pages.page === 1 && !query.data.nextCursor ? null : (
            <PrevNextPagination
              page={pages.page}
              nextCursor={query.data.nextCursor}
              onNext={pages.next}
              onPrevious={pages.previous}
              busy={query.isFetching}
            />
          )}
        </div>
      )}
    </>
  );
}
