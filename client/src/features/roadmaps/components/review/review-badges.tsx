import { useTranslation } from "react-i18next";
import type { ReviewDecision, RoadmapStatus } from "@hemicycle/shared/enums";
import { Badge, type BadgeTone } from "../../../../components/ui/badge.tsx";

const statusTones: Record<RoadmapStatus, BadgeTone> = {
  DRAFT: "gray",
  IN_REVIEW: "purple",
  CHANGES_REQUESTED: "orange",
  ENDORSED: "green",
};

export function RoadmapStatusBadge({ status }: { status: RoadmapStatus }) {
  const { t } = useTranslation();
  return (
    <Badge tone={statusTones[status]} dot>
      {t(`roadmapStatus.${status}`)}
    </Badge>
  );
}

export function DecisionBadge({ decision }: { decision: ReviewDecision }) {
  const { t } = useTranslation();
  return <Badge tone={decision === "ENDORSE" ? "green" : "orange"}>{t(`reviewDecision.${decision}`)}</Badge>;
}
