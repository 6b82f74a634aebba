// The roadmap's place on the mission page: where it stands and a way in, or, for the
// people who would edit it, a way to start one.
import { useTranslation } from "react-i18next";
import { mayEditRoadmap } from "@hemicycle/shared/policy";
import { useMe } from "../../../../lib/session.ts";
import { QueryState } from "../../../../components/list/query-state.tsx";
import { ButtonLink } from "../../../../components/ui/button.tsx";
import { Card } from "../../../../components/ui/card.tsx";
import { useRoadmapByMission } from "../../api/roadmaps.ts";
import { RoadmapStatusBadge } from "../review/review-badges.tsx";

type MissionRoadmapCardProps = {
  missionId: string;
  /** The signed-in user is on the team of one of the mission's phases. */
  onMission: boolean;
};

export function MissionRoadmapCard({ missionId, onMission }: MissionRoadmapCardProps) {
  const { t } = useTranslation();
  const me = useMe();
  const query = useRoadmapByMission(missionId);
  const roadmap = query.data;
  const path = `/missions/${missionId}/roadmap`;
  const mayStart = mayEditRoadmap(me, { onMission });
  return (
    <Card title={t("roadmap.title")} id="roadmap">
      <QueryState query={query}>
        {roadmap ? (
          <div className="flex flex-wrap items-center justify-between gap-3">
            <div className="flex min-w-0 flex-col gap-1">
              <p className="text-sm font-medium text-zinc-900">{roadmap.title}</p>
              <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-zinc-600">
                <RoadmapStatusBadge status={roadmap.status} />
                <span>{t("roadmap.horizon", { start: roadmap.horizonStart, end: roadmap.horizonEnd })}</span>
                <span aria-hidden="true">·</span>
                <span>{t("roadmap.items", { count: roadmap.items.length })}</span>
              </p>
            </div>
            <ButtonLink to={path} variant="primary">
              {t("roadmap.missionCard.open")}
            </ButtonLink>
          </div>
        ) : (
          <div className="flex flex-wrap items-center justify-between gap-3">
            <div className="flex min-w-0 flex-col gap-1">
              <p className="text-sm font-medium text-zinc-900">{t("roadmap.missionCard.none")}</p>
              {mayStart ? <p className="max-w-xl text-sm text-zinc-600">{t("roadmap.missionCard.noneHint")}</p> : null}
            </div>
            {mayStart ? (
              <ButtonLink to={path} variant="primary">
                {t("roadmap.missionCard.start")}
              </ButtonLink>
            ) : null}
          </div>
        )}
      </QueryState>
    </Card>
  );
}
