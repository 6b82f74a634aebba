// The mission in one line under its title: what waits on someone ("5 findings await
// validation"), a late report ("Assessment report 16 days late") and where the roadmap
// stands, each a link to the section that says more. On a phone each part has a line of
// its own, so no separator starts a line.
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import type { RoadmapStatus } from "@hemicycle/shared/enums";
import { reportDaysLate } from "@hemicycle/shared/workflows/phase";
import type { MissionDetail } from "../api/missions.ts";

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
    </p>
  );
}
