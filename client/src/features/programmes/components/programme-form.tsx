// Adds a programme or edits one: name, funders (a list of names), period and description.
// Validated with the rules the server applies (the end not before the start among them),
// the server's field errors shown next to the same fields. An edit sends the version it
// loaded and only what changed; a stale version reloads the form with the saved record and
// says so. Leaving with unsaved changes asks first.
import { useFieldArray } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { zRequiredText } from "@hemicycle/shared/schemas/common";
import { ZCreateProgrammeInput, type TUpdateProgrammeInput } from "@hemicycle/shared/schemas/programmes";
import { useVersionedRecord } from "../../../components/form/use-versioned-record.ts";
import { useSchemaForm } from "../../../components/form/use-schema-form.ts";
import { useUnsavedChangesGuard } from "../../../components/form/use-unsaved-changes-guard.ts";
import { FormAlert } from "../../../components/form/form-alert.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button, ButtonLink } from "../../../components/ui/button.tsx";
import { Card } from "../../../components/ui/card.tsx";
import { TextField, Textarea } from "../../../components/ui/field.tsx";
import { useCreateProgramme, useUpdateProgramme, type ProgrammeRecord } from "../api/programmes.ts";

export const MAX_FUNDERS = 20;

const shape = ZCreateProgrammeInput.shape;

// Funders are objects in the form (a field array needs them), names once sent.
const ZProgrammeForm = z
  .object({
    name: shape.name,
    funders: z.array(z.object({ name: zRequiredText(200) })).max(MAX_FUNDERS),
    startDate: shape.startDate,
    endDate: shape.endDate,
    description: shape.description,
  })
  .refine((v) => v.endDate >= v.startDate, { message: "endBeforeStart", path: ["endDate"] });

type FormInput = z.input<typeof ZProgrammeForm>;
type FormOutput = z.output<typeof ZProgrammeForm>;
type Changes = Omit<TUpdateProgrammeInput, "id" | "version">;

/** The day of a date-only value, as a date input holds it. */
const isoDay = (value: Date | string) => (typeof value === "string" ? value : value.toISOString().slice(0, 10));

function formValues(programme: ProgrammeRecord | undefined): FormInput {
  return {
    name: programme?.name ?? "",
    funders: (programme?.funders ?? []).map((name) => ({ name })),
    startDate: programme ? isoDay(programme.startDate) : "",
    endDate: programme ? isoDay(programme.endDate) : "",
    description: programme?.description ?? "",
  };
}

function fieldsOf(values: FormOutput) {
  return { ...values, funders: values.funders.map((f) => f.name) };
}

/** What differs from the record as loaded. */
function changesOf(base: ProgrammeRecord, values: FormOutput): Changes {
  const next = fieldsOf(values);
  const changes: Changes = {};
  if (next.name !== base.name) changes.name = next.name;
  if (next.funders.join("\n") !== base.funders.join("\n")) changes.funders = next.funders;
  if (isoDay(next.startDate) !== isoDay(base.startDate)) changes.startDate = next.startDate;
  if (isoDay(next.endDate) !== isoDay(base.endDate)) changes.endDate = next.endDate;
  if (next.description !== base.description) changes.description = next.description;
  return changes;
}

type ProgrammeFormProps = {
  /** The record to edit; without it the form adds a programme. */
  programme?: ProgrammeRecord;
  onSaved: (programme: ProgrammeRecord) => void;
  /** Where Cancel leads. */
  cancelTo: string;
};

export function ProgrammeForm({ programme, onSaved, cancelTo }: ProgrammeFormProps) {
  const { t } = useTranslation();
  const create = useCreateProgramme();
  const update = useUpdateProgramme();
  const form = useSchemaForm(ZProgrammeForm, { defaultValues: formValues(programme) });
  const { base, stale, startSave, takeStale } = useVersionedRecord({
    initial: programme,
    reload: (current) => form.reset(formValues(current)),
  });
  const funders = useFieldArray({ control: form.control, name: "funders" });
  const fundersError = form.errorOf("funders") ?? form.errorOf("funders.root");
  const { leaveDialog, allowLeaving } = useUnsavedChangesGuard(form.formState.isDirty);
  const pending = create.isPending || update.isPending;

  function saved(record: ProgrammeRecord) {
    allowLeaving();
    onSaved(record);
  }

  function handleError(error: unknown) {
    if (takeStale(error)) return;
    form.showServerError(error);
  }

  const onSubmit = form.handleSubmit((values) => {
    startSave();
    if (!base) {
      create.mutate(fieldsOf(values), { onSuccess: saved, onError: handleError });
      return;
    }
    const changes = changesOf(base, values);
    if (Object.keys(changes).length === 0) {
      saved(base);
      return;
    }
    update.mutate({ id: base.id, version: base.version, ...changes }, { onSuccess: saved, onError: handleError });
  });

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="flex flex-col gap-6">
      {stale ? (
        <Alert tone="warning" title={t("programmeForm.staleTitle")}>
          {t("programmeForm.staleBody")}
        </Alert>
      ) : null}
      <FormAlert message={form.alert} />

      <Card title={t("programmeForm.sections.programme")}>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField
            label={t("programmeForm.name")}
            autoComplete="off"
            autoFocus
            containerClassName="md:col-span-2"
            {...form.field("name")}
          />
          <TextField type="date" label={t("programmeForm.startDate")} {...form.field("startDate")} />
          <TextField type="date" label={t("programmeForm.endDate")} {...form.field("endDate")} />
          <Textarea
            label={t("programmeForm.description")}
            rows={4}
            containerClassName="md:col-span-2"
            {...form.field("description")}
          />
        </div>
      </Card>

      <Card
        title={t("programmeForm.sections.funders")}
        description={t("programmeForm.fundersHint")}
        actions={
          <Button
            size="sm"
            onClick={() => funders.append({ name: "" })}
            disabled={funders.fields.length >= MAX_FUNDERS}
          >
            <span aria-hidden="true">+</span> {t("programmeForm.addFunder")}
          </Button>
        }
      >
        {funders.fields.length === 0 ? (
          <p className="text-sm text-zinc-600">{t("programmeForm.noFunders")}</p>
        ) : (
          <ol className="flex flex-col gap-3">
            {funders.fields.map((field, index) => {
              const binding = form.field(`funders.${index}.name`);
              return (
                <li key={field.id} className="flex items-start gap-2">
                  <TextField
                    label={t("programmeForm.funderNumber", { number: index + 1 })}
                    autoComplete="off"
                    containerClassName="flex-1"
                    {...binding}
                    error={binding.error ?? form.errorOf(`funders.${index}`)}
                  />
                  <div className="pt-6">
                    <Button
                      variant="ghost"
                      size="sm"
                      onClick={() => funders.remove(index)}
                      aria-label={t("programmeForm.removeFunderNumber", { number: index + 1 })}
                    >
                      {t("programmeForm.removeFunder")}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        {fundersError ? (
          <p role="alert" className="mt-3 text-xs font-medium text-red-700">
            {fundersError}
          </p>
        ) : null}
      </Card>

      <div className="flex flex-wrap justify-end gap-2">
        <ButtonLink to={cancelTo}>{t("common.cancel")}</ButtonLink>
        <Button type="submit" variant="primary" loading={pending}>
          {base ? t("programmeForm.save") : t("programmeForm.create")}
        </Button>
      </div>
      {leaveDialog}
    </form>
  );
}
