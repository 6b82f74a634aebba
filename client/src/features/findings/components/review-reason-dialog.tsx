// Asks the reviewer why, before a move that needs a reason (rejecting, reopening: the
// shared workflow's moveNeedsReason): the author reads it on the finding to fix it. The
// reason is checked here as the server checks it, and the server's own word on it shows
// next to the field too. Ctrl+Enter (Cmd+Enter) sends it.
import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { message } from "@hemicycle/shared/messages";
import { MAX_REVIEW_NOTE_LENGTH, moveNeedsReason, type FindingMove } from "@hemicycle/shared/workflows/finding";
import { renderMessage } from "../../../lib/messages.ts";
import { Button } from "../../../components/ui/button.tsx";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { Textarea } from "../../../components/ui/field.tsx";

export type ReviewReasonDialogProps = {
  /** The move asked for; the dialog is open while there is one. */
  move: FindingMove | null;
  findingTitle: string;
  busy?: boolean;
  /** What the server said of the reason, shown next to the field. */
  serverError?: string | undefined;
  onSubmit: (comment: string) => void;
  onClose: () => void;
};

/** The reason's problem, in the reader's language, or undefined when it will do. */
export function reasonProblem(move: Pick<FindingMove, "action">, reason: string): string | undefined {
  const trimmed = reason.trim();
  if (!trimmed && moveNeedsReason(move)) return renderMessage(message("reasonRequired"));
  if (trimmed.length > MAX_REVIEW_NOTE_LENGTH)
    return renderMessage(message("tooLong", { maximum: MAX_REVIEW_NOTE_LENGTH }));
  return undefined;
}

export function ReviewReasonDialog({
  move,
  findingTitle,
  busy,
  serverError,
  onSubmit,
  onClose,
}: ReviewReasonDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const action = move?.action === "reopen" ? "reopen" : "reject";
  return (
    <Dialog
      open={move !== null}
      onClose={onClose}
      title={t(`findingReview.dialog.${action}.title`)}
      description={t(`findingReview.dialog.${action}.description`, { title: findingTitle })}
      footer={
        move ? (
          <>
            <Button onClick={onClose}>{t("common.cancel")}</Button>
            <Button
              type="submit"
              form={formId}
              variant={move.action === "reject" ? "danger" : "primary"}
              loading={busy}
            >
              {t(`findingActions.${move.action}`)}
            </Button>
          </>
        ) : null
      }
    >
      {/* A fresh form for each move: the key drops a reason typed for another. */}
      {move ? (
        <ReasonForm
          key={move.action}
          formId={formId}
          move={move}
          busy={busy}
          serverError={serverError}
          onSubmit={onSubmit}
        />
      ) : null}
    </Dialog>
  );
}

function ReasonForm({
  formId,
  move,
  busy,
  serverError,
  onSubmit,
}: Pick<ReviewReasonDialogProps, "busy" | "serverError" | "onSubmit"> & { formId: string; move: FindingMove }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const problem = tried ? reasonProblem(move, reason) : undefined;

  function submit(event?: FormEvent) {
    event?.preventDefault();
    setTried(true);
    if (busy || reasonProblem(move, reason)) return;
    onSubmit(reason.trim());
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  }

  return (
    <form id={formId} onSubmit={submit} noValidate>
      <Textarea
        label={t("findingReview.dialog.reason")}
        hint={t("findingReview.dialog.hint")}
        required={moveNeedsReason(move)}
        rows={5}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        onKeyDown={onKeyDown}
        error={problem ?? serverError}
      />
    </form>
  );
}
