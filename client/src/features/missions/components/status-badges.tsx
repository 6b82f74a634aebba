import { useTranslation } from "react-i18next";
import type { MissionStatus, PhaseStatus, TeamRole } from "@hemicycle/shared/enums";
import { Badge, type BadgeTone } from "../../../components/ui/badge.tsx";

const missionTones: Record<MissionStatus, BadgeTone> = {
  PLANNED: "blue",
  IN_PROGRESS: "indigo",
  COMPLETED: "green",
  CANCELLED: "gray",
};

export function MissionStatusBadge({ status }: { status: MissionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge tone={missionTones[status]} dot>
      {t(`missionStatus.${status}`)}
    </Badge>
  );
}

const phaseTones: Record<PhaseStatus, BadgeTone> = {
  PLANNED: "gray",
  TEAM_CONFIRMED: "blue",
  FIELDWORK: "indigo",
  DRAFT_REPORT: "yellow",
  PARLIAMENT_REVIEW: "purple",
  FINALISED: "green",
  CANCELLED: "red",
};

/** Bar colours of the timeline, one per phase status. */
export const phaseBarClasses: Record<PhaseStatus, string> = {
  PLANNED: "bg-zinc-400",
  TEAM_CONFIRMED: "bg-sky-500",
  FIELDWORK: "bg-brand-600",
  DRAFT_REPORT: "bg-amber-500",
  PARLIAMENT_REVIEW: "bg-violet-500",
  FINALISED: "bg-emerald-500",
  CANCELLED: "bg-red-300",
};

export function PhaseStatusBadge({ status }: { status: PhaseStatus }) {
  const { t } = useTranslation();
  return (
    <Badge tone={phaseTones[status]} dot>
      {t(`phaseStatus.${status}`)}
    </Badge>
  );
}

export function TeamRoleBadge({ role }: { role: TeamRole }) {
  const { t } = useTranslation();
  return <Badge tone={role === "LEAD" ? "indigo" : "gray"}>{t(`teamRole.${role}`)}</Badge>;
}

/** "Report 16 days late", on a mission or a phase whose report is past its due date; nothing otherwise. */
export function ReportLateFlag({ days }: { days: number }) {
  const { t } = useTranslation();
  if (days <= 0) return null;
  return (
    <Badge tone="red" dot>
      {t("missions.reportLate", { count: days })}
    </Badge>
  );
}
