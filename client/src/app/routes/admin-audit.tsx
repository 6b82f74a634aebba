import { useTranslation } from "react-i18next";
import { mayReadAuditLog } from "@hemicycle/shared/policy";
import { useMe } from "../../lib/session.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { EmptyState } from "../../components/ui/empty-state.tsx";
import { PrevNextPagination, useCursorPages } from "../../components/ui/pagination.tsx";
import { QueryState } from "../../components/list/query-state.tsx";
import { Refreshing } from "../../components/list/refreshing.tsx";
import { useAuditPage, type AuditFilters as Filters } from "../../features/audit/api/audit.ts";
import { AuditFilters } from "../../features/audit/components/audit-filters.tsx";
import { AuditTable } from "../../features/audit/components/audit-table.tsx";
import { useAuditFilters } from "../../features/audit/hooks/use-audit-filters.ts";
import { StartExportButton } from "../../features/exports/components/start-export-button.tsx";
import { currentLanguage } from "../../lib/i18n.ts";
import { ForbiddenState } from "../forbidden-state.tsx";

export function AuditPage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t("audit.title"));
  if (!mayReadAuditLog(me)) return <ForbiddenState />;
  return <AuditLog />;
}

function AuditLog() {
  const { t } = useTranslation();
  const { filters, setFilter, clear, active } = useAuditFilters();
  return (
    <>
      <PageHeader title={t("audit.title")} description={t("audit.description")} />
      <AuditFilters
        filters={filters}
        setFilter={setFilter}
        active={active}
        clear={clear}
        exportAction={
          // Every page of what the filters show, prepared on the server as a job (the exports page follows it).
          <StartExportButton
            title={t("auditLog.filters.exportHint")}
            request={() => ({
              kind: "auditCsv",
              params: {
                actorId: filters.actorId || undefined,
                entityType: filters.entityType || undefined,
                entityId: filters.entityId || undefined,
                action: filters.action || undefined,
                from: filters.from || undefined,
                to: filters.to || undefined,
                language: currentLanguage(),
              },
            })}
          >
            {t("auditLog.filters.export")}
          </StartExportButton>
        }
      />
      {/* New filters start again from the first page. */}
      <AuditPages key={JSON.stringify(filters)} filters={filters} filtered={active} />
    </>
  );
}

function AuditPages({ filters, filtered }: { filters: Filters; filtered: boolean }) {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const query = useAuditPage(filters, pages.cursor);
  const events = query.data?.items ?? [];
  return (
    <QueryState
      query={query}
      isEmpty={events.length === 0}
      empty={<EmptyState title={filtered ? t("auditLog.emptyFiltered") : t("audit.empty")} />}
    >
      <Refreshing busy={query.isPlaceholderData}>
        <AuditTable events={events} />
        {pages.page === 1 && !query.data?.nextCursor ? null : (
          <PrevNextPagination
            page={pages.page}
            nextCursor={query.data?.nextCursor}
            onNext={pages.next}
            onPrevious={pages.previous}
            busy={query.isFetching}
          />
        )}
      </Refreshing>
    </QueryState>
  );
}
