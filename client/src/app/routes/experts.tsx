// The expert directory: everyone who may read it; parliament staff see the experts on
// their parliament's missions (the server scopes the list).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { mayManageDirectory, maySearchExpertAvailability } from "@hemicycle/shared/policy";
import { useMe } from "../../lib/session.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { Button, ButtonLink } from "../../components/ui/button.tsx";
import { EmptyState } from "../../components/ui/empty-state.tsx";
import { PagedList } from "../../components/list/paged-list.tsx";
import { useExpertList } from "../../features/experts/api/experts.ts";
import { useExpertFilters } from "../../features/experts/hooks/use-expert-filters.ts";
import { ExpertFilters } from "../../features/experts/components/expert-filters.tsx";
import { ExpertList } from "../../features/experts/components/expert-list.tsx";
import { ImportExpertsDialog } from "../../features/experts/components/import-experts-dialog.tsx";

export function ExpertsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const manager = mayManageDirectory(me);
  const filterState = useExpertFilters();
  const { filters, active } = filterState;
  const list = useExpertList({ ...filters, search: filters.search || undefined });
  const [importing, setImporting] = useState(false);
  const title = t("experts.title");
  useDocumentTitle(title);

  return (
    <>
      <PageHeader
        title={title}
        description={
          list.total === undefined ? t("experts.description") : t("experts.descriptionCount", { count: list.total })
        }
        actions={
          manager ? (
            <>
              <Button variant="secondary" onClick={() => setImporting(true)}>
                {t("experts.import.open")}
              </Button>
              <ButtonLink to="/experts/new" variant="primary">
                {t("experts.form.newButton")}
              </ButtonLink>
            </>
          ) : null
        }
      />
      <ExpertFilters {...filterState} showAvailability={maySearchExpertAvailability(me)} />
      <PagedList
        list={list}
        empty={
          <EmptyState
            title={active ? t("experts.emptyFiltered") : t("experts.empty")}
            description={active ? t("experts.emptyFilteredHint") : undefined}
          />
        }
      >
        {(experts) => <ExpertList experts={experts} caption={title} />}
      </PagedList>
      {manager ? <ImportExpertsDialog open={importing} onClose={() => setImporting(false)} /> : null}
    </>
  );
}
