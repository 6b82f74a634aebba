// The workflow buttons of a finding: exactly the moves the shared policy gives this user
// on it (findingMovesFor, four eyes included), which are the moves the server accepts from
// them. A move that needs a reason (reject, reopen) asks for it first.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { findingMovesFor, mayReviewFindings, reviewsOwnFinding } from "@hemicycle/shared/policy";
import { moveNeedsReason, type FindingMove } from "@hemicycle/shared/workflows/finding";
import { errorInfo, isStaleVersion } from "../../../lib/errors.ts";
import { renderMessage } from "../../../lib/messages.ts";
import { useMe } from "../../../lib/session.ts";
import { Button } from "../../../components/ui/button.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { useSetFindingStatus, type FindingDetail } from "../api/findings.ts";
import { ReviewReasonDialog } from "./review-reason-dialog.tsx";

/** How each move looks: the one that moves the finding on is the primary button. */
const VARIANTS: Record<FindingMove["action"], "primary" | "secondary" | "danger"> = {
  submit: "primary",
  validate: "primary",
  reject: "danger",
  withdraw: "secondary",
  backToDraft: "secondary",
  resubmit: "primary",
  reopen: "secondary",
};

export function FindingStatusActions({ finding }: { finding: FindingDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const setStatus = useSetFindingStatus();
  const [stale, setStale] = useState(false);
  const group = useRef<HTMLDivElement>(null);
  // Set after a move: the button pressed is gone, so focus goes to the new primary action.
  const refocus = useRef(false);
  // Rejecting and reopening ask the reason first, which the author reads.
  const [asking, setAsking] = useState<FindingMove | null>(null);
  const facts = { teamRole: finding.myTeamRole, authorId: finding.author.id };
  const moves = findingMovesFor(me, finding.status, facts);
  // Four eyes: the lead sees why Validate is missing on their own submitted finding.
  const ownToReview =
    finding.status === "SUBMITTED" && mayReviewFindings(me, facts.teamRole) && reviewsOwnFinding(me, facts);
  const reasonError = setStatus.error ? errorInfo(setStatus.error).fieldErrors.comment?.[0] : undefined;

  useEffect(() => {
    if (!refocus.current || setStatus.isPending) return; // disabled buttons cannot take focus
    refocus.current = false;
    const buttons = Array.from(group.current?.querySelectorAll<HTMLButtonElement>("button") ?? []);
    const next = buttons.find((b) => b.dataset.variant === "primary") ?? buttons[0];
    (next ?? group.current)?.focus();
  }, [setStatus.isPending, finding.status]);

  if (moves.length === 0 && !stale) return null;

  function ask(move: FindingMove) {
    setStatus.reset(); // no earlier refusal next to a new reason
    setAsking(move);
  }

  function run(move: FindingMove, comment?: string) {
    setStale(false);
    setStatus.mutate(
      { id: finding.id, version: finding.version, status: move.to, comment },
      {
        onSuccess: () => {
          setAsking(null);
          toast.success(t(`findingActions.done.${move.action}`));
          refocus.current = true;
        },
        onError: (error) => {
          if (isStaleVersion(error)) {
            setAsking(null);
            setStale(true);
          }
        },
      },
    );
  }

  return (
    <div className="flex flex-col items-end gap-2">
      {stale ? (
        <Alert tone="warning" title={t("findingActions.staleTitle")}>
          {t("findingActions.staleBody")}
        </Alert>
      ) : null}
      <div
        ref={group}
        tabIndex={-1}
        className="flex flex-wrap justify-end gap-2 outline-none"
        role="group"
        aria-label={t("findingActions.label")}
      >
        {moves.map((move) => (
          <Button
            key={move.action}
            variant={VARIANTS[move.action]}
            data-variant={VARIANTS[move.action]}
            onClick={() => (moveNeedsReason(move) ? ask(move) : run(move))}
            disabled={setStatus.isPending}
            loading={setStatus.isPending && setStatus.variables?.status === move.to}
          >
            {t(`findingActions.${move.action}`)}
          </Button>
        ))}
      </div>
      {ownToReview ? <p className="max-w-xs text-end text-xs text-zinc-500">{t("findingReview.ownFinding")}</p> : null}
      <ReviewReasonDialog
        move={asking}
        findingTitle={finding.title}
        busy={setStatus.isPending}
        serverError={reasonError ? renderMessage(reasonError) : undefined}
        onSubmit={(comment) => asking && run(asking, comment)}
        onClose={() => setAsking(null)}
      />
    </div>
  );
}
