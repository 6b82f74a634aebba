// Moves a phase to one of the statuses its workflow allows, only when the coordinator
// presses Apply. Cancelling is spelled out first. When the move re-checks the team
// (reinstating a cancelled phase) and someone would be double-booked or is unavailable,
// the dialog names the clash and lets the coordinator go ahead with a reason.
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { nextPhaseStatuses } from "@hemicycle/shared/phase-workflow";
import type { PhaseStatus } from "@hemicycle/shared/enums";
import { errorInfo, type ErrorInfo } from "../../../lib/errors.ts";
import { translateMessage } from "../../../lib/i18n.ts";
import { cn } from "../../../lib/cn.ts";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { useUpdatePhaseStatus, type Phase } from "../api/missions.ts";
import { ClashAlert, isClash } from "./clash-alert.tsx";

/** Mount it with a new `key` for each opening: every opening starts from a clean state. */
type PhaseStatusDialogProps = { open: boolean; onClose: () => void; phase: Phase };

export function PhaseStatusDialog({ open, onClose, phase }: PhaseStatusDialogProps) {
  const { t } = useTranslation();
  const update = useUpdatePhaseStatus();
  const [chosen, setChosen] = useState<PhaseStatus | null>(null);
  const [conflict, setConflict] = useState<ErrorInfo | null>(null);
  const [stale, setStale] = useState(false);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<{ status?: string; reason?: string; form?: string }>({});
  const legendId = useId();
  const formId = `phase-status-${phase.id}`;
  const phaseName = t(`phaseKind.${phase.kind}`);
  // The phase may have moved since the dialog opened (a stale version reloads it).
  const options = nextPhaseStatuses(phase.status);
  const status = chosen && options.includes(chosen) ? chosen : null;

  function choose(next: PhaseStatus) {
    setChosen(next);
    setConflict(null); // the clash was about the previous choice
    setReason("");
    setErrors({});
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!status) {
      setErrors({ status: t("phaseDialog.chooseStatus") });
      return;
    }
    const overrideReason = conflict ? reason.trim() : undefined;
    if (conflict && !overrideReason) {
      setErrors({ reason: t("phaseDialog.reasonRequired") });
      return;
    }
    setErrors({});
    setStale(false);
    update.mutate(
      { id: phase.id, version: phase.version, status, overrideReason },
      {
        onSuccess: () => {
          toast.success(t("phase.statusChanged", { status: t(`phaseStatus.${status}`) }));
          onClose();
        },
        onError: (error) => {
          const info = errorInfo(error);
          if (isClash(info)) {
            setConflict(info);
            return;
          }
          if (info.reason === "STALE_VERSION") {
            // The mutation refreshes the mission; the dialog stays open on the new state.
            setConflict(null);
            setReason("");
            setStale(true);
            return;
          }
          const messages = [...(info.fieldErrors?.status ?? []), ...(info.fieldErrors?.overrideReason ?? [])];
          setErrors({
            form: messages.length ? messages.map(translateMessage).join(" ") : translateMessage(info.message),
          });
        },
      },
    );
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t("phaseDialog.title", { phase: phaseName })}
      description={t("phaseDialog.current", { status: t(`phaseStatus.${phase.status}`) })}
      footer={
        <>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button
            type="submit"
            form={formId}
            variant={conflict || status === "CANCELLED" ? "danger" : "primary"}
            loading={update.isPending}
            disabled={options.length === 0}
          >
            {conflict
              ? t("phaseDialog.applyAnyway")
              : status === "CANCELLED"
                ? t("phaseDialog.cancelPhase")
                : t("phaseDialog.apply")}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={submit} className="flex flex-col gap-4">
        {stale ? (
          <Alert tone="warning" title={t("phaseDialog.staleTitle")}>
            {t("phaseDialog.staleBody")}
          </Alert>
        ) : null}
        {options.length === 0 ? (
          <p className="text-sm text-zinc-600">{t("phaseDialog.noMoves")}</p>
        ) : (
          <fieldset
            aria-invalid={errors.status ? true : undefined}
            aria-describedby={errors.status ? `${formId}-error` : undefined}
          >
            <legend id={legendId} className="text-sm font-medium text-zinc-800">
              {t("phaseDialog.newStatus")}
            </legend>
            <div className="mt-1 rounded-md border border-zinc-200">
              {options.map((option, i) => (
                <label
                  key={option}
                  className={cn(
                    "flex cursor-pointer items-center gap-3 border-b border-zinc-100 px-3 py-2 text-sm last:border-b-0 hover:bg-zinc-50",
                    status === option && "bg-brand-50 hover:bg-brand-50",
                  )}
                >
                  <input
                    type="radio"
                    name={`${formId}-status`}
                    value={option}
                    checked={status === option}
                    onChange={() => choose(option)}
                    className="accent-brand-600"
                    data-autofocus={i === 0 ? true : undefined}
                  />
                  <span className={cn(option === "CANCELLED" && "text-red-800")}>{t(`phaseStatus.${option}`)}</span>
                </label>
              ))}
            </div>
            {errors.status ? (
              <p id={`${formId}-error`} className="mt-1 text-xs font-medium text-red-700">
                {errors.status}
              </p>
            ) : null}
          </fieldset>
        )}

        {status === "CANCELLED" ? (
          <Alert tone="warning" title={t("phaseDialog.cancelTitle")}>
            {t("phaseDialog.cancelBody", { phase: phaseName })}
          </Alert>
        ) : null}

        {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}

        {conflict ? (
          <ClashAlert
            conflict={conflict}
            overlapTitle={t("phaseDialog.overlapTitle")}
            unavailableTitle={t("phaseDialog.unavailableTitle")}
            reasonLabel={t("phaseDialog.overrideReason")}
            reason={reason}
            onReasonChange={setReason}
            reasonError={errors.reason}
          />
        ) : null}
      </form>
    </Dialog>
  );
}
