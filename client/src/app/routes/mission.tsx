// A mission: a line of what needs attention, then its sections one at a time (Overview,
// Phases & team, Findings, Roadmap, Activity), the section kept in the address. What each
// user is offered (managing the team, logging findings on a phase) is asked of the shared
// policy. The page composes the missions, findings and roadmaps features.
import { Link, useParams, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import {
  mayManageMissions,
  mayReviewFindings,
  mayWriteFindings,
  readsOnlyValidatedFindings,
} from "@hemicycle/shared/policy";
import { phaseAcceptsFindings } from "@hemicycle/shared/workflows/phase";
import { homeLabel, homePath, useMe } from "../../lib/session.ts";
import { isMissingRecord } from "../../lib/errors.ts";
import { cn } from "../../lib/cn.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { formatDateRange } from "../../lib/format.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { ButtonLink } from "../../components/ui/button.tsx";
import { Card } from "../../components/ui/card.tsx";
import { EmptyState } from "../../components/ui/empty-state.tsx";
import { QueryState } from "../../components/list/query-state.tsx";
import { useMission, type MissionDetail, type Phase } from "../../features/missions/api/missions.ts";
import { MissionSummary } from "../../features/missions/components/mission-summary.tsx";
import { AssessmentReportButton } from "../../features/missions/components/assessment-report-dialog.tsx";
import { BackgroundReportExport } from "../../features/exports/components/background-report-export.tsx";
import { MissionHeadline } from "../../features/missions/components/mission-headline.tsx";
import { MissionActivity } from "../../features/missions/components/mission-activity.tsx";
import { PhaseTimeline } from "../../features/missions/components/phase-timeline.tsx";
import { PhaseCard } from "../../features/missions/components/phase-card.tsx";
import { AddPhaseButton } from "../../features/missions/components/phase-actions.tsx";
import { MissionStatusBadge } from "../../features/missions/components/status-badges.tsx";
import { useFindingSummary } from "../../features/findings/api/finding-log.ts";
import { FindingsPanel } from "../../features/findings/components/findings-panel.tsx";
import { FindingsByAreaSeverity } from "../../features/findings/components/findings-by-area-severity.tsx";
import { LogFindingButton } from "../../features/findings/components/log-finding-button.tsx";
import { offersReadReport, ReadReportLink } from "../../features/report-review/components/read-report-link.tsx";
import { useRoadmapByMission, useRoadmapCoverage } from "../../features/roadmaps/api/roadmaps.ts";
import { MissionRoadmapCard } from "../../features/roadmaps/components/editor/mission-roadmap-card.tsx";
import { TermsOfReferenceCard } from "../../features/terms-of-reference/components/tor-list-card.tsx";
import { NotFoundState } from "../not-found-state.tsx";

const SECTIONS = ["overview", "phases", "findings", "roadmap", "termsOfReference", "activity"] as const;
type Section = (typeof SECTIONS)[number];

function todayUtc(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

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
  const [params] = useSearchParams();
  const asked = params.get("section");
  const section: Section = SECTIONS.includes(asked as Section) ? (asked as Section) : "overview";
  const sectionPath = (to: string) => (to === "overview" ? "?" : `?section=${to}`);
  const manager = mayManageMissions(me);
  const teamRole = (phase: Phase) => phase.team.find((m) => m.expertId === me.expertId)?.role ?? null;
  const canLog = (phase: Phase) => phaseAcceptsFindings(phase.status) && mayWriteFindings(me, teamRole(phase));
  const onMission = mission.phases.some((p) => p.team.some((m) => m.expertId === me.expertId));
  const phaseOptions = mission.phases
    .filter(canLog)
    .map((p) => ({ id: p.id, label: `${t(`phaseKind.${p.kind}`)} (${formatDateRange(p.startDate, p.endDate)})` }));
  // The summary's figures: the findings the viewer may see (counted by the server, all of
  // them however many), the roadmap and its coverage.
  const summary = useFindingSummary({ missionId: mission.id });
  const awaiting = useFindingSummary({ missionId: mission.id, status: "SUBMITTED" });
  const roadmap = useRoadmapByMission(mission.id).data ?? null;
  const findingsTitle = readsOnlyValidatedFindings(me) ? t("mission.validatedFindings") : t("mission.findings");
  const findingsSummary = (
    <QueryState query={summary}>
      <FindingsByAreaSeverity cells={summary.data?.cells ?? []} caption={t("mission.findingsSummary.caption")} />
    </QueryState>
  );

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
        description={
          <MissionHeadline
            mission={mission}
            awaitingValidation={awaiting.data?.total ?? null}
            roadmap={roadmap ? { status: roadmap.status, coveragePercent: null } : null}
            today={todayUtc()}
            sectionPath={sectionPath}
          />
        }
        actions={
          <>
            <MissionStatusBadge status={mission.status} />
            <AssessmentReportButton
              mission={mission}
              me={me}
              backgroundExport={(choice) => <BackgroundReportExport {...choice} />}
            />
            {mission.type === "VALIDATION" || mission.phases.some((p) => p.kind === "VALIDATION") ? (
              <ButtonLink to={`/missions/${mission.id}/compare`} size="sm">
                {t("benchmark.compare.link")}
              </ButtonLink>
            ) : null}
            {manager ? (
              <ButtonLink to={`/missions/${mission.id}/edit`} size="sm">
                {t("missionLifecycle.edit.action")}
              </ButtonLink>
            ) : null}
          </>
        }
      />

      <nav aria-label={t("mission.sections.label")} className="-mx-4 mb-5 overflow-x-auto px-4 sm:mx-0 sm:px-0">
        <ul className="flex min-w-max gap-1 border-b border-zinc-200">
          {SECTIONS.map((key) => (
            <li key={key}>
              <Link
                to={sectionPath(key)}
                aria-current={key === section ? "page" : undefined}
                className={cn(
                  "-mb-px block border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap",
                  key === section
                    ? "border-zinc-900 text-zinc-900"
                    : "border-transparent text-zinc-600 hover:border-zinc-300 hover:text-zinc-900",
                )}
              >
                {t(`mission.sections.${key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <div className="flex flex-col gap-6">
        {section === "overview" ? (
          <>
            <Card title={t("mission.overview")} id="overview">
              <MissionSummary mission={mission} />
            </Card>
            <div className="grid gap-6 lg:grid-cols-2">
              <Card title={findingsTitle} id="findings-summary">
                {findingsSummary}
              </Card>
              <div className="flex flex-col gap-6">
                <MissionRoadmapCard missionId={mission.id} onMission={onMission} />
                {roadmap ? <RoadmapCoverageLine roadmap={roadmap} /> : null}
              </div>
            </div>
          </>
        ) : null}

        {section === "phases" ? (
          <Card
            title={t("mission.phases")}
            id="phases"
            description={t("mission.phasesCount", { count: mission.phases.length })}
            actions={manager ? <AddPhaseButton missionId={mission.id} /> : undefined}
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
                        canLog(phase) || offersReadReport(me, phase) ? (
                          <>
                            {canLog(phase) ? (
                              <LogFindingButton
                                phaseId={phase.id}
                                phases={phaseOptions}
                                missionCode={mission.code}
                                label={t("mission.logFindingOn", { phase: t(`phaseKind.${phase.kind}`) })}
                              />
                            ) : null}
                            <ReadReportLink missionId={mission.id} phase={phase} />
                          </>
                        ) : null
                      }
                    />
                  ))}
                </div>
              </>
            )}
          </Card>
        ) : null}

        {section === "findings" ? (
          <>
            <Card title={t("mission.findingsSummary.title")} id="findings-summary">
              {findingsSummary}
            </Card>
            <Card
              title={findingsTitle}
              id="findings"
              bodyClassName="p-4"
              actions={
                mission.phases.some((p) => mayReviewFindings(me, teamRole(p))) ? (
                  <ButtonLink to={`/review?mission=${mission.id}`} size="sm">
                    {t("findingReview.link")}
                  </ButtonLink>
                ) : null
              }
            >
              <FindingsPanel missionId={mission.id} />
            </Card>
          </>
        ) : null}

        {section === "roadmap" ? (
          <>
            <MissionRoadmapCard missionId={mission.id} onMission={onMission} />
            {roadmap ? <RoadmapCoverageLine roadmap={roadmap} /> : null}
          </>
        ) : null}

        {section === "termsOfReference" ? (
          <TermsOfReferenceCard missionId={mission.id} missionTitle={mission.title} />
        ) : null}

        {section === "activity" ? (
          <Card title={t("activity.title")} id="activity" description={t("activity.description")}>
            <MissionActivity missionId={mission.id} />
          </Card>
        ) : null}
      </div>
    </>
  );
}

/** How much of the findings the roadmap answers: the high and critical ones. */
function RoadmapCoverageLine({ roadmap }: { roadmap: { id: string; missionId: string } }) {
  const { t } = useTranslation();
  const coverage = useRoadmapCoverage(roadmap).data;
  if (!coverage) return null;
  const { total, answered, percent } = coverage.highCritical;
  return (
    <Card title={t("mission.coverage.title")} id="coverage">
      {percent === null ? (
        <p className="text-sm text-zinc-600">{t("mission.coverage.none")}</p>
      ) : (
        <div className="flex flex-col gap-2">
          <p className="text-sm text-zinc-800">{t("mission.coverage.line", { answered, total, percent })}</p>
          <div
            className="h-2 w-full overflow-hidden rounded-full bg-zinc-100"
            role="meter"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-label={t("mission.coverage.title")}
          >
            <div className="h-full rounded-full bg-emerald-500" style={{ width: `${percent}%` }} />
          </div>
        </div>
      )}
    </Card>
  );
}
