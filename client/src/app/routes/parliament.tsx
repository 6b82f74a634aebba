// The home of a parliament's staff: their missions and the findings validated so far.
import { useTranslation } from "react-i18next";
import { useMe } from "../../lib/session.ts";
import { countryName } from "../../lib/format.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { Card } from "../../components/ui/card.tsx";
import { LoadingBlock } from "../../components/ui/spinner.tsx";
import { EmptyState } from "../../components/ui/empty-state.tsx";
import { ErrorState } from "../../components/ui/error-state.tsx";
import { LoadMore } from "../../components/ui/pagination.tsx";
import { useMissionList } from "../../features/missions/api/missions.ts";
import { useParliament } from "../../features/missions/api/parliament.ts";
import { MissionCardList } from "../../features/missions/components/mission-card-list.tsx";
import { ValidatedFindingsByArea } from "../../features/findings/components/validated-findings-by-area.tsx";

export function ParliamentPage() {
  const { t } = useTranslation();
  const me = useMe();
  const parliament = useParliament(me.parliamentId);
  const missions = useMissionList({});
  const items = missions.data?.pages.flatMap((p) => p.items) ?? [];
  const name = parliament.data?.name;
  useDocumentTitle(name ?? t("parliamentHome.title"));

  return (
    <>
      <PageHeader
        eyebrow={t("nav.myParliament")}
        title={name ?? t("parliamentHome.title")}
        description={parliament.data ? countryName(parliament.data.countryCode) : t("parliamentHome.description")}
      />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <Card title={t("parliamentHome.missions")} id="missions">
          {missions.isPending ? (
            <LoadingBlock />
          ) : missions.isError ? (
            <ErrorState
              error={missions.error}
              onRetry={() => void missions.refetch()}
              retrying={missions.isRefetching}
            />
          ) : items.length === 0 ? (
            <EmptyState title={t("parliamentHome.noMissions")} />
          ) : (
            <>
              <MissionCardList missions={items} />
              <LoadMore
                hasNextPage={missions.hasNextPage}
                isFetchingNextPage={missions.isFetchingNextPage}
                fetchNextPage={missions.fetchNextPage}
              />
            </>
          )}
        </Card>
        <Card title={t("parliamentHome.findings")} description={t("parliamentHome.findingsHint")} id="findings">
          <ValidatedFindingsByArea />
        </Card>
      </div>
    </>
  );
}
