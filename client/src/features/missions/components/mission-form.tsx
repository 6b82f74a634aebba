// The "new mission" form: the mission and its phases, validated on the client with the
// very schema the server uses (ZCreateMissionInput), and the server's field errors shown
// next to the same fields. A template fills the phases the chosen type usually has from a
// chosen first day (shared/src/mission-templates.ts), to adjust before saving. The values
// are kept as a draft in this browser tab until saved, and leaving with unsaved changes
// asks first.
import { useState } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { MISSION_TYPES, PHASE_KINDS } from "@hemicycle/shared/enums";
import { MISSION_TEMPLATES, phasesFromTemplate } from "@hemicycle/shared/mission-templates";
import { MAX_PHASES_PER_MISSION, ZCreateMissionInput } from "@hemicycle/shared/schemas/missions";
import { useParliamentChoices, useProgrammeChoices } from "../../../lib/reference-data.ts";
import { emptyToNull, useSchemaForm, withFallbackError } from "../../../components/form/use-schema-form.ts";
import { FormAlert } from "../../../components/form/form-alert.tsx";
import { useUnsavedChangesGuard } from "../../../components/form/use-unsaved-changes-guard.ts";
import { Select, TextField, Textarea } from "../../../components/ui/field.tsx";
import { Button, ButtonLink } from "../../../components/ui/button.tsx";
import { Card } from "../../../components/ui/card.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { useCreateMission, type MissionDetail } from "../api/missions.ts";
import { useFormDraft } from "../hooks/use-form-draft.ts";
import { isoDay } from "../hooks/use-mission-edits.ts";

type FormInput = z.input<typeof ZCreateMissionInput>;

const emptyPhase: FormInput["phases"][number] = { kind: "ASSESSMENT", startDate: "", endDate: "", location: "" };

/** `draftKey` names where the unsaved values wait (draftKey() in use-form-draft.ts: user and page). */
type MissionFormProps = { onCreated: (mission: MissionDetail) => void; draftKey: string };

export function MissionForm({ onCreated, draftKey }: MissionFormProps) {
  const { t } = useTranslation();
  const parliaments = useParliamentChoices();
  const programmes = useProgrammeChoices();
  const create = useCreateMission();

  const form = useSchemaForm(ZCreateMissionInput, {
    defaultValues: {
      code: "",
      title: "",
      type: "ASSESSMENT_AND_PLAN",
      parliamentId: "",
      programmeId: null,
      objectives: "",
      phases: [emptyPhase, { ...emptyPhase, kind: "STRATEGIC_PLAN" }],
    },
  });
  const phases = useFieldArray({ control: form.control, name: "phases" });
  const phasesError = form.errorOf("phases") ?? form.errorOf("phases.root");
  const draft = useFormDraft(form, draftKey);
  const type = useWatch({ control: form.control, name: "type" });
  const [templateStart, setTemplateStart] = useState("");
  const [templateNote, setTemplateNote] = useState<string | null>(null);
  const hasTemplate = Boolean(MISSION_TEMPLATES[type]);

  // Leaving asks first while something is unsaved; once saved, the way out is free.
  // The draft stays in the tab (useFormDraft), so leaving loses less than elsewhere: say so.
  const leave = useUnsavedChangesGuard(form.formState.isDirty, {
    title: t("missionLifecycle.leave.title"),
    body: t("missionLifecycle.leave.body"),
    leave: t("missionLifecycle.leave.leave"),
  });

  function fillFromTemplate() {
    if (!templateStart) return;
    const start = new Date(`${templateStart}T00:00:00.000Z`);
    if (Number.isNaN(start.getTime())) return;
    phases.replace(
      phasesFromTemplate(type, start).map((p) => ({
        kind: p.kind,
        startDate: isoDay(p.startDate),
        endDate: isoDay(p.endDate),
        location: "",
        reportDueDate: p.reportDueDate ? isoDay(p.reportDueDate) : null,
      })),
    );
    setTemplateNote(t("missionLifecycle.template.applied", { type: t(`missionType.${type}`) }));
  }

  const onSubmit = form.handleSubmit((values) =>
    create.mutate(values, {
      onSuccess: (mission) => {
        leave.allowLeaving();
        draft.clear();
        onCreated(mission);
      },
      onError: form.showServerError,
    }),
  );

  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-6">
      {draft.restored ? (
        <Alert tone="info" title={t("missionLifecycle.draft.restored")}>
          <Button size="sm" variant="ghost" onClick={draft.discard}>
            {t("missionLifecycle.draft.discard")}
          </Button>
        </Alert>
      ) : null}
      <FormAlert message={form.alert} />

      <Card title={t("missionForm.sections.mission")}>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField
            label={t("missionForm.code")}
            hint={t("missionForm.codeHint")}
            autoFocus
            autoComplete="off"
            className="font-mono uppercase"
            {...form.field("code")}
          />
          <Select
            label={t("missionForm.type")}
            options={MISSION_TYPES.map((v) => ({ value: v, label: t(`missionType.${v}`) }))}
            {...form.field("type")}
          />
          <TextField label={t("missionForm.title")} containerClassName="md:col-span-2" {...form.field("title")} />
          <Select
            label={t("missionForm.parliament")}
            placeholder={parliaments.isPending ? t("common.loading") : t("common.choose")}
            options={(parliaments.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            {...withFallbackError(form.field("parliamentId"), parliaments.isError && t("errors.optionsFailed"))}
          />
          <Select
            label={t("missionForm.programme")}
            placeholder={t("missionForm.noProgramme")}
            options={(programmes.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            {...withFallbackError(
              form.field("programmeId", { setValueAs: emptyToNull }),
              programmes.isError && t("errors.optionsFailed"),
            )}
          />
          <Textarea
            label={t("missionForm.objectives")}
            rows={4}
            containerClassName="md:col-span-2"
            {...form.field("objectives")}
          />
        </div>
      </Card>

      <Card title={t("missionLifecycle.template.title")} description={t("missionLifecycle.template.hint")}>
        {hasTemplate ? (
          <div className="flex flex-wrap items-end gap-3">
            <TextField
              type="date"
              label={t("missionLifecycle.template.startDate")}
              name="templateStart"
              value={templateStart}
              onChange={(event) => setTemplateStart(event.target.value)}
              containerClassName="w-48"
            />
            <Button onClick={fillFromTemplate} disabled={!templateStart}>
              {t("missionLifecycle.template.apply")}
            </Button>
            <p role="status" className="text-sm text-zinc-600">
              {templateNote}
            </p>
          </div>
        ) : (
          <p className="text-sm text-zinc-600">{t("missionLifecycle.template.none")}</p>
        )}
      </Card>

      <Card
        title={t("missionForm.sections.phases")}
        description={t("missionForm.phasesHint")}
        actions={
          <Button
            size="sm"
            onClick={() => phases.append({ ...emptyPhase })}
            disabled={phases.fields.length >= MAX_PHASES_PER_MISSION}
          >
            <span aria-hidden="true">+</span> {t("missionForm.addPhase")}
          </Button>
        }
      >
        <ol className="flex flex-col gap-4">
          {phases.fields.map((field, index) => {
            return (
              <li key={field.id} className="rounded-md border border-zinc-200 bg-zinc-50/60 p-3">
                <fieldset>
                  <legend className="mb-2 text-xs font-semibold tracking-wide text-zinc-600 uppercase">
                    {t("missionForm.phaseNumber", { number: index + 1 })}
                  </legend>
                  <div className="grid items-start gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(9rem,1fr)_9.5rem_9.5rem_9.5rem_minmax(8rem,1fr)_auto]">
                    <Select
                      label={t("missionForm.phaseKind")}
                      options={PHASE_KINDS.map((v) => ({ value: v, label: t(`phaseKind.${v}`) }))}
                      {...form.field(`phases.${index}.kind`)}
                    />
                    <TextField
                      type="date"
                      label={t("missionForm.startDate")}
                      {...form.field(`phases.${index}.startDate`)}
                    />
                    <TextField
                      type="date"
                      label={t("missionForm.endDate")}
                      {...form.field(`phases.${index}.endDate`)}
                    />
                    <TextField
                      type="date"
                      label={t("missionLifecycle.phaseForm.reportDueDate")}
                      {...form.field(`phases.${index}.reportDueDate`, { setValueAs: emptyToNull })}
                    />
                    <TextField label={t("missionForm.location")} {...form.field(`phases.${index}.location`)} />
                    <div className="flex sm:col-span-2 lg:col-span-1 lg:pt-6">
                      <Button
                        variant="ghost"
                        size="sm"
                        onClick={() => phases.remove(index)}
                        disabled={phases.fields.length <= 1}
                        aria-label={t("missionForm.removePhaseNumber", { number: index + 1 })}
                      >
                        {t("missionForm.removePhase")}
                      </Button>
                    </div>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        {phasesError ? (
          <p role="alert" className="mt-3 text-xs font-medium text-red-700">
            {phasesError}
          </p>
        ) : null}
      </Card>

      <div className="flex flex-wrap justify-end gap-2">
        <ButtonLink to="/missions">{t("common.cancel")}</ButtonLink>
        <Button type="submit" variant="primary" loading={create.isPending}>
          {t("missionForm.submit")}
        </Button>
      </div>

      {leave.leaveDialog}
    </form>
  );
}
