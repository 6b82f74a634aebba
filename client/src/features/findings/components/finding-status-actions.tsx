// The workflow buttons of a finding. Team members submit and withdraw; the phase's lead
// (or a coordinator) validates, rejects and reopens. The server enforces the same rules;
// these only hide what would be refused.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import type { FindingStatus } from "@hemicycle/shared/enums";
import { errorInfo } from "../../../lib/errors.ts";
import { Button } from "../../../components/ui/button.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { ConfirmDialog } from "../../../components/ui/dialog.tsx";
import { useReloadFinding, useSetFindingStatus, type FindingDetail } from "../api/findings.ts";

type Who = "team" | "lead";
type Action = {
  to: FindingStatus;
  who: Who;
  key: "submit" | "withdraw" | "backToDraft" | "validate" | "reject" | "reopen";
  variant: "primary" | "secondary" | "danger";
};

const ACTIONS: Record<FindingStatus, Action[]> = {
  DRAFT: [{ to: "SUBMITTED", who: "team", key: "submit", variant: "primary" }],
  SUBMITTED: [
    { to: "VALIDATED", who: "lead", key: "validate", variant: "primary" },
    { to: "REJECTED", who: "lead", key: "reject", variant: "danger" },
    { to: "DRAFT", who: "team", key: "withdraw", variant: "secondary" },
  ],
  REJECTED: [{ to: "DRAFT", who: "team", key: "backToDraft", variant: "secondary" }],
  VALIDATED: [{ to: "SUBMITTED", who: "lead", key: "reopen", variant: "secondary" }],
};

type FindingStatusActionsProps = {
  finding: FindingDetail;
  /** On the phase's team (or a coordinator/admin). */
  isTeam: boolean;
  /** The phase's lead expert (or a coordinator/admin). */
  isLead: boolean;
};

export function FindingStatusActions({ finding, isTeam, isLead }: FindingStatusActionsProps) {
  const { t } = useTranslation();
  const setStatus = useSetFindingStatus();
  const reload = useReloadFinding();
  const [stale, setStale] = useState(false);
  const group = useRef<HTMLDivElement>(null);
  // Set after a move: the button pressed is gone, so focus goes to the new primary action.
  const refocus = useRef(false);
  // Rejecting is asked for again: it sits next to Validate and has no reason field yet.
  const [confirmReject, setConfirmReject] = useState<Action | null>(null);
  const allowed = ACTIONS[finding.status].filter((a) => (a.who === "lead" ? isLead : isTeam || isLead));

  useEffect(() => {
    if (!refocus.current || setStatus.isPending) return; // disabled buttons cannot take focus
    refocus.current = false;
    const buttons = Array.from(group.current?.querySelectorAll<HTMLButtonElement>("button") ?? []);
    const next = buttons.find((b) => b.dataset.variant === "primary") ?? buttons[0];
    (next ?? group.current)?.focus();
  }, [setStatus.isPending, finding.status]);

  if (allowed.length === 0 && !stale) return null;

  function run(action: Action) {
    setStale(false);
    setStatus.mutate(
      { id: finding.id, version: finding.version, status: action.to },
      {
        onSuccess: () => {
          setConfirmReject(null);
          toast.success(t(`findingActions.done.${action.key}`));
          refocus.current = true;
        },
        onError: (error) => {
          setConfirmReject(null);
          if (errorInfo(error).reason === "STALE_VERSION") {
            setStale(true);
            void reload(finding.id);
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
        {allowed.map((action) => (
          <Button
            key={action.key}
            variant={action.variant}
            data-variant={action.variant}
            onClick={() => (action.key === "reject" ? setConfirmReject(action) : run(action))}
            disabled={setStatus.isPending}
            loading={setStatus.isPending && setStatus.variables?.status === action.to}
          >
            {t(`findingActions.${action.key}`)}
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
