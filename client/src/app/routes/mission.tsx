// A mission: its facts, its phases on a timeline and as cards with their team, and its
// findings. Team management is for coordinators and admins; logging findings for them
// and for the experts on a phase.
import { Link, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { isManager, useMe } from "../../lib/session.ts";
import { isMissingRecord } from "../../lib/errors.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { formatDateRange } from "../../lib/format.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { Card } from "../../components/ui/card.tsx";
import { LoadingBlock } from "../../components/ui/spinner.tsx";
import { ErrorState } from "../../components/ui/error-state.tsx";
import { EmptyState } from "../../components/ui/empty-state.tsx";
import { useMission, type Phase } from "../../features/missions/api/missions.ts";
import { MissionSummary } from "../../features/missions/components/mission-summary.tsx";
import { PhaseTimeline } from "../../features/missions/components/phase-timeline.tsx";
import { PhaseCard } from "../../features/missions/components/phase-card.tsx";
import { MissionStatusBadge } from "../../features/missions/components/status-badges.tsx";
import { FindingsPanel } from "../../features/findings/components/findings-panel.tsx";
import { LogFindingButton } from "../../features/findings/components/log-finding-button.tsx";
import { NotFoundState } from "../not-found-state.tsx";

export function MissionPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const me = useMe();
  const query = useMission(id);
  const mission = query.data;
  useDocumentTitle(mission ? `${mission.code} ${mission.title}` : t("mission.loading"));

  if (query.isPending) return <LoadingBlock />;
  if (query.isError) {
    if (isMissingRecord(query.error))
      return <NotFoundState title={t("mission.notFound")} description={t("mission.notFoundHint")} />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />;
  }
  if (!mission) return null;

  const manager = isManager(me.role);
  const onTeam = (phase: Phase) => phase.team.some((m) => m.expertId === me.expertId);
  // No new findings on a cancelled phase (the server refuses them) or a finalised one.
  const canLog = (phase: Phase) =>
    phase.status !== "CANCELLED" &&
    phase.status !== "FINALISED" &&
    (manager || (me.role === "EXPERT" && onTeam(phase)));
  const phaseOptions = mission.phases
    .filter(canLog)
    .map((p) => ({ id: p.id, label: `${t(`phaseKind.${p.kind}`)} (${formatDateRange(p.startDate, p.endDate)})` }));

  return (
    <>
      <PageHeader
        eyebrow={
          <span className="flex items-center gap-1.5">
            <Link
              to={me.role === "PARLIAMENT_STAFF" ? "/parliament" : "/missions"}
              className="hover:text-zinc-800 hover:underline"
            >
              {me.role === "PARLIAMENT_STAFF"
                ? t("nav.myParliament")
                : me.role === "EXPERT"
                  ? t("nav.myMissions")
                  : t("nav.missions")}
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

        <Card
          title={me.role === "PARLIAMENT_STAFF" ? t("mission.validatedFindings") : t("mission.findings")}
          id="findings"
          bodyClassName="p-4"
        >
          <FindingsPanel missionId={mission.id} hideStatusFilter={me.role === "PARLIAMENT_STAFF"} />
        </Card>
      </div>
    </>
  );
}
