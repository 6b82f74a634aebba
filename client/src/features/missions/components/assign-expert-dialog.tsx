// Puts an expert on a phase's team, chosen from the experts ranked for the phase
// (experts.suggest): each with its fit, the reasons for it and its conflicts on the phase's
// dates, before anyone is picked. When the server finds a double booking or an unavailable
// period (CONFLICT, PHASE_OVERLAP / EXPERT_UNAVAILABLE), the dialog names the clash and lets
// a coordinator assign anyway with a reason.
import { useId, useMemo, useState } from "react";
import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { ICT_AREA_CODES, TEAM_ROLES, type IctArea } from "@hemicycle/shared/enums";
import { ZAssignExpertInput } from "@hemicycle/shared/schemas/missions";
import { formatDateRange } from "../../../lib/format.ts";
import { useSchemaForm } from "../../../components/form/use-schema-form.ts";
import { FormAlert } from "../../../components/form/form-alert.tsx";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { FieldError, Select, TextField } from "../../../components/ui/field.tsx";
import { Spinner } from "../../../components/ui/spinner.tsx";
import { useAssignExpert, type Phase } from "../api/missions.ts";
import { useExpertSuggestions } from "../api/team.ts";
import { useClashOverride } from "../hooks/use-clash-override.ts";
import { ClashAlert } from "./clash-alert.tsx";
import { TeamCandidate } from "./team-candidate.tsx";

const ZAssignForm = ZAssignExpertInput.pick({ expertId: true, role: true, overrideReason: true });

/** Mount it with a new `key` for each opening: every opening starts from a clean state. */
type AssignExpertDialogProps = { open: boolean; onClose: () => void; phase: Phase };

export function AssignExpertDialog({ open, onClose, phase }: AssignExpertDialogProps) {
  const { t } = useTranslation();
  const hasLead = phase.team.some((m) => m.role === "LEAD");
  const [search, setSearch] = useState("");
  const [area, setArea] = useState<IctArea | "">("");
  const suggestions = useExpertSuggestions(phase.id, open);
  const assign = useAssignExpert();
  const form = useSchemaForm(ZAssignForm, {
    defaultValues: { expertId: "", role: hasLead ? "MEMBER" : "LEAD", overrideReason: "" },
  });
  const override = useClashOverride(form, t("assign.reasonRequired"));
  const expertId = useWatch({ control: form.control, name: "expertId" });
  const listLabelId = useId();
  const formId = `assign-${phase.id}`;

  // Narrowing the ranking keeps its order: the rank shown is the one the server gave.
  const ranked = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase();
    return (suggestions.data ?? [])
      .map((suggestion, index) => ({ suggestion, rank: index + 1 }))
      .filter(({ suggestion: { expert } }) => {
        if (area && !expert.areas.includes(area)) return false;
        if (!needle) return true;
        return `${expert.name} ${expert.institution}`.toLocaleLowerCase().includes(needle);
      });
  }, [suggestions.data, search, area]);
  const selected = suggestions.data?.find((s) => s.expert.id === expertId)?.expert;
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
          <div className="flex items-center justify-between gap-2">
            <span id={listLabelId} className="text-sm font-medium text-zinc-800">
              {t("assign.ranking")}
            </span>
            {suggestions.isFetching ? <Spinner /> : null}
          </div>
          <p className="text-xs text-zinc-500">{t("assign.rankingHint")}</p>
          <div
            role="radiogroup"
            aria-labelledby={listLabelId}
            aria-invalid={expertError ? true : undefined}
            aria-describedby={expertError ? `${formId}-expert-error` : undefined}
            aria-busy={suggestions.isPending ? true : undefined}
            className="mt-1 max-h-[min(24rem,45dvh)] overflow-y-auto rounded-md border border-zinc-200"
          >
            {suggestions.isError ? (
              <p className="p-3 text-sm text-red-700">{t("errors.loadFailed")}</p>
            ) : suggestions.data && ranked.length === 0 ? (
              <p className="p-3 text-sm text-zinc-500">{t("assign.noExperts")}</p>
            ) : (
              ranked.map(({ suggestion, rank }) => (
                <TeamCandidate
                  key={suggestion.expert.id}
                  suggestion={suggestion}
                  rank={rank}
                  selected={expertId === suggestion.expert.id}
                  radio={form.register("expertId", { onChange: override.reset })}
                />
              ))
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
