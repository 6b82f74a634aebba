// Moves a phase to one of the statuses its workflow allows, only when the coordinator
// presses Apply. Cancelling is spelled out first. When the move re-checks the team
// (reinstating a cancelled phase) and someone would be double-booked or is unavailable,
// the dialog names the clash and lets the coordinator go ahead with a reason. The statuses
// offered follow the phase's kind; a move the calendar contradicts (fieldwork before the
// start date, finalised before the end date) warns and asks for the actual date.
import { useId, useState } from "react";
import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { ZPhaseStatusChange } from "@hemicycle/shared/schemas/missions";
import { calendarContradiction, dateOnlyToday, nextPhaseStatuses } from "@hemicycle/shared/workflows/phase";
import { isStaleVersion } from "../../../lib/errors.ts";
import { cn } from "../../../lib/cn.ts";
import { emptyToNull, useSchemaForm } from "../../../components/form/use-schema-form.ts";
import { FormAlert } from "../../../components/form/form-alert.tsx";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { FieldError, TextField } from "../../../components/ui/field.tsx";
import { useUpdatePhaseStatus, type Phase } from "../api/missions.ts";
import { useClashOverride } from "../hooks/use-clash-override.ts";
import { ClashAlert } from "./clash-alert.tsx";

/** Mount it with a new `key` for each opening: every opening starts from a clean state. */
type PhaseStatusDialogProps = { open: boolean; onClose: () => void; phase: Phase };

export function PhaseStatusDialog({ open, onClose, phase }: PhaseStatusDialogProps) {
  const { t } = useTranslation();
  const update = useUpdatePhaseStatus();
  const [stale, setStale] = useState(false);
  const form = useSchemaForm(ZPhaseStatusChange, { defaultValues: { overrideReason: "" } });
  const override = useClashOverride(form, t("phaseDialog.reasonRequired"));
  const chosen = useWatch({ control: form.control, name: "status" });
  const legendId = useId();
  const formId = `phase-status-${phase.id}`;
  const phaseName = t(`phaseKind.${phase.kind}`);
  // The phase may have moved since the dialog opened (a stale version reloads it).
  const options = nextPhaseStatuses(phase.status, phase.kind);
  const status = chosen && options.includes(chosen) ? chosen : null;
  // The options say what to choose; the schema's message would say less.
  const statusError = form.errorOf("status", t("phaseDialog.chooseStatus"));
  const contradiction = status ? calendarContradiction(phase, status, dateOnlyToday()) : null;

  const onSubmit = form.handleSubmit((values) => {
    const overrideReason = override.reasonFor(values);
    if (overrideReason === false) return;
    setStale(false);
    // Only the actual date the calendar asks for travels (the other field is not shown).
    const actual = contradiction ? { [contradiction.field]: values[contradiction.field] ?? null } : {};
    update.mutate(
      { id: phase.id, version: phase.version, status: values.status, overrideReason, ...actual },
      {
        onSuccess: () => {
          toast.success(t("phase.statusChanged", { status: t(`phaseStatus.${values.status}`) }));
          onClose();
        },
        onError: (error) => {
          if (!isStaleVersion(error)) return override.handleError(error);
          // The mutation refreshes the mission; the dialog stays open on the new state.
          override.reset();
          setStale(true);
        },
      },
    );
  });

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
            variant={override.clash || status === "CANCELLED" ? "danger" : "primary"}
            loading={update.isPending}
            disabled={options.length === 0}
          >
            {override.clash
              ? t("phaseDialog.applyAnyway")
              : status === "CANCELLED"
                ? t("phaseDialog.cancelPhase")
                : t("phaseDialog.apply")}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={(event) => void onSubmit(event)} className="flex flex-col gap-4">
        {stale ? (
          <Alert tone="warning" title={t("phaseDialog.staleTitle")}>
            {t("phaseDialog.staleBody")}
          </Alert>
        ) : null}
        {options.length === 0 ? (
          <p className="text-sm text-zinc-600">{t("phaseDialog.noMoves")}</p>
        ) : (
          <fieldset
            aria-invalid={statusError ? true : undefined}
            aria-describedby={statusError ? `${formId}-error` : undefined}
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
                    value={option}
                    className="accent-brand-600"
                    data-autofocus={i === 0 ? true : undefined}
                    {...form.register("status", { onChange: override.reset })}
                  />
                  <span className={cn(option === "CANCELLED" && "text-red-800")}>{t(`phaseStatus.${option}`)}</span>
                </label>
              ))}
            </div>
            <FieldError id={`${formId}-error`} error={statusError} className="mt-1" />
          </fieldset>
        )}

        {status === "CANCELLED" ? (
          <Alert tone="warning" title={t("phaseDialog.cancelTitle")}>
            {t("phaseDialog.cancelBody", { phase: phaseName })}
          </Alert>
        ) : null}

        {contradiction ? (
          <Alert tone="warning" title={t(`missionLifecycle.calendar.${contradiction.reason}Title`)}>
            <p>
              {t(`missionLifecycle.calendar.${contradiction.reason}Body`, {
                date: contradiction.field === "actualStartDate" ? phase.startDate : phase.endDate,
              })}
            </p>
            <TextField
              key={contradiction.field}
              type="date"
              label={t(`missionLifecycle.calendar.${contradiction.field}`)}
              containerClassName="mt-3 max-w-48"
              {...form.field(contradiction.field, { setValueAs: emptyToNull })}
            />
          </Alert>
        ) : null}

        <FormAlert message={form.alert} />

        {override.clash ? (
          <ClashAlert
            clash={override.clash}
            overlapTitle={t("phaseDialog.overlapTitle")}
            unavailableTitle={t("phaseDialog.unavailableTitle")}
            reasonLabel={t("phaseDialog.overrideReason")}
            reason={form.field("overrideReason")}
          />
        ) : null}
      </form>
    </Dialog>
  );
}
