// The home of a parliament's staff: their missions and the findings validated so far.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { IctArea } from "@hemicycle/shared/enums";
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
import { MissionCardList } from "../../features/missions/components/mission-card-list.tsx";
import { ValidatedFindingsByArea } from "../../features/findings/components/validated-findings-by-area.tsx";
import { useParliamentOverview } from "../../features/parliaments/api/overview.ts";
import { FindingsHeatmap } from "../../features/parliaments/components/findings-heatmap.tsx";
import { ForbiddenState } from "../forbidden-state.tsx";

/** Only a parliament's staff have a parliament home; other roles are told so. */
export function ParliamentPage() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.role !== "PARLIAMENT_STAFF") return <ForbiddenPage title={t("parliamentHome.title")} />;
  return <ParliamentHome />;
}

function ForbiddenPage({ title }: { title: string }) {
  useDocumentTitle(title);
  return <ForbiddenState />;
}

function ParliamentHome() {
  const { t } = useTranslation();
  const me = useMe();
  const overview = useParliamentOverview(me.parliamentId);
  const parliament = overview.data?.parliament;
  const [area, setArea] = useState<IctArea | null>(null);
  const missions = useMissionList({});
  const items = missions.data?.pages.flatMap((p) => p.items) ?? [];
  const name = parliament?.name;
  useDocumentTitle(name ?? t("parliamentHome.title"));

  return (
    <>
      <PageHeader
        eyebrow={t("nav.myParliament")}
        title={name ?? t("parliamentHome.title")}
        description={parliament ? countryName(parliament.countryCode) : t("parliamentHome.description")}
      />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <div className="flex flex-col gap-6">
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
          {overview.data && overview.data.validatedFindings.length > 0 ? (
            <Card title={t("parliamentHome.heatmap")} description={t("parliamentHome.heatmapHint")} id="heatmap">
              <FindingsHeatmap overview={overview.data} selected={area} onSelect={setArea} />
            </Card>
          ) : null}
        </div>
        <Card title={t("parliamentHome.findings")} description={t("parliamentHome.findingsHint")} id="findings">
          <ValidatedFindingsByArea area={area} onAreaChange={setArea} />
        </Card>
      </div>
    </>
  );
}
