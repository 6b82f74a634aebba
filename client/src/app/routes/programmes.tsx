// The programmes: search, funder and year filters and a sort, all in the URL, with how
// many match. Staff see the programmes of their parliament's missions (the server scopes).
import { useTranslation } from "react-i18next";
import { mayManageDirectory } from "@hemicycle/shared/policy";
import { useMe } from "../../lib/session.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { ButtonLink } from "../../components/ui/button.tsx";
import { EmptyState } from "../../components/ui/empty-state.tsx";
import { PagedList } from "../../components/list/paged-list.tsx";
import { useProgrammeList } from "../../features/programmes/api/programmes.ts";
import { useProgrammeFilters } from "../../features/programmes/hooks/use-programme-filters.ts";
import { ProgrammeFilters } from "../../features/programmes/components/programme-filters.tsx";
import { ProgrammesTable } from "../../features/programmes/components/programmes-table.tsx";

export function ProgrammesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const filterState = useProgrammeFilters();
  const { filters, active } = filterState;
  const list = useProgrammeList({ ...filters, search: filters.search || undefined });
  const title = t("programmes.title");
  useDocumentTitle(title);

  return (
    <>
      <PageHeader
        title={title}
        description={t("programmes.description")}
        actions={
          mayManageDirectory(me) ? (
            <ButtonLink to="/programmes/new" variant="primary">
              {t("programmeForm.newAction")}
            </ButtonLink>
          ) : null
        }
      />
      <ProgrammeFilters {...filterState} />
      {list.total !== undefined ? (
        <p className="mb-2 text-sm text-zinc-600" aria-live="polite">
          {t("programmes.total", { count: list.total })}
        </p>
      ) : null}
      <PagedList
        list={list}
        empty={
          <EmptyState
            title={active ? t("programmes.emptyFiltered") : t("programmes.empty")}
            description={active ? t("programmes.emptyFilteredHint") : undefined}
          />
        }
      >
        {(programmes) => <ProgrammesTable programmes={programmes} caption={title} />}
      </PagedList>
    </>
  );
}
