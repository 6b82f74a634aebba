// A mission's roadmap: the editor for those who edit it (and the reading of it for the
// others), or, when the mission has none yet, the form to start one for its editors.
import { Link, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { mayEditRoadmap } from "@hemicycle/shared/policy";
import { homeLabel, homePath, useMe } from "../../lib/session.ts";
import { isMissingRecord } from "../../lib/errors.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { EmptyState } from "../../components/ui/empty-state.tsx";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { QueryState } from "../../components/list/query-state.tsx";
import { useMission, type MissionDetail } from "../../features/missions/api/missions.ts";
import { useRoadmapByMission } from "../../features/roadmaps/api/roadmaps.ts";
import { RoadmapEditor } from "../../features/roadmaps/components/editor/roadmap-editor.tsx";
import { CreateRoadmapForm } from "../../features/roadmaps/components/editor/create-roadmap-form.tsx";
import { NotFoundState } from "../not-found-state.tsx";

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
  const notFound = (
    <NotFoundState title={t("roadmap.missionNotFound")} description={t("roadmap.missionNotFoundHint")} />
  );
  return (
    <QueryState query={mission} renderError={(error) => (isMissingRecord(error) ? notFound : null)}>
      <QueryState query={roadmap} renderError={(error) => (isMissingRecord(error) ? notFound : null)}>
        {roadmap.data ? (
          <RoadmapEditor roadmap={roadmap.data} />
        ) : mission.data ? (
          <NoRoadmap mission={mission.data} />
        ) : null}
      </QueryState>
    </QueryState>
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
        eyebrow={
          <span className="flex flex-wrap items-center gap-1.5">
            <Link to={homePath(me)} className="hover:text-zinc-800 hover:underline">
              {t(homeLabel(me))}
            </Link>
            <span aria-hidden="true">/</span>
            <Link to={`/missions/${mission.id}`} className="font-mono hover:text-zinc-800 hover:underline">
              {mission.code}
            </Link>
            <span aria-hidden="true">/</span>
            <span>{t("roadmap.title")}</span>
          </span>
        }
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
