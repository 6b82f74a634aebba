// The fields of a finding, as the create and edit dialogs and the outbox's fix of a
// refused finding show them: title, phase (when there is a choice), ICT area and
// sub-area, kind, severity, grade, the revisit of an earlier finding, and the three
// markdown texts with a preview rendered as the finding page will. The form's values
// follow ZCreateFindingInput; blank() and formValuesOf() give a new draft's and an
// existing finding's.
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { FINDING_KINDS, GRADES, ICT_AREA_CODES, SEVERITIES } from "@hemicycle/shared/enums";
import { ICT_SUB_AREAS } from "@hemicycle/shared/ict-areas";
import type { ZCreateFindingInput } from "@hemicycle/shared/schemas/findings";
import { gradeLabel, subAreaLabel } from "../../../lib/labels.ts";
import type { SchemaForm } from "../../../components/form/use-schema-form.ts";
import { Select, TextField, Textarea } from "../../../components/ui/field.tsx";
import { MarkdownText } from "../../../components/ui/markdown.tsx";
import type { FindingDetail } from "../api/findings.ts";
import { RevisitFields } from "./revisit-fields.tsx";

export type FindingFormInput = z.input<typeof ZCreateFindingInput>;
export type FindingFormOutput = z.output<typeof ZCreateFindingInput>;
export type FindingForm = SchemaForm<FindingFormInput, FindingFormOutput>;

export type PhaseOption = { id: string; label: string };

/** A new draft on `phaseId`, keeping the area, sub-area, kind and severity of `keep`. */
export function blank(phaseId: string, keep?: Partial<FindingFormInput>): FindingFormInput {
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

/** The form's values for a finding as loaded. */
export function formValuesOf(finding: FindingDetail): FindingFormInput {
  return {
    phaseId: finding.phaseId,
    area: finding.area,
    subArea: finding.subArea ?? "",
    kind: finding.kind,
    severity: finding.severity,
    grade: finding.grade ?? null,
    title: finding.title,
    description: finding.description,
    evidence: finding.evidence ?? "",
    recommendation: finding.recommendation ?? "",
    revisitsId: finding.revisitsId ?? null,
    revisitOutcome: finding.revisitOutcome ?? null,
  };
}

export const toGrade = (value: unknown) =>
  value === "" || value === null || value === undefined ? null : Number(value);

type FindingFieldsProps = { form: FindingForm; phases?: readonly PhaseOption[] };

/** The phase is offered only when `phases` has more than one. */
export function FindingFields({ form, phases }: FindingFieldsProps) {
  const { t } = useTranslation();
  const area = useWatch({ control: form.control, name: "area" });
  const subAreas = ICT_SUB_AREAS[area] as readonly string[];
  return (
    <>
      <TextField label={t("finding.title")} data-autofocus autoComplete="off" {...form.field("title")} />

      <div className="grid gap-3 sm:grid-cols-2">
        {phases && phases.length > 1 ? (
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
      <RevisitFields form={form} />

      <MarkdownField form={form} name="description" label={t("finding.description")} rows={4} />
      <MarkdownField form={form} name="evidence" label={t("finding.evidence")} rows={2} />
      <MarkdownField form={form} name="recommendation" label={t("finding.recommendation")} rows={2} />
    </>
  );
}

type MarkdownFieldProps = {
  form: FindingForm;
  name: "description" | "evidence" | "recommendation";
  label: string;
  rows: number;
};

/** A textarea whose text is markdown, with a preview rendered as the finding page will. */
function MarkdownField({ form, name, label, rows }: MarkdownFieldProps) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState(false);
  const text = useWatch({ control: form.control, name }) ?? "";
  return (
    <div className="flex flex-col gap-1">
      <Textarea label={label} rows={rows} hint={t("findingWriting.markdownHint")} {...form.field(name)} />
      <div className="flex justify-end">
        <button
          type="button"
          aria-expanded={preview}
          onClick={() => setPreview((p) => !p)}
          className="text-xs font-medium text-brand-700 hover:underline"
        >
          {preview
            ? t("findingWriting.hidePreview", { field: label })
            : t("findingWriting.showPreview", { field: label })}
        </button>
      </div>
      {preview ? (
        <div
          role="region"
          aria-label={t("findingWriting.previewOf", { field: label })}
          className="rounded-md border border-zinc-200 bg-zinc-50 p-3"
        >
          {text.trim() ? (
            <MarkdownText text={text} />
          ) : (
            <p className="text-sm text-zinc-500">{t("findingWriting.nothingToPreview")}</p>
          )}
        </div>
      ) : null}
    </div>
  );
}
