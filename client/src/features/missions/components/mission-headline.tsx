// The mission in one line under its title: what waits on someone ("5 findings await
// validation"), a late report ("Assessment report 16 days late") and where the roadmap
// stands and how much of the high and critical findings it answers ("12 of 15 high and
// critical findings answered by the roadmap"), each a link to the section that says more.
// On a phone each part has a line of its own, so no separator starts a line.
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import type { RoadmapStatus } from "@hemicycle/shared/enums";
import { readsOnlyValidatedFindings } from "@hemicycle/shared/policy";
import { reportDaysLate } from "@hemicycle/shared/workflows/phase";
import { useMe } from "../../../lib/session.ts";
import { trpc } from "../../../lib/trpc.ts";
import type { MissionDetail } from "../api/missions.ts";

/**
 * The roadmap's coverage of the validated high and critical findings ("12 of 15 …"), for
 * the team and the managers (the server keeps roadmaps.coverage to them: parliament staff
 * are not asked). Rendered only once a roadmap exists, so no idle query waits for one.
 */
function CoveragePart({ roadmapId, sectionPath }: { roadmapId: string; sectionPath: (section: string) => string }) {
  const { t } = useTranslation();
  const coverage = useQuery(trpc.roadmaps.coverage.queryOptions({ id: roadmapId })).data?.highCritical;
  if (!coverage || coverage.total === 0) return null;
  return (
    <span className="flex items-center gap-3">
      <span aria-hidden="true" className="hidden text-zinc-300 sm:inline">
        ·
      </span>
      <Link to={sectionPath("roadmap")} className="text-zinc-700 hover:text-zinc-900 hover:underline">
        {t("mission.headline.coverage", { answered: coverage.answered, count: coverage.total })}
      </Link>
    </span>
  );
}

type MissionHeadlineProps = {
  mission: MissionDetail;
  /** Findings submitted and not yet validated, among those the viewer sees; null while loading. */
  awaitingValidation: number | null;
  roadmap: { status: RoadmapStatus; coveragePercent: number | null } | null;
  /** Today, date-only at UTC midnight. */
  today: Date;
  /** The address of a section of the page. */
  sectionPath: (section: string) => string;
};

export function MissionHeadline({ mission, awaitingValidation, roadmap, today, sectionPath }: MissionHeadlineProps) {
  const { t } = useTranslation();
  const me = useMe();
  // The cache entry the mission page already reads: its id asks for the coverage.
  const roadmapId = useQuery(trpc.roadmaps.byMission.queryOptions({ missionId: mission.id })).data?.id ?? null;
  const late = mission.phases
    .map((phase) => ({ phase, days: reportDaysLate(phase, today) }))
    .filter(({ days }) => days > 0);
  const parts: { key: string; text: string; section: string; tone: "warn" | "plain" }[] = [];
  for (const { phase, days } of late) {
    parts.push({
      key: `late-${phase.id}`,
      text: t("mission.headline.reportLate", { phase: t(`phaseKind.${phase.kind}`), count: days }),
      section: "phases",
      tone: "warn",
    });
  }
  if (awaitingValidation)
    parts.push({
      key: "awaiting",
      text: t("mission.headline.awaitingValidation", { count: awaitingValidation }),
      section: "findings",
      tone: "warn",
    });
  if (roadmap)
    parts.push({
      key: "roadmap",
      text:
        roadmap.coveragePercent === null
          ? t("mission.headline.roadmap", { status: t(`roadmapStatus.${roadmap.status}`) })
          : t("mission.headline.roadmapCoverage", {
              status: t(`roadmapStatus.${roadmap.status}`),
              percent: roadmap.coveragePercent,
            }),
      section: "roadmap",
      tone: "plain",
    });
  else parts.push({ key: "roadmap", text: t("mission.headline.noRoadmap"), section: "roadmap", tone: "plain" });
  return (
    <p
      className="flex flex-col gap-y-1 text-sm sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-3"
      data-testid="mission-headline"
    >
      {parts.map((part, index) => (
        <span key={part.key} className="flex items-center gap-3">
          {index > 0 ? (
            <span aria-hidden="true" className="hidden text-zinc-300 sm:inline">
              ·
            </span>
          ) : null}
          <Link
            to={sectionPath(part.section)}
            className={
              part.tone === "warn"
                ? "font-medium text-amber-800 hover:underline"
                : "text-zinc-700 hover:text-zinc-900 hover:underline"
            }
          >
            {part.tone === "warn" ? <span aria-hidden="true">⚠ </span> : null}
            {part.text}
          </Link>
        </span>
      ))}
      {roadmap && roadmapId && !readsOnlyValidatedFindings(me) ? (
        <CoveragePart roadmapId={roadmapId} sectionPath={sectionPath} />
      ) : null}
    </p>
  );
}
