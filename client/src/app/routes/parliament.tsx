// The home of a parliament's staff: their missions and the findings validated so far.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { IctArea } from "@hemicycle/shared/enums";
import { hasParliamentHome } from "@hemicycle/shared/policy";
import { useMe } from "../../lib/session.ts";
import { countryName } from "../../lib/format.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { Card } from "../../components/ui/card.tsx";
import { EmptyState } from "../../components/ui/empty-state.tsx";
import { PagedList } from "../../components/list/paged-list.tsx";
import { ButtonLink } from "../../components/ui/button.tsx";
import { useMissionList } from "../../features/missions/api/missions.ts";
import { MissionCardList } from "../../features/missions/components/mission-card-list.tsx";
import { ValidatedFindingsByArea } from "../../features/findings/components/validated-findings-by-area.tsx";
import { useParliamentOverview } from "../../features/parliaments/api/overview.ts";
import { FindingsHeatmap } from "../../features/parliaments/components/findings-heatmap.tsx";
import { ParliamentRoadmaps } from "../../features/roadmaps/components/review/parliament-roadmaps.tsx";
import { ReportsInReview } from "../../features/report-review/components/reports-in-review.tsx";
import { ForbiddenState } from "../forbidden-state.tsx";

/** Only a parliament's staff have a parliament home; other roles are told so. */
export function ParliamentPage() {
  const { t } = useTranslation();
  const me = useMe();
  if (!hasParliamentHome(me)) return <ForbiddenPage title={t("parliamentHome.title")} />;
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
  const name = parliament?.name;
  useDocumentTitle(name ?? t("parliamentHome.title"));

  return (
    <>
      <PageHeader
        eyebrow={t("nav.myParliament")}
        title={name ?? t("parliamentHome.title")}
        description={parliament ? countryName(parliament.countryCode) : t("parliamentHome.description")}
        actions={
          <ButtonLink to="/benchmark" size="sm">
            {t("benchmark.parliamentLink")}
          </ButtonLink>
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <div className="flex flex-col gap-6">
          <Card title={t("reportReview.home.title")} description={t("reportReview.home.description")} id="reports">
            <ReportsInReview />
          </Card>
          {me.parliamentId ? (
            <Card title={t("roadmapReview.home.title")} id="roadmaps">
              <ParliamentRoadmaps parliamentId={me.parliamentId} />
            </Card>
          ) : null}
          <Card title={t("parliamentHome.missions")} id="missions">
            <PagedList list={missions} showCount={false} empty={<EmptyState title={t("parliamentHome.noMissions")} />}>
              {(items) => <MissionCardList missions={items} />}
            </PagedList>
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
