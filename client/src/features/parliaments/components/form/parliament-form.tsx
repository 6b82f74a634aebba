// Adds a parliament to the registry or edits one: name, country (ISO code, named), region,
// chambers and their names, website (http or https only). Validated with the schema the
// server uses, the server's field errors shown next to the same fields. An edit sends the
// version it loaded and only what changed; a stale version reloads the form with the
// saved record and says so. Leaving with unsaved changes asks first.
import { useId } from "react";
import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CHAMBER_STRUCTURES, REGIONS } from "@hemicycle/shared/enums";
import { ZCreateParliamentInput, type TUpdateParliamentInput } from "@hemicycle/shared/schemas/parliaments";
import { useVersionedRecord } from "../../../../components/form/use-versioned-record.ts";
import { emptyToNull, useSchemaForm } from "../../../../components/form/use-schema-form.ts";
import { useUnsavedChangesGuard } from "../../../../components/form/use-unsaved-changes-guard.ts";
import { FormAlert } from "../../../../components/form/form-alert.tsx";
import { Alert } from "../../../../components/ui/alert.tsx";
import { Button, ButtonLink } from "../../../../components/ui/button.tsx";
import { Card } from "../../../../components/ui/card.tsx";
import { FieldError, Select, TextField } from "../../../../components/ui/field.tsx";
import { useCreateParliament, useUpdateParliament, type ParliamentRecord } from "../../api/registry.ts";
import { countryChoices } from "../../../../lib/code-choices.ts";

// Both chamber slots are always in the form; only those the structure has are sent, and
// an empty one means "not named".
const ZParliamentForm = ZCreateParliamentInput.extend({
  chamberNames: z.tuple([z.string().trim().max(120), z.string().trim().max(120)]),
});

type FormInput = z.input<typeof ZParliamentForm>;
type FormOutput = z.output<typeof ZParliamentForm>;
type Changes = Omit<TUpdateParliamentInput, "id" | "version">;

function formValues(parliament: ParliamentRecord | undefined): FormInput {
  return {
    name: parliament?.name ?? "",
    countryCode: parliament?.countryCode ?? "",
    region: parliament?.region ?? ("" as FormInput["region"]),
    structure: parliament?.structure ?? "UNICAMERAL",
    chamberNames: [parliament?.chamberNames[0] ?? "", parliament?.chamberNames[1] ?? ""],
    website: parliament?.website ?? "",
  };
}

/** The chamber names the structure keeps, without the empty ones. */
function chamberNamesOf(values: FormOutput): string[] {
  const slots = values.structure === "BICAMERAL" ? 2 : 1;
  return values.chamberNames.slice(0, slots).filter((name) => name !== "");
}

function fieldsOf(values: FormOutput) {
  return { ...values, chamberNames: chamberNamesOf(values), website: values.website ?? null };
}

/** What differs from the record as loaded. */
function changesOf(base: ParliamentRecord, values: FormOutput): Changes {
  const next = fieldsOf(values);
  const changes: Changes = {};
  if (next.name !== base.name) changes.name = next.name;
  if (next.countryCode !== base.countryCode) changes.countryCode = next.countryCode;
  if (next.region !== base.region) changes.region = next.region;
  if (next.structure !== base.structure) changes.structure = next.structure;
  if (next.chamberNames.join("\n") !== base.chamberNames.join("\n")) changes.chamberNames = next.chamberNames;
  if (next.website !== base.website) changes.website = next.website;
  return changes;
}

type ParliamentFormProps = {
  /** The record to edit; without it the form adds a parliament. */
  parliament?: ParliamentRecord;
  onSaved: (parliament: ParliamentRecord) => void;
  /** Where Cancel leads. */
  cancelTo: string;
};

export function ParliamentForm({ parliament, onSaved, cancelTo }: ParliamentFormProps) {
  const { t } = useTranslation();
  const create = useCreateParliament();
  const update = useUpdateParliament();
  const structureId = useId();
  const form = useSchemaForm(ZParliamentForm, { defaultValues: formValues(parliament) });
  const { base, stale, startSave, takeStale } = useVersionedRecord({
    initial: parliament,
    reload: (current) => form.reset(formValues(current)),
  });
  const structure = useWatch({ control: form.control, name: "structure" });
  const { leaveDialog, allowLeaving } = useUnsavedChangesGuard(form.formState.isDirty);
  const pending = create.isPending || update.isPending;

  function saved(record: ParliamentRecord) {
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

  // A parliament's country is chosen by name with its ISO code beside it, "Zambia (ZM)".
  const countries = countryChoices().map((c) => ({ value: c.value, label: `${c.label} (${c.value})` }));
  const countryOptions =
    base && !countries.some((c) => c.value === base.countryCode)
      ? [{ value: base.countryCode, label: base.countryCode }, ...countries]
      : countries;
  const structureField = form.register("structure");
  const structureError = form.errorOf("structure");

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="flex flex-col gap-6">
      {stale ? (
        <Alert tone="warning" title={t("parliaments.form.staleTitle")}>
          {t("parliaments.form.staleBody")}
        </Alert>
      ) : null}
      <FormAlert message={form.alert} />

      <Card title={t("parliaments.form.sections.identity")}>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField
            label={t("parliaments.form.name")}
            autoComplete="off"
            autoFocus
            containerClassName="md:col-span-2"
            {...form.field("name")}
          />
          <Select
            label={t("parliaments.form.country")}
            hint={t("parliaments.form.countryHint")}
            placeholder={t("common.choose")}
            options={countryOptions}
            {...form.field("countryCode")}
          />
          <Select
            label={t("parliaments.form.region")}
            placeholder={t("common.choose")}
            options={REGIONS.map((region) => ({ value: region, label: t(`region.${region}`) }))}
            {...form.field("region")}
          />
          <TextField
            type="url"
            inputMode="url"
            label={t("parliaments.form.website")}
            hint={t("parliaments.form.websiteHint")}
            placeholder="https://"
            autoComplete="off"
            containerClassName="md:col-span-2"
            {...form.field("website", { setValueAs: emptyToNull })}
          />
        </div>
      </Card>

      <Card title={t("parliaments.form.sections.chambers")}>
        <fieldset aria-describedby={structureError ? `${structureId}-error` : undefined}>
          <legend className="text-sm font-medium text-zinc-800">{t("parliaments.form.structure")}</legend>
          <div className="mt-2 flex flex-wrap gap-3">
            {CHAMBER_STRUCTURES.map((value) => (
              <label
                key={value}
                className="flex cursor-pointer items-center gap-2 rounded-md border border-zinc-300 px-3 py-2 text-sm has-checked:border-brand-600 has-checked:bg-brand-50"
              >
                <input type="radio" value={value} className="size-4 accent-brand-600" {...structureField} />
                {t(`parliaments.structure.${value}`)}
              </label>
            ))}
          </div>
          <FieldError id={`${structureId}-error`} error={structureError} className="mt-1" />
        </fieldset>
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          <TextField
            label={structure === "BICAMERAL" ? t("parliaments.form.firstChamber") : t("parliaments.form.chamber")}
            hint={t("parliaments.form.chamberHint")}
            autoComplete="off"
            {...form.field("chamberNames.0")}
          />
          {structure === "BICAMERAL" ? (
            <TextField
              label={t("parliaments.form.secondChamber")}
              autoComplete="off"
              {...form.field("chamberNames.1")}
            />
          ) : null}
        </div>
      </Card>

      <div className="flex flex-wrap justify-end gap-2">
        <ButtonLink to={cancelTo}>{t("common.cancel")}</ButtonLink>
        <Button type="submit" variant="primary" loading={pending}>
          {base ? t("parliaments.form.save") : t("parliaments.form.create")}
        </Button>
      </div>
      {leaveDialog}
    </form>
  );
}
