// Where the review stands, said at the top of the review page: the endorsement record
// (who endorsed which revision, when, what they wrote) once there is a baseline, and a
// line on what happens next in the other statuses.
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../lib/format.ts";
import { Alert } from "../../../../components/ui/alert.tsx";
import type { Roadmap } from "../../api/types.ts";
import { useRevisions } from "../../api/roadmap-review.ts";

/** Who endorsed the baseline, which revision, when; null while the roadmap has none. */
export function EndorsementRecord({ roadmap }: { roadmap: Roadmap }) {
  const { t } = useTranslation();
  const revisions = useRevisions(roadmap.id);
  const baseline = roadmap.baselineRevision;
  if (baseline === null) return null;
  // The endorsement stores the submission it endorsed again, as the next revision: the
  // decision itself sits on the submission.
  const endorsedRevision = revisions.data?.find((r) => r.number === baseline - 1);
  const decision = endorsedRevision?.decisions.findLast((d) => d.decision === "ENDORSE");
  const stillCurrent = roadmap.status === "ENDORSED";

  return (
    <Alert
      tone={stillCurrent ? "success" : "info"}
      live={false}
      title={t("roadmapReview.endorsement.title", { number: endorsedRevision?.number ?? baseline })}
    >
      {decision ? (
        <>
          <p>
            {t("roadmapReview.endorsement.by", {
              who: decision.decidedBy?.name ?? t("roadmapReview.someone"),
              when: formatDateTime(decision.createdAt),
            })}{" "}
            {t("roadmapReview.endorsement.baseline", { number: baseline })}
          </p>
          {decision.comment ? (
            <blockquote dir="auto" className="mt-1.5 border-s-2 border-current/30 ps-2.5 whitespace-pre-line">
              {decision.comment}
            </blockquote>
          ) : null}
        </>
      ) : null}
      {stillCurrent ? null : <p className="mt-1.5">{t("roadmapReview.endorsement.nextDraft")}</p>}
    </Alert>
  );
}

/** What happens next, for a roadmap that is not (or no longer) simply endorsed. */
export function ReviewStateNote({ roadmap, canReview }: { roadmap: Roadmap; canReview: boolean }) {
  const { t } = useTranslation();
  const number = roadmap.latestRevision?.number;
  if (roadmap.status === "IN_REVIEW" && number !== undefined) {
    return (
      <Alert tone="info" live={false} title={t("roadmapReview.state.inReview", { number })}>
        {canReview ? t("roadmapReview.state.inReviewYou") : t("roadmapReview.state.inReviewOthers")}
      </Alert>
    );
  }
  if (roadmap.status === "CHANGES_REQUESTED" && number !== undefined) {
    return (
      <Alert tone="warning" live={false} title={t("roadmapReview.state.changesRequested", { number })}>
        {t("roadmapReview.state.changesRequestedNext")}
      </Alert>
    );
  }
  return null;
}
