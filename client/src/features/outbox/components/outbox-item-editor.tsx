// Fixing a queued finding the server refused: the same fields as the finding form,
// prefilled with what was queued; saving puts it back in line (same clientId: the
// server never stored it) and sends at once.
import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { FINDING_KINDS, GRADES, ICT_AREA_CODES, SEVERITIES } from "@hemicycle/shared/enums";
import { ICT_SUB_AREAS } from "@hemicycle/shared/ict-areas";
import { ZCreateFindingInput } from "@hemicycle/shared/schemas/findings";
import { gradeLabel, subAreaLabel } from "../../../lib/labels.ts";
import type { OutboxCreate } from "../../../lib/outbox/types.ts";
import { useSchemaForm } from "../../../components/form/use-schema-form.ts";
import { FormAlert } from "../../../components/form/form-alert.tsx";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Select, TextField, Textarea } from "../../../components/ui/field.tsx";

type FormInput = z.input<typeof ZCreateFindingInput>;

const toGrade = (value: unknown) => (value === "" || value === null || value === undefined ? null : Number(value));

type OutboxItemEditorProps = {
  item: OutboxCreate;
  onClose: () => void;
  onSave: (input: OutboxCreate["input"]) => Promise<void>;
};

/** Mount it with the item's id as `key`. */
export function OutboxItemEditor({ item, onClose, onSave }: OutboxItemEditorProps) {
  const { t } = useTranslation();
  const form = useSchemaForm(ZCreateFindingInput, {
    defaultValues: { ...item.input, subArea: item.input.subArea ?? "" } as FormInput,
  });
  const area = useWatch({ control: form.control, name: "area" });
  const subAreas = ICT_SUB_AREAS[area] as readonly string[];
  const formId = `outbox-edit-${item.id}`;

  const submit = form.handleSubmit(async (values) => {
    await onSave({ ...values, clientId: item.input.clientId });
    onClose();
  });

  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      title={t("outbox.editTitle")}
      description={t("outbox.editDescription")}
      footer={
        <>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button type="submit" form={formId} variant="primary" loading={form.formState.isSubmitting}>
            {t("outbox.editSave")}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
        <FormAlert message={form.alert} />
        <TextField label={t("finding.title")} data-autofocus autoComplete="off" {...form.field("title")} />
        <div className="grid gap-3 sm:grid-cols-2">
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
  );
}
