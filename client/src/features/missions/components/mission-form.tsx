// The "new mission" form: the mission and its phases, validated on the client with the
// very schema the server uses (ZCreateMissionInput), and the server's field errors shown
// next to the same fields.
import { useFieldArray, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { MISSION_TYPES, PHASE_KINDS } from "@hemicycle/shared/enums";
import { ZCreateMissionInput } from "@hemicycle/shared/schemas/missions";
import { applyServerErrors } from "../../../lib/errors.ts";
import { translateMessage } from "../../../lib/i18n.ts";
import { Select, TextField, Textarea } from "../../../components/ui/field.tsx";
import { Button, ButtonLink } from "../../../components/ui/button.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { Card } from "../../../components/ui/card.tsx";
import { useCreateMission, type MissionDetail } from "../api/missions.ts";
import { useParliaments, useProgrammes } from "../api/reference-data.ts";

type FormInput = z.input<typeof ZCreateMissionInput>;
type FormOutput = z.output<typeof ZCreateMissionInput>;

const FIELDS = ["code", "title", "type", "parliamentId", "programmeId", "objectives", "phases"] as const;
const MAX_PHASES = 10;

const emptyPhase: FormInput["phases"][number] = { kind: "ASSESSMENT", startDate: "", endDate: "", location: "" };

/** "" from an empty select or input means "none". */
const emptyToNull = (value: unknown) => (value === "" ? null : value);

type MissionFormProps = { onCreated: (mission: MissionDetail) => void };

export function MissionForm({ onCreated }: MissionFormProps) {
  const { t } = useTranslation();
  const parliaments = useParliaments();
  const programmes = useProgrammes();
  const create = useCreateMission();

  const { register, control, handleSubmit, setError, formState } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(ZCreateMissionInput),
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
  const phases = useFieldArray({ control, name: "phases" });
  const errors = formState.errors;
  const message = (m: string | undefined) => (m ? translateMessage(m) : undefined);
  // A date input gives "" or a valid YYYY-MM-DD, so a format error means "empty".
  const dateMessage = (m: string | undefined) =>
    m === "Use the format YYYY-MM-DD" ? t("missionForm.dateRequired") : message(m);

  const onSubmit = handleSubmit((values) =>
    create.mutate(values, {
      onSuccess: (mission) => onCreated(mission),
      onError: (error) => applyServerErrors(error, setError, FIELDS),
    }),
  );

  const phasesError = errors.phases?.message ?? errors.phases?.root?.message;

  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-6">
      {errors.root?.server?.message ? <Alert tone="error">{errors.root.server.message}</Alert> : null}

      <Card title={t("missionForm.sections.mission")}>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField
            label={t("missionForm.code")}
            hint={t("missionForm.codeHint")}
            required
            autoFocus
            autoComplete="off"
            className="font-mono uppercase"
            error={message(errors.code?.message)}
            {...register("code")}
          />
          <Select
            label={t("missionForm.type")}
            required
            options={MISSION_TYPES.map((v) => ({ value: v, label: t(`missionType.${v}`) }))}
            error={message(errors.type?.message)}
            {...register("type")}
          />
          <TextField
            label={t("missionForm.title")}
            required
            containerClassName="md:col-span-2"
            error={message(errors.title?.message)}
            {...register("title")}
          />
          <Select
            label={t("missionForm.parliament")}
            required
            placeholder={parliaments.isPending ? t("common.loading") : t("common.choose")}
            options={(parliaments.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            error={
              message(errors.parliamentId?.message) ?? (parliaments.isError ? t("errors.optionsFailed") : undefined)
            }
            {...register("parliamentId")}
          />
          <Select
            label={t("missionForm.programme")}
            placeholder={t("missionForm.noProgramme")}
            options={(programmes.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            error={message(errors.programmeId?.message) ?? (programmes.isError ? t("errors.optionsFailed") : undefined)}
            {...register("programmeId", { setValueAs: emptyToNull })}
          />
          <Textarea
            label={t("missionForm.objectives")}
            rows={4}
            containerClassName="md:col-span-2"
            error={message(errors.objectives?.message)}
            {...register("objectives")}
          />
        </div>
      </Card>

      <Card
        title={t("missionForm.sections.phases")}
        description={t("missionForm.phasesHint")}
        actions={
          <Button
            size="sm"
            onClick={() => phases.append({ ...emptyPhase })}
            disabled={phases.fields.length >= MAX_PHASES}
          >
            <span aria-hidden="true">+</span> {t("missionForm.addPhase")}
          </Button>
        }
      >
        <ol className="flex flex-col gap-4">
          {phases.fields.map((field, index) => {
            const rowErrors = errors.phases?.[index];
            return (
              <li key={field.id} className="rounded-md border border-zinc-200 bg-zinc-50/60 p-3">
                <fieldset>
                  <legend className="mb-2 text-xs font-semibold tracking-wide text-zinc-600 uppercase">
                    {t("missionForm.phaseNumber", { number: index + 1 })}
                  </legend>
                  <div className="grid items-start gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(10rem,1fr)_10rem_10rem_minmax(10rem,1fr)_auto]">
                    <Select
                      label={t("missionForm.phaseKind")}
                      required
                      options={PHASE_KINDS.map((v) => ({ value: v, label: t(`phaseKind.${v}`) }))}
                      error={message(rowErrors?.kind?.message)}
                      {...register(`phases.${index}.kind`)}
                    />
                    <TextField
                      type="date"
                      label={t("missionForm.startDate")}
                      required
                      error={dateMessage(rowErrors?.startDate?.message)}
                      {...register(`phases.${index}.startDate`)}
                    />
                    <TextField
                      type="date"
                      label={t("missionForm.endDate")}
                      required
                      error={dateMessage(rowErrors?.endDate?.message)}
                      {...register(`phases.${index}.endDate`)}
                    />
                    <TextField
                      label={t("missionForm.location")}
                      error={message(rowErrors?.location?.message)}
                      {...register(`phases.${index}.location`)}
                    />
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
            {message(phasesError)}
          </p>
        ) : null}
      </Card>

      <div className="flex flex-wrap justify-end gap-2">
        <ButtonLink to="/missions">{t("common.cancel")}</ButtonLink>
        <Button type="submit" variant="primary" loading={create.isPending}>
          {t("missionForm.submit")}
        </Button>
      </div>
    </form>
  );
}
