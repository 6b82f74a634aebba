// "Read the report" on a phase of the mission page, once the report has reached the
// parliament (in parliament review or finalised): the team follows the staff's comments
// there and answers them.
import { useTranslation } from "react-i18next";
import type { PhaseKind, PhaseStatus } from "@hemicycle/shared/enums";
import { mayReadPhaseReport, reportShownToParliament, type Actor } from "@hemicycle/shared/policy";
import { useMe } from "../../../lib/session.ts";
import { ButtonLink } from "../../../components/ui/button.tsx";
import { reportReviewPath } from "../api/report-review.ts";

type LinkedPhase = { id: string; kind: PhaseKind; status: PhaseStatus };
type ReadReportLinkProps = { missionId: string; phase: LinkedPhase };

/** The link is offered: the report has reached the parliament and this user may read it. */
export function offersReadReport(actor: Pick<Actor, "role">, phase: LinkedPhase): boolean {
  return reportShownToParliament(phase.status) && mayReadPhaseReport(actor, phase);
}

export function ReadReportLink({ missionId, phase }: ReadReportLinkProps) {
  const { t } = useTranslation();
  const me = useMe();
  if (!offersReadReport(me, phase)) return null;
  return (
    <ButtonLink
      to={reportReviewPath(missionId, phase.id)}
      size="sm"
      aria-label={t("reportReview.readLabel", { kind: phase.kind })}
    >
      {t("reportReview.read")}
    </ButtonLink>
  );
}
