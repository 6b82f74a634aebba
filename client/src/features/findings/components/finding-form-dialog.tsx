// Fast entry of findings in the field: the title has focus, Ctrl/Cmd+Enter saves,
// Ctrl/Cmd+Shift+Enter saves and starts the next one with the same phase and area.
// Each draft carries a clientId, so that sending it again (a retry after a lost
// connection) returns the finding stored the first time instead of a duplicate.
import { useState, type KeyboardEvent } from "react";
import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import type { z } from "zod";
import { FINDING_KINDS, GRADES, ICT_AREA_CODES, SEVERITIES } from "@hemicycle/shared/enums";
import { ICT_SUB_AREAS } from "@hemicycle/shared/ict-areas";
import { ZCreateFindingInput } from "@hemicycle/shared/schemas/findings";
import { gradeLabel, subAreaLabel } from "../../../lib/labels.ts";
import { newClientId } from "../../../lib/client-id.ts";
import { useSchemaForm } from "../../../components/form/use-schema-form.ts";
import { FormAlert } from "../../../components/form/form-alert.tsx";
import { ConfirmDialog, Dialog } from "../../../components/ui/dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Select, TextField, Textarea } from "../../../components/ui/field.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { useCreateFinding } from "../api/findings.ts";

type FormInput = z.input<typeof ZCreateFindingInput>;

export type PhaseOption = { id: string; label: string };

/** Mount it with a new `key` for each opening: every opening starts a new draft. */
type FindingFormDialogProps = {
  open: boolean;
  onClose: () => void;
  phases: readonly PhaseOption[];
  phaseId: string;
};

function blank(phaseId: string, keep?: Partial<FormInput>): FormInput {
  return {
    phaseId,
    area: keep?.area ?? "GOV",
    subArea: keep?.subArea ?? "",
    kind: keep?.kind ?? "GAP",
    severity: keep?.severity ?? "MEDIUM",
    grade: null,
    title: "",
    description: "",
    evidence: "",
    recommendation: "",
  };
}

const toGrade = (value: unknown) => (value === "" || value === null || value === undefined ? null : Number(value));

export function FindingFormDialog({ open, onClose, phases, phaseId }: FindingFormDialogProps) {
  const { t } = useTranslation();
  const create = useCreateFinding();
  // One id per draft: a resend of the same draft carries the same id.
  const [clientId, setClientId] = useState(newClientId);
  const [savedCount, setSavedCount] = useState(0);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const form = useSchemaForm(ZCreateFindingInput, { defaultValues: blank(phaseId) });
  const area = useWatch({ control: form.control, name: "area" });
  const subAreas = ICT_SUB_AREAS[area] as readonly string[];

  // Escape, Close and the backdrop all come here: a draft with anything typed is not
  // thrown away without asking.
  // isDirty is read during render: react-hook-form only tracks what the render subscribes to.
  const isDirty = form.formState.isDirty;
  function requestClose() {
    if (isDirty) setConfirmingDiscard(true);
    else onClose();
  }

  const save = (again: boolean) =>
    form.handleSubmit((values) =>
      create.mutate(
        { ...values, clientId },
        {
          onSuccess: () => {
            setClientId(newClientId()); // the next draft is a new finding
            toast.success(t("findingForm.saved"));
            if (again) {
              setSavedCount((n) => n + 1);
              form.reset(
                blank(values.phaseId, {
                  area: values.area,
                  subArea: values.subArea ?? "",
                  kind: values.kind,
                  severity: values.severity,
                }),
              );
              setTimeout(() => form.setFocus("title"), 0);
            } else {
              onClose();
            }
          },
          onError: form.showServerError,
        },
      ),
    );

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!create.isPending) void save(event.shiftKey)();
    }
  }

  const formId = "finding-form";
  return (
    <>
      {/* Before the form's dialog: on Discard it closes first, then the form returns focus to its opener. */}
      <ConfirmDialog
        open={open && confirmingDiscard}
        onClose={() => setConfirmingDiscard(false)}
        onConfirm={() => {
          setConfirmingDiscard(false);
          onClose();
        }}
        title={t("findingForm.discardTitle")}
        description={t("findingForm.discardBody")}
        confirmLabel={t("findingForm.discard")}
      />
      <Dialog
        open={open}
        onClose={requestClose}
        size="lg"
        title={t("findingForm.title")}
        description={t("findingForm.shortcuts")}
        footer={
          <>
            <Button onClick={requestClose}>{t("common.close")}</Button>
            <Button onClick={() => void save(true)()} loading={create.isPending}>
              {t("findingForm.saveAndAdd")}
            </Button>
            <Button type="submit" form={formId} variant="primary" loading={create.isPending}>
              {t("findingForm.save")}
            </Button>
          </>
        }
      >
        <form
          id={formId}
          noValidate
          onSubmit={(event) => void save(false)(event)}
          onKeyDown={onKeyDown}
          className="flex flex-col gap-4"
        >
          {savedCount > 0 ? <Alert tone="success">{t("findingForm.savedCount", { count: savedCount })}</Alert> : null}
          <FormAlert message={form.alert} />

          <TextField label={t("finding.title")} data-autofocus autoComplete="off" {...form.field("title")} />

          <div className="grid gap-3 sm:grid-cols-2">
            {phases.length > 1 ? (
              <Select
                label={t("finding.phase")}
                options={phases.map((p) => ({ value: p.id, label: p.label }))}
                {...form.field("phaseId")}
              />
            ) : null}
            <Select
              label={t("finding.area")}
              options={ICT_AREA_CODES.map((a) => ({ value: a, label: t(`ictArea.${a}`) }))}
              {...form.field("area", { onChange: () => form.setValue("subArea", "") })}
            />
            <Select
              label={t("finding.subArea")}
              placeholder={subAreas.length ? t("findingForm.noSubArea") : t("findingForm.noSubAreas")}
              disabled={subAreas.length === 0}
              options={subAreas.map((s) => ({ value: s, label: subAreaLabel(area, s) }))}
              {...form.field("subArea")}
            />
            <Select
              label={t("finding.kind")}
              options={FINDING_KINDS.map((k) => ({ value: k, label: t(`findingKind.${k}`) }))}
              {...form.field("kind")}
            />
            <Select
              label={t("finding.severity")}
              options={SEVERITIES.map((s) => ({ value: s, label: t(`severity.${s}`) }))}
              {...form.field("severity")}
            />
            <Select
              label={t("finding.grade")}
              hint={t("findingForm.gradeHint")}
              placeholder={t("findingForm.noGrade")}
              options={GRADES.map((g) => ({ value: String(g), label: gradeLabel(g) }))}
              {...form.field("grade", { setValueAs: toGrade })}
            />
          </div>

          <Textarea label={t("finding.description")} rows={4} {...form.field("description")} />
          <Textarea label={t("finding.evidence")} rows={2} {...form.field("evidence")} />
          <Textarea label={t("finding.recommendation")} rows={2} {...form.field("recommendation")} />
        </form>
      </Dialog>
    </>
  );
}
