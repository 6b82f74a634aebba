// Comments on the report: the list for one section (or the report as a whole), the form
// to add one, and deleting one's own. What to offer is asked of the shared policy
// (mayCommentOnReport, mayDeleteReportComment) with the phase's status as the server last
// gave it; the server checks again under the phase's lock.
import { useId, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { mayDeleteReportComment } from "@hemicycle/shared/policy";
import { ZReportCommentInput } from "@hemicycle/shared/schemas/report-review";
import { formatDateTime } from "../../../lib/format.ts";
import { useMe } from "../../../lib/session.ts";
import { FormAlert } from "../../../components/form/form-alert.tsx";
import { useSchemaForm } from "../../../components/form/use-schema-form.ts";
import { Button } from "../../../components/ui/button.tsx";
import { ConfirmDialog } from "../../../components/ui/dialog.tsx";
import { Textarea } from "../../../components/ui/field.tsx";
import { MarkdownText } from "../../../components/ui/markdown.tsx";
import {
  useAddReportComment,
  useDeleteReportComment,
  type ReportComment,
  type ReportComments,
} from "../api/report-review.ts";

type Phase = ReportComments["phase"];

export function CommentList({ comments, phase }: { comments: readonly ReportComment[]; phase: Phase }) {
  const { t } = useTranslation();
  return (
    <ul className="flex flex-col gap-2" aria-label={t("reportReview.comments.title")}>
      {comments.map((comment) => (
        <CommentItem key={comment.id} comment={comment} phase={phase} />
      ))}
    </ul>
  );
}

function CommentItem({ comment, phase }: { comment: ReportComment; phase: Phase }) {
  const { t } = useTranslation();
  const me = useMe();
  const remove = useDeleteReportComment(phase.id);
  const [confirming, setConfirming] = useState(false);
  const headingId = useId();
  const when = formatDateTime(comment.createdAt);
  const mine = comment.author.id === me.id;

  return (
    <li className="rounded-md border border-zinc-200 bg-white p-2.5 shadow-xs">
      <article aria-labelledby={headingId}>
        <p id={headingId} className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5 text-xs">
          <span className="font-medium text-zinc-900">
            {mine ? t("reportReview.comments.you") : comment.author.name}
          </span>
          <span className="text-zinc-500">{t(`role.${comment.author.role}`)}</span>
          <time className="text-zinc-500" dateTime={new Date(comment.createdAt).toISOString()}>
            {when}
          </time>
        </p>
        <MarkdownText text={comment.body} className="mt-1" />
        {mayDeleteReportComment(me, phase, comment.author.id) ? (
          <div className="mt-1 flex justify-end">
            <Button
              size="sm"
              variant="ghost"
              aria-label={t("reportReview.comments.deleteLabel", { when })}
              onClick={() => setConfirming(true)}
            >
              {t("reportReview.comments.delete")}
            </Button>
          </div>
        ) : null}
      </article>
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(
            { id: comment.id },
            {
              onSuccess: () => {
                setConfirming(false);
                toast.success(t("reportReview.comments.deleted"));
              },
              onError: () => setConfirming(false),
            },
          )
        }
        title={t("reportReview.comments.deleteTitle")}
        description={t("reportReview.comments.deleteBody")}
        confirmLabel={t("reportReview.comments.deleteConfirm")}
        busy={remove.isPending}
      />
    </li>
  );
}

/** Sends the form on Ctrl+Enter (⌘+Enter on a Mac), from the text box. */
function submitOnCtrlEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  }
}

type CommentFormProps = {
  phaseId: string;
  /** A section of the outline; the report as a whole when null. */
  section: string | null;
  /** What the form is about, for its accessible name. */
  label: string;
  onDone?: () => void;
  autoFocus?: boolean;
};

export function CommentForm({ phaseId, section, label, onDone, autoFocus }: CommentFormProps) {
  const { t } = useTranslation();
  const add = useAddReportComment();
  const form = useSchemaForm(ZReportCommentInput, { defaultValues: { phaseId, section, body: "" } });

  const onSubmit = form.handleSubmit((values) => {
    add.mutate(values, {
      onSuccess: () => {
        form.reset({ ...values, body: "" });
        toast.success(t("reportReview.comments.sent"));
        onDone?.();
      },
      onError: form.showServerError,
    });
  });

  return (
    <form
      noValidate
      aria-label={label}
      onSubmit={(event) => void onSubmit(event)}
      className="flex flex-col gap-2 rounded-md border border-zinc-200 bg-zinc-50 p-3"
    >
      <FormAlert message={form.alert} />
      <Textarea
        label={t("reportReview.comments.body")}
        hint={t("reportReview.comments.bodyHint")}
        rows={3}
        autoFocus={autoFocus}
        onKeyDown={submitOnCtrlEnter}
        {...form.field("body")}
      />
      <div className="flex flex-wrap justify-end gap-2">
        {onDone ? (
          <Button size="sm" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        ) : null}
        <Button type="submit" size="sm" variant="primary" loading={add.isPending}>
          {t("reportReview.comments.send")}
        </Button>
      </div>
    </form>
  );
}
