// One finding of the review queue, read in full without leaving the queue: Previous and
// Next (buttons, or j/k and the arrow keys), Validate, and Reject with a reason. After a
// decision the next finding opens (the decided one leaves a queue of submitted findings).
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { findingMovesFor } from "@hemicycle/shared/policy";
import type { FindingMove } from "@hemicycle/shared/workflows/finding";
import { errorInfo, isStaleVersion } from "../../../lib/errors.ts";
import { renderMessage } from "../../../lib/messages.ts";
import { useMe } from "../../../lib/session.ts";
import { QueryState } from "../../../components/list/query-state.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { useFinding, useSetFindingStatus } from "../api/findings.ts";
import { FindingDetailView, FindingHeaderBadges } from "./finding-detail.tsx";
import { ReviewNotes } from "./review-notes.tsx";
import { ReviewReasonDialog } from "./review-reason-dialog.tsx";

export type ReviewQueueItemProps = {
  id: string;
  /** Its place in the loaded queue, from 0. */
  index: number;
  total: number;
  onPrevious: (() => void) | null;
  onNext: (() => void) | null;
  /** After a decision: the finding to open next, or null to go back to the list. */
  onDecided: () => void;
  onBack: () => void;
};

/** Keys typed into a field or a dialog are not the queue's. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) || !!target.closest("dialog")
  );
}

export function ReviewQueueItem({ id, index, total, onPrevious, onNext, onDecided, onBack }: ReviewQueueItemProps) {
  const { t } = useTranslation();
  const me = useMe();
  const query = useFinding(id);
  const finding = query.data;
  const setStatus = useSetFindingStatus();
  const [asking, setAsking] = useState<FindingMove | null>(null);
  const [stale, setStale] = useState(false);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const previous = event.key === "k" || event.key === "ArrowLeft" || event.key === "ArrowUp";
      const next = event.key === "j" || event.key === "ArrowRight" || event.key === "ArrowDown";
      const go = previous ? onPrevious : next ? onNext : null;
      if (!go) return;
      event.preventDefault();
      go();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [onPrevious, onNext]);

  const moves = finding
    ? findingMovesFor(me, finding.status, { teamRole: finding.myTeamRole, authorId: finding.author.id }).filter(
        (m) => m.action === "validate" || m.action === "reject",
      )
    : [];

  function decide(move: FindingMove, comment?: string) {
    if (!finding) return;
    setStale(false);
    setStatus.mutate(
      { id: finding.id, version: finding.version, status: move.to, comment },
      {
        onSuccess: () => {
          setAsking(null);
          toast.success(t(`findingActions.done.${move.action}`));
          onDecided();
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

  const reasonError = setStatus.error ? errorInfo(setStatus.error).fieldErrors.comment?.[0] : undefined;

  return (
    <section aria-labelledby="review-item-title" className="flex flex-col gap-4">
      <nav
        aria-label={t("findingReview.item.navigation")}
        className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-zinc-200 bg-white px-3 py-2"
      >
        <Button variant="ghost" size="sm" onClick={onBack}>
          {t("findingReview.item.backToList")}
        </Button>
        <div className="flex items-center gap-2">
          <Button size="sm" onClick={onPrevious ?? undefined} disabled={!onPrevious} aria-keyshortcuts="k ArrowLeft">
            {t("findingReview.item.previous")}
          </Button>
          {index >= 0 ? (
            <span className="text-sm text-zinc-600" aria-live="polite">
              {t("findingReview.item.position", { position: index + 1, total })}
            </span>
          ) : null}
          <Button size="sm" onClick={onNext ?? undefined} disabled={!onNext} aria-keyshortcuts="j ArrowRight">
            {t("findingReview.item.next")}
          </Button>
        </div>
      </nav>
      <QueryState query={query}>
        {finding ? (
          <>
            <header className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
              <div className="flex min-w-0 flex-col gap-2">
                <p className="font-mono text-xs text-zinc-500">{finding.phase.mission.code}</p>
                <h2 id="review-item-title" className="text-xl font-semibold text-zinc-900">
                  {finding.title}
                </h2>
                <FindingHeaderBadges finding={finding} />
              </div>
              {moves.length > 0 ? (
                <div className="flex flex-wrap gap-2" role="group" aria-label={t("findingReview.item.decision")}>
                  {moves.map((move) => (
                    <Button
                      key={move.action}
                      variant={move.action === "validate" ? "primary" : "danger"}
                      disabled={setStatus.isPending}
                      loading={setStatus.isPending && setStatus.variables?.status === move.to}
                      onClick={() => {
                        if (move.action === "reject") {
                          setStatus.reset();
                          setAsking(move);
                        } else decide(move);
                      }}
                    >
                      {t(`findingActions.${move.action}`)}
                    </Button>
                  ))}
                </div>
              ) : null}
            </header>
            {stale ? (
              <Alert tone="warning" title={t("findingActions.staleTitle")}>
                {t("findingActions.staleBody")}
              </Alert>
            ) : null}
            <FindingDetailView finding={finding} />
            <ReviewNotes finding={finding} />
            <ReviewReasonDialog
              move={asking}
              findingTitle={finding.title}
              busy={setStatus.isPending}
              serverError={reasonError ? renderMessage(reasonError) : undefined}
              onSubmit={(comment) => asking && decide(asking, comment)}
              onClose={() => setAsking(null)}
            />
          </>
        ) : null}
      </QueryState>
    </section>
  );
}
