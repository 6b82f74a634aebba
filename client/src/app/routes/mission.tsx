// A mission: its facts, its phases on a timeline and as cards with their team, and its
// findings. What each user is offered (managing the team, logging findings on a phase)
// is asked of the shared policy.
import { Link, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { mayManageMissions, mayWriteFindings, readsOnlyValidatedFindings } from "@hemicycle/shared/policy";
import { phaseAcceptsFindings } from "@hemicycle/shared/workflows/phase";
import { homeLabel, homePath, useMe } from "../../lib/session.ts";
import { isMissingRecord } from "../../lib/errors.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { formatDateRange } from "../../lib/format.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { Card } from "../../components/ui/card.tsx";
import { EmptyState } from "../../components/ui/empty-state.tsx";
import { QueryState } from "../../components/list/query-state.tsx";
import { useMission, type MissionDetail, type Phase } from "../../features/missions/api/missions.ts";
import { MissionSummary } from "../../features/missions/components/mission-summary.tsx";
import { PhaseTimeline } from "../../features/missions/components/phase-timeline.tsx";
import { PhaseCard } from "../../features/missions/components/phase-card.tsx";
import { MissionStatusBadge } from "../../features/missions/components/status-badges.tsx";
import { FindingsPanel } from "../../features/findings/components/findings-panel.tsx";
import { LogFindingButton } from "../../features/findings/components/log-finding-button.tsx";
import { MissionRoadmapCard } from "../../features/roadmaps/components/editor/mission-roadmap-card.tsx";
import { NotFoundState } from "../not-found-state.tsx";

export function MissionPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useMission(id);
  const mission = query.data;
  useDocumentTitle(mission ? `${mission.code} ${mission.title}` : t("mission.loading"));
  return (
    <QueryState
      query={query}
      renderError={(error) =>
        isMissingRecord(error) ? (
          <NotFoundState title={t("mission.notFound")} description={t("mission.notFoundHint")} />
        ) : null
      }
    >
      {mission ? <MissionView mission={mission} /> : null}
    </QueryState>
  );
}

function MissionView({ mission }: { mission: MissionDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const manager = mayManageMissions(me);
  const teamRole = (phase: Phase) => phase.team.find((m) => m.expertId === me.expertId)?.role ?? null;
  const canLog = (phase: Phase) => phaseAcceptsFindings(phase.status) && mayWriteFindings(me, teamRole(phase));
  const phaseOptions = mission.phases
    .filter(canLog)
    .map((p) => ({ id: p.id, label: `${t(`phaseKind.${p.kind}`)} (${formatDateRange(p.startDate, p.endDate)})` }));

  return (
    <>
      <PageHeader
        eyebrow={
          <span className="flex items-center gap-1.5">
            <Link to={homePath(me)} className="hover:text-zinc-800 hover:underline">
              {t(homeLabel(me))}
            </Link>
            <span aria-hidden="true">/</span>
            <span className="font-mono">{mission.code}</span>
          </span>
        }
        title={mission.title}
        actions={<MissionStatusBadge status={mission.status} />}
      />

      <div className="flex flex-col gap-6">
        <Card title={t("mission.overview")} id="overview">
          <MissionSummary mission={mission} />
        </Card>

        <Card
          title={t("mission.phases")}
          id="phases"
          description={t("mission.phasesCount", { count: mission.phases.length })}
        >
          {mission.phases.length === 0 ? (
            <EmptyState title={t("mission.noPhases")} />
          ) : (
            <>
              <PhaseTimeline phases={mission.phases} />
              <div className="mt-6 grid gap-4 md:grid-cols-2 xl:grid-cols-3">
                {mission.phases.map((phase) => (
                  <PhaseCard
                    key={phase.id}
                    phase={phase}
                    canManageTeam={manager}
                    actions={
                      canLog(phase) ? (
                        <LogFindingButton
                          phaseId={phase.id}
                          phases={phaseOptions}
                          label={t("mission.logFindingOn", { phase: t(`phaseKind.${phase.kind}`) })}
                        />
                      ) : null
                    }
                  />
                ))}
              </div>
            </>
          )}
        </Card>

        <MissionRoadmapCard
          missionId={mission.id}
          onMission={mission.phases.some((p) => p.team.some((m) => m.expertId === me.expertId))}
        />

        <Card
          title={readsOnlyValidatedFindings(me) ? t("mission.validatedFindings") : t("mission.findings")}
          id="findings"
          bodyClassName="p-4"
        >
          <FindingsPanel missionId={mission.id} />
        </Card>
      </div>
    </>
  );
}
