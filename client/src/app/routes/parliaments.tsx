// The parliaments registry: search, region and chambers filters and a sort, all in the
// URL, with how many match; managers import a CSV. Staff see their own parliament only
// (the server scopes the list).
import { useTranslation } from "react-i18next";
import { mayManageDirectory } from "@hemicycle/shared/policy";
import { useMe } from "../../lib/session.ts";
import { useDialogState } from "../../lib/use-dialog-state.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { Button, ButtonLink } from "../../components/ui/button.tsx";
import { EmptyState } from "../../components/ui/empty-state.tsx";
import { PagedList } from "../../components/list/paged-list.tsx";
import { useParliamentList } from "../../features/parliaments/api/registry.ts";
import { useParliamentFilters } from "../../features/parliaments/hooks/use-parliament-filters.ts";
import { ParliamentFilters } from "../../features/parliaments/components/registry/parliament-filters.tsx";
import { ParliamentsTable } from "../../features/parliaments/components/registry/parliaments-table.tsx";
import { ImportParliamentsDialog } from "../../features/parliaments/components/registry/import-parliaments-dialog.tsx";

export function ParliamentsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const manager = mayManageDirectory(me);
  const filterState = useParliamentFilters();
  const { filters, active } = filterState;
  const list = useParliamentList({ ...filters, search: filters.search || undefined });
  const importing = useDialogState();
  const title = t("parliaments.title");
  useDocumentTitle(title);

  return (
    <>
      <PageHeader
        title={title}
        description={t("parliaments.description")}
        actions={
          manager ? (
            <>
              <Button onClick={() => importing.open()}>{t("parliaments.import.open")}</Button>
              <ButtonLink to="/parliaments/new" variant="primary">
                {t("parliaments.add")}
              </ButtonLink>
            </>
          ) : null
        }
      />
      <ParliamentFilters {...filterState} />
      {list.total !== undefined ? (
        <p className="mb-2 text-sm text-zinc-600" aria-live="polite">
          {t("parliaments.total", { count: list.total })}
        </p>
      ) : null}
      <PagedList
        list={list}
        empty={
          <EmptyState
            title={active ? t("parliaments.emptyFiltered") : t("parliaments.empty")}
            description={active ? t("parliaments.emptyFilteredHint") : undefined}
          />
        }
      >
        {(parliaments) => <ParliamentsTable parliaments={parliaments} caption={title} />}
      </PagedList>
      {manager ? (
        <ImportParliamentsDialog key={importing.key} open={importing.isOpen} onClose={importing.close} />
      ) : null}
    </>
  );
}
