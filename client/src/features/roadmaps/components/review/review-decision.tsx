// The parliament's decision on the revision under review: request changes, or endorse
// that very revision. Each asks for a comment (ZReviewRoadmapInput) and names the
// revision it decides on; when the team resubmitted meanwhile the server refuses
// (revisionNotUnderReview), the page says so and reloads onto the new revision.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import type { ReviewDecision } from "@hemicycle/shared/enums";
import { ZReviewRoadmapInput } from "@hemicycle/shared/schemas/roadmaps";
import { describeError } from "../../../../lib/describe-error.ts";
import { formatDateTime } from "../../../../lib/format.ts";
import { useMe } from "../../../../lib/session.ts";
import { useDialogState } from "../../../../lib/use-dialog-state.ts";
import { useSchemaForm } from "../../../../components/form/use-schema-form.ts";
import { FormAlert } from "../../../../components/form/form-alert.tsx";
import { Alert } from "../../../../components/ui/alert.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import { Dialog } from "../../../../components/ui/dialog.tsx";
import { Textarea } from "../../../../components/ui/field.tsx";
import type { Roadmap } from "../../api/types.ts";
import { roadmapAbilities } from "../../lib/abilities.ts";
import { isReviewOvertaken, useReviewRoadmap } from "../../api/roadmap-review.ts";

/** What the page shows once a decision was refused because the review moved on. */
export type Overtaken = { message: string; revision: number };

type ReviewDecisionButtonsProps = {
  roadmap: Roadmap;
  /** The review moved on while the reviewer read (the page reloads the roadmap). */
  onOvertaken: (overtaken: Overtaken) => void;
};

/** "Request changes" and "Endorse revision N", for the parliament's staff while the roadmap is in review. */
export function ReviewDecisionButtons({ roadmap, onOvertaken }: ReviewDecisionButtonsProps) {
  const { t } = useTranslation();
  const me = useMe();
  const dialog = useDialogState<ReviewDecision>();
  const revision = roadmap.latestRevision?.number;
  if (!roadmapAbilities(me, roadmap).review || roadmap.status !== "IN_REVIEW" || revision === undefined) return null;

  return (
    <div role="group" aria-label={t("roadmapReview.decision.label")} className="flex flex-wrap gap-2">
      <Button onClick={() => dialog.open("REQUEST_CHANGES")}>{t("roadmapReview.decision.requestChanges")}</Button>
      <Button variant="primary" onClick={() => dialog.open("ENDORSE")}>
        {t("roadmapReview.decision.endorse", { number: revision })}
      </Button>
      {dialog.payload ? (
        <ReviewDecisionDialog
          key={dialog.key}
          open={dialog.isOpen}
          onClose={dialog.close}
          roadmap={roadmap}
          revision={revision}
          decision={dialog.payload}
          onOvertaken={(overtaken) => {
            dialog.close();
            onOvertaken(overtaken);
          }}
        />
      ) : null}
    </div>
  );
}

type ReviewDecisionDialogProps = {
  open: boolean;
  onClose: () => void;
  roadmap: Roadmap;
  /** The revision the reviewer read and decides on. */
  revision: number;
  decision: ReviewDecision;
  onOvertaken: (overtaken: Overtaken) => void;
};

export function ReviewDecisionDialog({
  open,
  onClose,
  roadmap,
  revision,
  decision,
  onOvertaken,
}: ReviewDecisionDialogProps) {
  const { t } = useTranslation();
  const review = useReviewRoadmap();
  // Fixed at opening: a refetch behind the dialog cannot change what the reviewer is told they decide on.
  const [decidedOn] = useState(revision);
  const form = useSchemaForm(ZReviewRoadmapInput, {
    defaultValues: { id: roadmap.id, revision: decidedOn, decision, comment: "" },
  });
  const formId = `review-${decision}`;
  const endorse = decision === "ENDORSE";
  const submitted = roadmap.latestRevision?.number === decidedOn ? roadmap.latestRevision.createdAt : null;

  const onSubmit = form.handleSubmit((values) => {
    review.mutate(values, {
      onSuccess: () => {
        toast.success(
          t(endorse ? "roadmapReview.decision.endorsed" : "roadmapReview.decision.changesRequested", {
            number: decidedOn,
          }),
        );
        onClose();
      },
      onError: (error) => {
        if (isReviewOvertaken(error)) onOvertaken({ message: describeError(error), revision: decidedOn });
        else form.showServerError(error);
      },
    });
  });

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={
        endorse
          ? t("roadmapReview.decision.endorseTitle", { number: decidedOn })
          : t("roadmapReview.decision.requestChangesTitle", { number: decidedOn })
      }
      footer={
        <>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button type="submit" form={formId} variant={endorse ? "primary" : "danger"} loading={review.isPending}>
            {endorse
              ? t("roadmapReview.decision.endorse", { number: decidedOn })
              : t("roadmapReview.decision.requestChanges")}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={(event) => void onSubmit(event)} className="flex flex-col gap-4">
        {endorse ? (
          <Alert
            tone="info"
            live={false}
            title={t("roadmapReview.decision.endorseWhat", { number: decidedOn, title: roadmap.title })}
          >
            <p>
              {submitted ? t("roadmapReview.decision.submittedOn", { when: formatDateTime(submitted) }) : null}{" "}
              {t("roadmapReview.decision.endorseEffect")}
            </p>
          </Alert>
        ) : (
          <p className="text-sm text-zinc-700">
            {t("roadmapReview.decision.requestChangesEffect", { number: decidedOn })}
          </p>
        )}
        <FormAlert message={form.alert} />
        <Textarea
          label={t(endorse ? "roadmapReview.decision.endorseComment" : "roadmapReview.decision.changesComment")}
          hint={t("roadmapReview.decision.commentHint")}
          rows={5}
          data-autofocus
          {...form.field("comment")}
        />
      </form>
    </Dialog>
  );
}
