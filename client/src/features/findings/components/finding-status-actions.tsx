// The workflow buttons of a finding: exactly the moves the shared policy gives this user
// on it (findingMovesFor), which are the moves the server accepts from them.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { findingMovesFor } from "@hemicycle/shared/policy";
import type { FindingMove } from "@hemicycle/shared/workflows/finding";
import { isStaleVersion } from "../../../lib/errors.ts";
import { useMe } from "../../../lib/session.ts";
import { Button } from "../../../components/ui/button.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { ConfirmDialog } from "../../../components/ui/dialog.tsx";
import { useSetFindingStatus, type FindingDetail } from "../api/findings.ts";

/** How each move looks: the one that moves the finding on is the primary button. */
const VARIANTS: Record<FindingMove["action"], "primary" | "secondary" | "danger"> = {
  submit: "primary",
  validate: "primary",
  reject: "danger",
  withdraw: "secondary",
  backToDraft: "secondary",
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
  // Rejecting is asked for again: it sits next to Validate and has no reason field yet.
  const [confirmReject, setConfirmReject] = useState<FindingMove | null>(null);
  const moves = findingMovesFor(me, finding.status, finding.myTeamRole);

  useEffect(() => {
    if (!refocus.current || setStatus.isPending) return; // disabled buttons cannot take focus
    refocus.current = false;
    const buttons = Array.from(group.current?.querySelectorAll<HTMLButtonElement>("button") ?? []);
    const next = buttons.find((b) => b.dataset.variant === "primary") ?? buttons[0];
    (next ?? group.current)?.focus();
  }, [setStatus.isPending, finding.status]);

  if (moves.length === 0 && !stale) return null;

  function run(move: FindingMove) {
    setStale(false);
    setStatus.mutate(
      { id: finding.id, version: finding.version, status: move.to },
      {
        onSuccess: () => {
          setConfirmReject(null);
          toast.success(t(`findingActions.done.${move.action}`));
          refocus.current = true;
        },
        onError: (error) => {
          setConfirmReject(null);
          if (isStaleVersion(error)) setStale(true);
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
            onClick={() => (move.action === "reject" ? setConfirmReject(move) : run(move))}
            disabled={setStatus.isPending}
            loading={setStatus.isPending && setStatus.variables?.status === move.to}
          >
            {t(`findingActions.${move.action}`)}
          </Button>
        ))}
      </div>
      <ConfirmDialog
        open={confirmReject !== null}
        onClose={() => setConfirmReject(null)}
        onConfirm={() => confirmReject && run(confirmReject)}
        title={t("findingActions.rejectTitle")}
        description={t("findingActions.rejectBody", { title: finding.title })}
        confirmLabel={t("findingActions.reject")}
        busy={setStatus.isPending}
      />
    </div>
  );
}
