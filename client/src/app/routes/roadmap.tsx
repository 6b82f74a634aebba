// A mission's roadmap: the editor for those who edit it (and the reading of it for the
// others), or, when the mission has none yet, the form to start one for its editors.
import { useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { mayEditRoadmap } from "@hemicycle/shared/policy";
import { useMe } from "../../lib/session.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { EmptyState } from "../../components/ui/empty-state.tsx";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { useMission, type MissionDetail } from "../../features/missions/api/missions.ts";
import { useRoadmapByMission } from "../../features/roadmaps/api/roadmaps.ts";
import { RoadmapEditor } from "../../features/roadmaps/components/editor/roadmap-editor.tsx";
import { CreateRoadmapForm } from "../../features/roadmaps/components/editor/create-roadmap-form.tsx";
import { RoadmapBreadcrumb } from "../../features/roadmaps/components/page/roadmap-breadcrumb.tsx";
import { RoadmapQueryState } from "./roadmap-query-state.tsx";

export function RoadmapPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const mission = useMission(id);
  const roadmap = useRoadmapByMission(id);
  useDocumentTitle(
    roadmap.data
      ? roadmap.data.title
      : mission.data
        ? `${t("roadmap.title")} · ${mission.data.code}`
        : t("roadmap.loading"),
  );
  return (
    <RoadmapQueryState
      queries={[mission, roadmap]}
      notFound={{ title: t("roadmap.missionNotFound"), description: t("roadmap.missionNotFoundHint") }}
    >
      {roadmap.data ? (
        <RoadmapEditor roadmap={roadmap.data} />
      ) : mission.data ? (
        <NoRoadmap mission={mission.data} />
      ) : null}
    </RoadmapQueryState>
  );
}

function NoRoadmap({ mission }: { mission: MissionDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const onMission = mission.phases.some((p) => p.team.some((m) => m.expertId !== null && m.expertId === me.expertId));
  const mayStart = mayEditRoadmap(me, { onMission });
  return (
    <>
      <PageHeader
        eyebrow={<RoadmapBreadcrumb mission={mission} linkMission page={t("roadmap.title")} />}
        title={mission.title}
      />
      {mayStart ? (
        <CreateRoadmapForm missionId={mission.id} />
      ) : (
        <EmptyState title={t("roadmap.create.none")} description={t("roadmap.create.noneReader")} />
      )}
    </>
  );
}
