// Puts an expert on a phase's team. When the server finds a double booking or an
// unavailable period (CONFLICT, PHASE_OVERLAP / EXPERT_UNAVAILABLE), the dialog names
// the clash and lets a coordinator assign anyway with a reason.
import { useId, useState } from "react";
import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { ICT_AREA_CODES, TEAM_ROLES, type IctArea } from "@hemicycle/shared/enums";
import { ZAssignExpertInput } from "@hemicycle/shared/schemas/missions";
import { countryName, formatDateRange, languageName } from "../../../lib/format.ts";
import { useExpertSearch } from "../../../lib/reference-data.ts";
import { useDebouncedValue } from "../../../lib/use-debounced-value.ts";
import { cn } from "../../../lib/cn.ts";
import { useSchemaForm } from "../../../components/form/use-schema-form.ts";
import { FormAlert } from "../../../components/form/form-alert.tsx";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { FieldError, Select, TextField } from "../../../components/ui/field.tsx";
import { Badge } from "../../../components/ui/badge.tsx";
import { Spinner } from "../../../components/ui/spinner.tsx";
import { useAssignExpert, type Phase } from "../api/missions.ts";
import { useClashOverride } from "../hooks/use-clash-override.ts";
import { ClashAlert } from "./clash-alert.tsx";

const ZAssignForm = ZAssignExpertInput.pick({ expertId: true, role: true, overrideReason: true });

/** Mount it with a new `key` for each opening: every opening starts from a clean state. */
type AssignExpertDialogProps = { open: boolean; onClose: () => void; phase: Phase };

export function AssignExpertDialog({ open, onClose, phase }: AssignExpertDialogProps) {
  const { t } = useTranslation();
  const hasLead = phase.team.some((m) => m.role === "LEAD");
  const [search, setSearch] = useState("");
  const [area, setArea] = useState<IctArea | "">("");
  const debounced = useDebouncedValue(search.trim(), 250);
  const experts = useExpertSearch(debounced, area || undefined, open);
  const assign = useAssignExpert();
  const form = useSchemaForm(ZAssignForm, {
    defaultValues: { expertId: "", role: hasLead ? "MEMBER" : "LEAD", overrideReason: "" },
  });
  const override = useClashOverride(form, t("assign.reasonRequired"));
  const expertId = useWatch({ control: form.control, name: "expertId" });
  const listLabelId = useId();
  const formId = `assign-${phase.id}`;

  const onTeam = new Set(phase.team.map((m) => m.expertId));
  const selected = experts.data?.items.find((e) => e.id === expertId);
  // The list says which expert to choose; the schema's "required" would say less.
  const expertError = form.errorOf("expertId", t("assign.chooseExpert"));

  const onSubmit = form.handleSubmit((values) => {
    const overrideReason = override.reasonFor(values);
    if (overrideReason === false) return;
    assign.mutate(
      { phaseId: phase.id, expertId: values.expertId, role: values.role, overrideReason },
      {
        onSuccess: () => {
          toast.success(t("assign.done", { name: selected?.name ?? "" }));
          onClose();
        },
        onError: override.handleError,
      },
    );
  });

  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="lg"
      title={t("assign.title", { phase: t(`phaseKind.${phase.kind}`) })}
      description={formatDateRange(phase.startDate, phase.endDate)}
      footer={
        <>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button
            type="submit"
            form={formId}
            variant={override.clash ? "danger" : "primary"}
            loading={assign.isPending}
          >
            {override.clash ? t("assign.assignAnyway") : t("assign.submit")}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={(event) => void onSubmit(event)} className="flex flex-col gap-4">
        <div className="grid gap-3 sm:grid-cols-[1fr_14rem]">
          <TextField
            type="search"
            label={t("assign.search")}
            placeholder={t("assign.searchPlaceholder")}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            data-autofocus
          />
          <Select
            label={t("assign.area")}
            value={area}
            onChange={(e) => setArea(e.target.value as IctArea | "")}
            placeholder={t("assign.anyArea")}
            options={ICT_AREA_CODES.map((a) => ({ value: a, label: t(`ictArea.${a}`) }))}
          />
        </div>

        <div>
          <div className="flex items-center justify-between">
            <span id={listLabelId} className="text-sm font-medium text-zinc-800">
              {t("assign.expert")}
            </span>
            {experts.isFetching ? <Spinner /> : null}
          </div>
          <div
            role="radiogroup"
            aria-labelledby={listLabelId}
            aria-invalid={expertError ? true : undefined}
            aria-describedby={expertError ? `${formId}-expert-error` : undefined}
            className="mt-1 max-h-64 overflow-y-auto rounded-md border border-zinc-200"
          >
            {experts.isError ? (
              <p className="p-3 text-sm text-red-700">{t("errors.loadFailed")}</p>
            ) : experts.data && experts.data.items.length === 0 ? (
              <p className="p-3 text-sm text-zinc-500">{t("assign.noExperts")}</p>
            ) : (
              (experts.data?.items ?? []).map((expert) => {
                const already = onTeam.has(expert.id);
                return (
                  <label
                    key={expert.id}
                    className={cn(
                      "flex cursor-pointer items-start gap-3 border-b border-zinc-100 px-3 py-2 last:border-b-0 hover:bg-zinc-50",
                      expertId === expert.id && "bg-brand-50 hover:bg-brand-50",
                      already && "cursor-not-allowed opacity-60",
                    )}
                  >
                    <input
                      type="radio"
                      value={expert.id}
                      disabled={already}
                      className="mt-1 accent-brand-600"
                      {...form.register("expertId", { onChange: override.reset })}
                    />
                    <span className="min-w-0 flex-1">
                      <span className="flex flex-wrap items-center gap-2">
                        <span className="text-sm font-medium text-zinc-900">{expert.name}</span>
                        {already ? <Badge>{t("assign.alreadyOnTeam")}</Badge> : null}
                      </span>
                      <span className="block text-xs text-zinc-500">
                        {expert.institution} · {countryName(expert.countryCode)}
                        {expert.languages.length ? ` · ${expert.languages.map(languageName).join(", ")}` : ""}
                      </span>
                      {expert.areas.length ? (
                        <span className="mt-1 flex flex-wrap gap-1">
                          {expert.areas.map((a) => (
                            <Badge key={a} tone="indigo" title={t(`ictArea.${a}`)}>
                              {t(`ictAreaShort.${a}`)}
                            </Badge>
                          ))}
                        </span>
                      ) : null}
                    </span>
                  </label>
                );
              })
            )}
          </div>
          <FieldError id={`${formId}-expert-error`} error={expertError} className="mt-1" />
        </div>

        <fieldset aria-describedby={form.errorOf("role") ? `${formId}-role-error` : undefined}>
          <legend className="text-sm font-medium text-zinc-800">{t("assign.role")}</legend>
          <div className="mt-1 flex gap-4">
            {TEAM_ROLES.map((r) => (
              <label key={r} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  value={r}
                  disabled={r === "LEAD" && hasLead}
                  className="accent-brand-600"
                  {...form.register("role")}
                />
                {t(`teamRole.${r}`)}
                {r === "LEAD" && hasLead ? (
                  <span className="text-xs text-zinc-500">({t("assign.hasLead")})</span>
                ) : null}
              </label>
            ))}
          </div>
          <FieldError id={`${formId}-role-error`} error={form.errorOf("role")} className="mt-1" />
        </fieldset>

        <FormAlert message={form.alert} />

        {override.clash ? (
          <ClashAlert
            clash={override.clash}
            overlapTitle={t("assign.overlapTitle")}
            unavailableTitle={t("assign.unavailableTitle")}
            reasonLabel={t("assign.overrideReason")}
            reason={form.field("overrideReason")}
          />
        ) : null}
      </form>
    </Dialog>
  );
}
