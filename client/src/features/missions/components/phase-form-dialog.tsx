// Adds a phase to a mission, or edits one: dates (a reschedule), place, report due date and
// the actual dates. A reschedule that double-books someone on the team or falls in their
// time off names the clash and goes ahead only with the coordinator's reason; a stale
// version reloads the phase and says so.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { PHASE_KINDS } from "@hemicycle/shared/enums";
import { ZPhaseFormValues } from "@hemicycle/shared/schemas/missions";
import { isStaleVersion } from "../../../lib/errors.ts";
import { emptyToNull, useSchemaForm } from "../../../components/form/use-schema-form.ts";
import { FormAlert } from "../../../components/form/form-alert.tsx";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { Select, TextField } from "../../../components/ui/field.tsx";
import type { Phase } from "../api/missions.ts";
import { useClashOverride } from "../hooks/use-clash-override.ts";
import { isoDay, useAddPhase, useEditPhase } from "../hooks/use-mission-edits.ts";
import { ClashAlert } from "./clash-alert.tsx";

/** Mount it with a new `key` for each opening. Without `phase`, it adds one to the mission. */
type PhaseFormDialogProps = { open: boolean; onClose: () => void; missionId: string; phase?: Phase };

export function PhaseFormDialog({ open, onClose, missionId, phase }: PhaseFormDialogProps) {
  const { t } = useTranslation();
  const add = useAddPhase();
  const edit = useEditPhase();
  const [stale, setStale] = useState(false);
  const form = useSchemaForm(ZPhaseFormValues, {
    defaultValues: {
      kind: phase?.kind ?? "WORKSHOP",
      startDate: isoDay(phase?.startDate),
      endDate: isoDay(phase?.endDate),
      location: phase?.location ?? "",
      reportDueDate: isoDay(phase?.reportDueDate) || null,
      actualStartDate: isoDay(phase?.actualStartDate) || null,
      actualEndDate: isoDay(phase?.actualEndDate) || null,
      overrideReason: "",
    },
  });
  const override = useClashOverride(form, t("missionLifecycle.phaseForm.reasonRequired"));
  const formId = `phase-form-${phase?.id ?? missionId}`;
  const pending = add.isPending || edit.isPending;

  const onSubmit = form.handleSubmit((values) => {
    const { overrideReason: _reason, actualStartDate, actualEndDate, ...fields } = values;
    if (!phase) {
      add.mutate(
        { missionId, ...fields },
        {
          onSuccess: () => {
            toast.success(t("missionLifecycle.phaseForm.added"));
            onClose();
          },
          onError: form.showServerError,
        },
      );
      return;
    }
    const overrideReason = override.reasonFor(values);
    if (overrideReason === false) return;
    setStale(false);
    const { kind: _kind, ...changes } = fields;
    edit.mutate(
      { id: phase.id, version: phase.version, ...changes, actualStartDate, actualEndDate, overrideReason },
      {
        onSuccess: () => {
          toast.success(t("missionLifecycle.phaseForm.saved"));
          onClose();
        },
        onError: (error) => {
          if (!isStaleVersion(error)) return override.handleError(error);
          override.reset();
          setStale(true);
        },
      },
    );
  });

  const dateField = (name: "reportDueDate" | "actualStartDate" | "actualEndDate") => (
    <TextField
      type="date"
      label={t(`missionLifecycle.phaseForm.${name}`)}
      {...form.field(name, { setValueAs: emptyToNull })}
    />
  );

  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="lg"
      title={
        phase
          ? t("missionLifecycle.phaseForm.editTitle", { phase: t(`phaseKind.${phase.kind}`) })
          : t("missionLifecycle.phaseForm.addTitle")
      }
      footer={
        <>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button type="submit" form={formId} variant={override.clash ? "danger" : "primary"} loading={pending}>
            {override.clash
              ? t("missionLifecycle.phaseForm.saveAnyway")
              : phase
                ? t("missionLifecycle.phaseForm.save")
                : t("missionLifecycle.phaseForm.add")}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={(event) => void onSubmit(event)} className="flex flex-col gap-4">
        {stale ? (
          <Alert tone="warning" title={t("missionLifecycle.phaseForm.staleTitle")}>
            {t("missionLifecycle.phaseForm.staleBody")}
          </Alert>
        ) : null}
        <div className="grid gap-3 sm:grid-cols-2">
          {phase ? null : (
            <Select
              label={t("missionLifecycle.phaseForm.kind")}
              options={PHASE_KINDS.map((v) => ({ value: v, label: t(`phaseKind.${v}`) }))}
              data-autofocus
              {...form.field("kind")}
            />
          )}
          <TextField label={t("missionLifecycle.phaseForm.location")} {...form.field("location")} />
          <TextField
            type="date"
            label={t("missionLifecycle.phaseForm.startDate")}
            {...form.field("startDate", { onChange: override.reset })}
          />
          <TextField
            type="date"
            label={t("missionLifecycle.phaseForm.endDate")}
            {...form.field("endDate", { onChange: override.reset })}
          />
          {dateField("reportDueDate")}
          {phase ? (
            <>
              {dateField("actualStartDate")}
              {dateField("actualEndDate")}
            </>
          ) : null}
        </div>

        <FormAlert message={form.alert} />

        {override.clash ? (
          <ClashAlert
            clash={override.clash}
            overlapTitle={t("missionLifecycle.phaseForm.overlapTitle")}
            unavailableTitle={t("missionLifecycle.phaseForm.unavailableTitle")}
            reasonLabel={t("missionLifecycle.phaseForm.overrideReason")}
            reason={form.field("overrideReason")}
          />
        ) : null}
      </form>
    </Dialog>
  );
}
