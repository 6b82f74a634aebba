// Missions: all of them for coordinators and admins, "my missions" for experts, the
// parliament's own for its staff (the server scopes the list).
import { useTranslation } from "react-i18next";
import { isManager, useMe } from "../../lib/session.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { ButtonLink } from "../../components/ui/button.tsx";
import { LoadingBlock } from "../../components/ui/spinner.tsx";
import { EmptyState } from "../../components/ui/empty-state.tsx";
import { ErrorState } from "../../components/ui/error-state.tsx";
import { LoadMore } from "../../components/ui/pagination.tsx";
import { useMissionList } from "../../features/missions/api/missions.ts";
import { useMissionFilters } from "../../features/missions/hooks/use-mission-filters.ts";
import { MissionFilters } from "../../features/missions/components/mission-filters.tsx";
import { MissionsTable } from "../../features/missions/components/missions-table.tsx";

export function MissionsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const manager = isManager(me.role);
  const filterState = useMissionFilters();
  const { filters, active } = filterState;
  const query = useMissionList({
    search: filters.search || undefined,
    status: filters.status,
    parliamentId: filters.parliamentId,
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const title = me.role === "EXPERT" ? t("missions.myTitle") : t("missions.title");
  useDocumentTitle(title);

  return (
    <>
      <PageHeader
        title={title}
        description={me.role === "EXPERT" ? t("missions.myDescription") : t("missions.description")}
        actions={
          manager ? (
            <ButtonLink to="/missions/new" variant="primary">
              <span aria-hidden="true">+</span> {t("missions.new")}
            </ButtonLink>
          ) : null
        }
      />
      <MissionFilters {...filterState} showParliament={me.role !== "PARLIAMENT_STAFF"} />
      {query.isPending ? (
        <LoadingBlock />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />
      ) : items.length === 0 ? (
        <EmptyState
          title={active ? t("missions.emptyFiltered") : t("missions.empty")}
          description={
            active
              ? t("missions.emptyFilteredHint")
              : me.role === "EXPERT"
                ? t("missions.emptyExpertHint")
                : t("missions.emptyHint")
          }
          action={
            manager && !active ? (
              <ButtonLink to="/missions/new" variant="primary">
                {t("missions.new")}
              </ButtonLink>
            ) : null
          }
        />
      ) : (
        <div
          className={query.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}
          aria-busy={query.isPlaceholderData || undefined}
        >
          <MissionsTable missions={items} caption={title} />
          <LoadMore
            hasNextPage={query.hasNextPage}
            isFetchingNextPage={query.isFetchingNextPage}
            fetchNextPage={query.fetchNextPage}
            shown={items.length}
          />
        </div>
      )}
    </>
  );
}
