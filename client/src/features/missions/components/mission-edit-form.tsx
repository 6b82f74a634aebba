// Edits a mission's own fields after creation: title, objectives and programme. Validated
// with the schema the server uses, the server's field errors shown next to the same
// fields. It sends the version it loaded and only what changed; a stale version reloads
// the form with the saved record and says so. Leaving with unsaved changes asks first.
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ZCreateMissionInput, type TUpdateMissionInput } from "@hemicycle/shared/schemas/missions";
import { useProgrammeChoices } from "../../../lib/reference-data.ts";
import { useVersionedRecord } from "../../../components/form/use-versioned-record.ts";
import { emptyToNull, useSchemaForm, withFallbackError } from "../../../components/form/use-schema-form.ts";
import { useUnsavedChangesGuard } from "../../../components/form/use-unsaved-changes-guard.ts";
import { FormAlert } from "../../../components/form/form-alert.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button, ButtonLink } from "../../../components/ui/button.tsx";
import { Card } from "../../../components/ui/card.tsx";
import { Select, TextField, Textarea } from "../../../components/ui/field.tsx";
import type { MissionDetail } from "../api/missions.ts";
import { useUpdateMission } from "../hooks/use-mission-edits.ts";

const ZMissionEditForm = ZCreateMissionInput.pick({ title: true, programmeId: true, objectives: true });

type FormInput = z.input<typeof ZMissionEditForm>;
type FormOutput = z.output<typeof ZMissionEditForm>;
type Changes = Omit<TUpdateMissionInput, "id" | "version">;

function formValues(mission: MissionDetail): FormInput {
  return { title: mission.title, programmeId: mission.programmeId, objectives: mission.objectives ?? "" };
}

/** What differs from the record as loaded. */
function changesOf(base: MissionDetail, values: FormOutput): Changes {
  const changes: Changes = {};
  if (values.title !== base.title) changes.title = values.title;
  if ((values.programmeId ?? null) !== base.programmeId) changes.programmeId = values.programmeId ?? null;
  if (values.objectives !== (base.objectives ?? null)) changes.objectives = values.objectives;
  return changes;
}

type MissionEditFormProps = {
  mission: MissionDetail;
  onSaved: (mission: MissionDetail) => void;
  /** Where Cancel leads. */
  cancelTo: string;
};

export function MissionEditForm({ mission, onSaved, cancelTo }: MissionEditFormProps) {
  const { t } = useTranslation();
  const update = useUpdateMission();
  const programmes = useProgrammeChoices();
  const form = useSchemaForm(ZMissionEditForm, { defaultValues: formValues(mission) });
  const { base, stale, startSave, takeStale } = useVersionedRecord({
    initial: mission,
    reload: (current) => form.reset(formValues(current)),
  });
  const { leaveDialog, allowLeaving } = useUnsavedChangesGuard(form.formState.isDirty);

  function saved(record: MissionDetail) {
    allowLeaving();
    onSaved(record);
  }

  function handleError(error: unknown) {
    if (takeStale(error)) return;
    form.showServerError(error);
  }

  const onSubmit = form.handleSubmit((values) => {
    startSave();
    const changes = changesOf(base, values);
    if (Object.keys(changes).length === 0) {
      saved(base);
      return;
    }
    update.mutate({ id: base.id, version: base.version, ...changes }, { onSuccess: saved, onError: handleError });
  });

  // The programme the mission has stays offered even when it is beyond the choices loaded.
  const programmeOptions = (programmes.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  if (base.programme && !programmeOptions.some((o) => o.value === base.programme?.id))
    programmeOptions.unshift({ value: base.programme.id, label: base.programme.name });

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="flex flex-col gap-6">
      {stale ? (
        <Alert tone="warning" title={t("missionLifecycle.edit.staleTitle")}>
          {t("missionLifecycle.edit.staleBody")}
        </Alert>
      ) : null}
      <FormAlert message={form.alert} />

      <Card title={t("missionForm.sections.mission")}>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField
            label={t("missionForm.title")}
            autoFocus
            containerClassName="md:col-span-2"
            {...form.field("title")}
          />
          <Select
            label={t("missionForm.programme")}
            placeholder={t("missionForm.noProgramme")}
            options={programmeOptions}
            {...withFallbackError(
              form.field("programmeId", { setValueAs: emptyToNull }),
              programmes.isError && t("errors.optionsFailed"),
            )}
          />
          <Textarea
            label={t("missionForm.objectives")}
            rows={6}
            containerClassName="md:col-span-2"
            {...form.field("objectives")}
          />
        </div>
      </Card>

      <div className="flex flex-wrap justify-end gap-2">
        <ButtonLink to={cancelTo}>{t("common.cancel")}</ButtonLink>
        <Button type="submit" variant="primary" loading={update.isPending}>
          {t("missionLifecycle.edit.submit")}
        </Button>
      </div>
      {leaveDialog}
    </form>
  );
}
