// Puts an expert on a phase's team. When the server finds a double booking or an
// unavailable period (CONFLICT, PHASE_OVERLAP / EXPERT_UNAVAILABLE), the dialog names
// the clash and lets a coordinator assign anyway with a reason.
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { ICT_AREA_CODES, TEAM_ROLES, type IctArea, type TeamRole } from "@hemicycle/shared/enums";
import { errorInfo, type ErrorInfo } from "../../../lib/errors.ts";
import { translateMessage } from "../../../lib/i18n.ts";
import { countryName, formatDateRange, languageName } from "../../../lib/format.ts";
import { useDebouncedValue } from "../../../lib/use-debounced-value.ts";
import { cn } from "../../../lib/cn.ts";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Select, TextField } from "../../../components/ui/field.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { Badge } from "../../../components/ui/badge.tsx";
import { Spinner } from "../../../components/ui/spinner.tsx";
import { useAssignExpert, type Phase } from "../api/missions.ts";
import { useExpertSearch } from "../api/reference-data.ts";
import { ClashAlert, isClash } from "./clash-alert.tsx";

/** Mount it with a new `key` for each opening: every opening starts from a clean state. */
type AssignExpertDialogProps = { open: boolean; onClose: () => void; phase: Phase };

export function AssignExpertDialog({ open, onClose, phase }: AssignExpertDialogProps) {
  const { t } = useTranslation();
  const hasLead = phase.team.some((m) => m.role === "LEAD");
  const [search, setSearch] = useState("");
  const [area, setArea] = useState<IctArea | "">("");
  const [expertId, setExpertId] = useState<string | null>(null);
  const [role, setRole] = useState<TeamRole>(hasLead ? "MEMBER" : "LEAD");
  const [conflict, setConflict] = useState<ErrorInfo | null>(null);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<{ expertId?: string; role?: string; reason?: string; form?: string }>({});
  const debounced = useDebouncedValue(search.trim(), 250);
  const experts = useExpertSearch(debounced, area || undefined);
  const assign = useAssignExpert();
  const listLabelId = useId();
  const roleLabelId = useId();

  const onTeam = new Set(phase.team.map((m) => m.expertId));
  const selected = experts.data?.items.find((e) => e.id === expertId);

  function choose(id: string) {
    setExpertId(id);
    setConflict(null); // the clash was about the previous choice
    setReason("");
    setErrors({});
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!expertId) {
      setErrors({ expertId: t("assign.chooseExpert") });
      return;
    }
    const overrideReason = conflict ? reason.trim() : undefined;
    if (conflict && !overrideReason) {
      setErrors({ reason: t("assign.reasonRequired") });
      return;
    }
    setErrors({});
    assign.mutate(
      { phaseId: phase.id, expertId, role, overrideReason },
      {
        onSuccess: () => {
          toast.success(t("assign.done", { name: selected?.name ?? "" }));
          onClose();
        },
        onError: (error) => {
          const info = errorInfo(error);
          if (isClash(info)) {
            setConflict(info);
            return;
          }
          const fe = info.fieldErrors ?? {};
          const first = (key: string) => (fe[key]?.[0] ? translateMessage(fe[key][0]) : undefined);
          const placed = { expertId: first("expertId"), role: first("role"), reason: first("overrideReason") };
          const shown = Object.values(placed).some(Boolean);
          setErrors({ ...placed, form: shown ? undefined : translateMessage(info.message) });
        },
      },
    );
  }

  const formId = `assign-${phase.id}`;
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
          <Button type="submit" form={formId} variant={conflict ? "danger" : "primary"} loading={assign.isPending}>
            {conflict ? t("assign.assignAnyway") : t("assign.submit")}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={submit} className="flex flex-col gap-4">
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
            aria-invalid={errors.expertId ? true : undefined}
            aria-describedby={errors.expertId ? `${formId}-expert-error` : undefined}
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
                      name={`${formId}-expert`}
                      value={expert.id}
                      checked={expertId === expert.id}
                      disabled={already}
                      onChange={() => choose(expert.id)}
                      className="mt-1 accent-brand-600"
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
          {errors.expertId ? (
            <p id={`${formId}-expert-error`} className="mt-1 text-xs font-medium text-red-700">
              {errors.expertId}
            </p>
          ) : null}
        </div>

        <fieldset aria-describedby={errors.role ? `${formId}-role-error` : undefined}>
          <legend id={roleLabelId} className="text-sm font-medium text-zinc-800">
            {t("assign.role")}
          </legend>
          <div className="mt-1 flex gap-4">
            {TEAM_ROLES.map((r) => (
              <label key={r} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name={`${formId}-role`}
                  value={r}
                  checked={role === r}
                  onChange={() => setRole(r)}
                  disabled={r === "LEAD" && hasLead}
                  className="accent-brand-600"
                />
                {t(`teamRole.${r}`)}
                {r === "LEAD" && hasLead ? (
                  <span className="text-xs text-zinc-500">({t("assign.hasLead")})</span>
                ) : null}
              </label>
            ))}
          </div>
          {errors.role ? (
            <p id={`${formId}-role-error`} className="mt-1 text-xs font-medium text-red-700">
              {errors.role}
            </p>
          ) : null}
        </fieldset>

        {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}

        {conflict ? (
          <ClashAlert
            conflict={conflict}
            overlapTitle={t("assign.overlapTitle")}
            unavailableTitle={t("assign.unavailableTitle")}
            reasonLabel={t("assign.overrideReason")}
            reason={reason}
            onReasonChange={setReason}
            reasonError={errors.reason}
          />
        ) : null}
      </form>
    </Dialog>
  );
}
