// Adds an expert to the directory or edits one: who they are, what they know (ICT areas of
// the shared taxonomy), the languages they work in and when they cannot travel. Validated
// with the schema the server uses (ZCreateExpertInput), the server's field errors shown
// next to the same fields. An edit sends the version it loaded and only what changed; a
// stale version reloads the form with the saved record and says so. Unavailable periods
// over phases the expert is already on are named, and kept only with the coordinator's
// reason. A half-filled form asks before it is left.
import { useState } from "react";
import { useFieldArray } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ICT_AREAS } from "@hemicycle/shared/ict-areas";
import { isClash, type Problem } from "@hemicycle/shared/errors";
import { ZCreateExpertInput, ZUpdateExpertInput, type TUpdateExpertInput } from "@hemicycle/shared/schemas/experts";
import { errorInfo } from "../../../lib/errors.ts";
import { formatDateRange } from "../../../lib/format.ts";
import { renderMessage } from "../../../lib/messages.ts";
import { useVersionedRecord } from "../../../components/form/use-versioned-record.ts";
import { emptyToNull, useSchemaForm } from "../../../components/form/use-schema-form.ts";
import { FormAlert } from "../../../components/form/form-alert.tsx";
import { useUnsavedChangesGuard } from "../../../components/form/use-unsaved-changes-guard.ts";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button, ButtonLink } from "../../../components/ui/button.tsx";
import { Card } from "../../../components/ui/card.tsx";
import { Select, TextField, Textarea } from "../../../components/ui/field.tsx";
import { useCreateExpert, useUpdateExpert, type SavedExpert } from "../api/experts.ts";
import { countryChoices } from "../../../lib/code-choices.ts";
import { AreaChoices, LanguagePicker } from "./expertise-fields.tsx";

const ZExpertForm = ZCreateExpertInput.extend({ overrideReason: ZUpdateExpertInput.shape.overrideReason });

export type ExpertFormInput = z.input<typeof ZExpertForm>;
type ExpertFormOutput = z.output<typeof ZExpertForm>;
type Changes = Omit<TUpdateExpertInput, "id" | "version" | "overrideReason">;
type UnavailableClash = Extract<Problem, { reason: "EXPERT_UNAVAILABLE" | "PHASE_OVERLAP" }>;

/** The day of a date-only value, as a date input holds it. */
const isoDay = (value: Date | string) => (typeof value === "string" ? value : value.toISOString().slice(0, 10));

const emptyPeriod = { startDate: "", endDate: "", reason: "" };

function formValues(expert: SavedExpert | undefined): ExpertFormInput {
  return {
    name: expert?.name ?? "",
    email: expert?.email ?? "",
    institution: expert?.institution ?? "",
    countryCode: expert?.countryCode ?? "",
    areas: expert?.areas ?? [],
    languages: expert?.languages ?? [],
    bio: expert?.bio ?? "",
    unavailability: (expert?.unavailability ?? []).map((u) => ({
      startDate: isoDay(u.startDate),
      endDate: isoDay(u.endDate),
      reason: u.reason ?? "",
    })),
    overrideReason: "",
  };
}

const periodsKey = (periods: readonly { startDate: Date | string; endDate: Date | string; reason: string | null }[]) =>
  JSON.stringify(periods.map((p) => [isoDay(p.startDate), isoDay(p.endDate), p.reason ?? ""]));
const sameList = (a: readonly string[], b: readonly string[]) => a.join("\n") === b.join("\n");

/** What differs from the record as loaded. */
function changesOf(base: SavedExpert, values: ExpertFormOutput): Changes {
  const changes: Changes = {};
  if (values.name !== base.name) changes.name = values.name;
  if ((values.email ?? null) !== base.email) changes.email = values.email ?? null;
  if (values.institution !== base.institution) changes.institution = values.institution;
  if (values.countryCode !== base.countryCode) changes.countryCode = values.countryCode;
  if (!sameList(values.areas, base.areas)) changes.areas = values.areas;
  if (!sameList(values.languages, base.languages)) changes.languages = values.languages;
  if (values.bio !== base.bio) changes.bio = values.bio;
  if (periodsKey(values.unavailability) !== periodsKey(base.unavailability))
    changes.unavailability = values.unavailability;
  return changes;
}

type ExpertFormProps = {
  /** The record to edit; without it the form adds an expert. */
  expert?: SavedExpert;
  onSaved: (expert: SavedExpert) => void;
  /** Where Cancel leads. */
  cancelTo: string;
};

export function ExpertForm({ expert, onSaved, cancelTo }: ExpertFormProps) {
  const { t } = useTranslation();
  const create = useCreateExpert();
  const update = useUpdateExpert();
  const [clash, setClash] = useState<{ problem: UnavailableClash; message: string } | null>(null);
  const form = useSchemaForm(ZExpertForm, { defaultValues: formValues(expert) });
  const { base, stale, startSave, takeStale } = useVersionedRecord({
    initial: expert,
    reload: (current) => form.reset(formValues(current)),
  });
  const periods = useFieldArray({ control: form.control, name: "unavailability" });
  const periodsError = form.errorOf("unavailability") ?? form.errorOf("unavailability.root");
  const pending = create.isPending || update.isPending;
  // A half-filled form asks before it is left; its own save's navigation goes through.
  const guard = useUnsavedChangesGuard(form.formState.isDirty);
  function saved(expert: SavedExpert) {
    guard.allowLeaving();
    onSaved(expert);
  }
  const countries = countryChoices();

  function handleError(error: unknown) {
    if (takeStale(error)) {
      setClash(null);
      return;
    }
    const info = errorInfo(error);
    if (isClash(info.problem)) setClash({ problem: info.problem, message: renderMessage(info.message) });
    else form.showServerError(error);
  }

  const onSubmit = form.handleSubmit((values) => {
    startSave();
    if (!base) {
      const { overrideReason: _reason, ...fields } = values;
      create.mutate(fields, { onSuccess: saved, onError: handleError });
      return;
    }
    const changes = changesOf(base, values);
    if (Object.keys(changes).length === 0) {
      saved(base);
      return;
    }
    let overrideReason: string | null = null;
    if (clash) {
      overrideReason = values.overrideReason;
      if (!overrideReason) {
        form.setError(
          "overrideReason",
          { type: "required", message: t("experts.form.reasonRequired") },
          { shouldFocus: true },
        );
        return;
      }
    }
    update.mutate(
      { id: base.id, version: base.version, ...changes, overrideReason },
      { onSuccess: saved, onError: handleError },
    );
  });

  const countryOptions = countries.map((c) => ({ value: c.value, label: `${c.label} (${c.value})` }));
  if (base && !countries.some((c) => c.value === base.countryCode))
    countryOptions.unshift({ value: base.countryCode, label: base.countryCode });

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="flex flex-col gap-6">
      {stale ? (
        <Alert tone="warning" title={t("experts.form.staleTitle")}>
          {t("experts.form.staleBody")}
        </Alert>
      ) : null}
      <FormAlert message={form.alert} />
      {guard.leaveDialog}

      <Card title={t("experts.form.sections.profile")}>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField label={t("experts.form.name")} autoComplete="off" autoFocus {...form.field("name")} />
          <TextField
            type="email"
            label={t("experts.form.email")}
            autoComplete="off"
            {...form.field("email", { setValueAs: emptyToNull })}
          />
          <TextField label={t("experts.form.institution")} autoComplete="off" {...form.field("institution")} />
          <Select
            label={t("experts.form.country")}
            placeholder={t("common.choose")}
            options={countryOptions}
            {...form.field("countryCode")}
          />
          <Textarea
            label={t("experts.form.bio")}
            hint={t("experts.form.bioHint")}
            rows={4}
            containerClassName="md:col-span-2"
            {...form.field("bio")}
          />
        </div>
      </Card>

      <Card title={t("experts.form.sections.expertise")}>
        <div className="grid gap-6 md:grid-cols-2">
          <AreaChoices
            areas={ICT_AREAS}
            registration={form.register("areas")}
            error={form.errorOf("areas") ?? form.errorOf("areas.0")}
          />
          <LanguagePicker
            control={form.control}
            error={form.errorOf("languages") ?? firstItemError(form, "languages")}
          />
        </div>
      </Card>

      <Card
        title={t("experts.form.sections.unavailable")}
        description={t("experts.form.unavailableHint")}
        actions={
          <Button size="sm" onClick={() => periods.append({ ...emptyPeriod })} disabled={periods.fields.length >= 100}>
            <span aria-hidden="true">+</span> {t("experts.form.addPeriod")}
          </Button>
        }
      >
        {periods.fields.length === 0 ? (
          <p className="text-sm text-zinc-600">{t("experts.form.noPeriods")}</p>
        ) : (
          <ol className="flex flex-col gap-3">
            {periods.fields.map((field, index) => (
              <li key={field.id} className="rounded-md border border-zinc-200 bg-zinc-50/60 p-3">
                <fieldset>
                  <legend className="sr-only">{t("experts.form.periodNumber", { number: index + 1 })}</legend>
                  <div className="grid items-start gap-3 sm:grid-cols-2 lg:grid-cols-[10rem_10rem_minmax(10rem,1fr)_auto]">
                    <TextField
                      type="date"
                      label={t("experts.form.startDate")}
                      {...form.field(`unavailability.${index}.startDate`)}
                    />
                    <TextField
                      type="date"
                      label={t("experts.form.endDate")}
                      {...form.field(`unavailability.${index}.endDate`)}
                    />
                    <TextField
                      label={t("experts.form.reason")}
                      containerClassName="sm:col-span-2 lg:col-span-1"
                      {...form.field(`unavailability.${index}.reason`)}
                    />
                    <div className="flex lg:pt-6">
                      <Button
                        variant="ghost"
                        size="sm"
                        onClick={() => periods.remove(index)}
                        aria-label={t("experts.form.removePeriodNumber", { number: index + 1 })}
                      >
                        {t("experts.form.removePeriod")}
                      </Button>
                    </div>
                  </div>
                </fieldset>
              </li>
            ))}
          </ol>
        )}
        {periodsError ? (
          <p role="alert" className="mt-3 text-xs font-medium text-red-700">
            {periodsError}
          </p>
        ) : null}
      </Card>

      {clash ? (
        <Alert tone="warning" title={t("experts.form.clashTitle")}>
          <p>{clash.message}</p>
          {clash.problem.details.clashes.length > 0 ? (
            <ul className="mt-2 list-disc ps-5">
              {clash.problem.details.clashes.map((c, i) =>
                c.kind === "phase" ? (
                  <li key={i}>
                    {t("experts.form.clashPhase", {
                      mission: c.missionCode,
                      phase: t(`phaseKind.${c.phaseKind}`),
                      dates: formatDateRange(c.startDate, c.endDate),
                    })}
                  </li>
                ) : null,
              )}
            </ul>
          ) : null}
          <Textarea
            label={t("experts.form.overrideReason")}
            hint={t("experts.form.overrideHint")}
            autoFocus
            rows={2}
            containerClassName="mt-3 text-zinc-900"
            {...form.field("overrideReason")}
            required
          />
        </Alert>
      ) : null}

      <div className="flex flex-wrap justify-end gap-2">
        <ButtonLink to={cancelTo}>{t("common.cancel")}</ButtonLink>
        <Button type="submit" variant="primary" loading={pending}>
          {base ? t("experts.form.save") : t("experts.form.create")}
        </Button>
      </div>
    </form>
  );
}

/** The first error among a list's items (a language code the server refused). */
function firstItemError(form: { errorOf: (name: string) => string | undefined }, name: string) {
  for (let i = 0; i < 20; i++) {
    const error = form.errorOf(`${name}.${i}`);
    if (error) return error;
  }
  return undefined;
}
