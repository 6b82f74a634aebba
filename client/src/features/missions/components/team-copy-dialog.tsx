// Copies another phase's team onto this one in one step (missions.copyTeam), e.g. the
// assessment's team onto the strategic plan. Whoever clashes on this phase's dates is
// refused and listed with the clash; the coordinator may then add them with a reason each.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { describeError } from "../../../lib/describe-error.ts";
import { formatDateRange } from "../../../lib/format.ts";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { Select, Textarea } from "../../../components/ui/field.tsx";
import type { Phase } from "../api/missions.ts";
import { useCopyTeam, type CopyTeamResult } from "../api/team.ts";

type TeamCopyDialogProps = {
  open: boolean;
  onClose: () => void;
  phase: Phase;
  /** The mission's other phases that have a team, earliest first. */
  sources: Phase[];
};

/** Mount it with a new `key` for each opening. */
export function TeamCopyDialog({ open, onClose, phase, sources }: TeamCopyDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const copy = useCopyTeam();
  // The latest source before this phase by default: the assessment for the plan.
  const before = sources.filter((s) => s.startDate <= phase.startDate);
  const [fromPhaseId, setFromPhaseId] = useState((before.at(-1) ?? sources[0])?.id ?? "");
  const [refused, setRefused] = useState<CopyTeamResult["refused"]>([]);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  const source = sources.find((s) => s.id === fromPhaseId);
  const onPhase = new Set(phase.team.map((m) => m.expertId));
  const toCopy = source?.team.filter((m) => !onPhase.has(m.expertId)) ?? [];
  const overrides = refused.flatMap((r) => {
    const reason = reasons[r.expertId]?.trim();
    return reason ? [{ expertId: r.expertId, reason }] : [];
  });

  const submit = () => {
    setError(null);
    copy.mutate(
      { fromPhaseId, toPhaseId: phase.id, overrides },
      {
        onSuccess: (result) => {
          if (result.added.length) toast.success(t("teamChanges.copyAdded", { count: result.added.length }));
          if (result.refused.length === 0) {
            if (!result.added.length) toast.success(t("teamChanges.copyDone"));
            onClose();
            return;
          }
          setRefused(result.refused);
        },
        onError: (e) => setError(describeError(e)),
      },
    );
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="lg"
      title={t("teamChanges.copyTitle", { phase: t(`phaseKind.${phase.kind}`) })}
      description={formatDateRange(phase.startDate, phase.endDate)}
      footer={
        <>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button
            type="submit"
            form={formId}
            variant={refused.length ? "danger" : "primary"}
            loading={copy.isPending}
            disabled={refused.length ? overrides.length === 0 : toCopy.length === 0}
          >
            {refused.length ? t("teamChanges.copyAnyway") : t("teamChanges.copySubmit")}
          </Button>
        </>
      }
    >
      <form
        id={formId}
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {refused.length === 0 ? (
          <>
            <Select
              label={t("teamChanges.copyFrom")}
              value={fromPhaseId}
              onChange={(e) => setFromPhaseId(e.target.value)}
              options={sources.map((s) => ({
                value: s.id,
                label: `${t(`phaseKind.${s.kind}`)} · ${formatDateRange(s.startDate, s.endDate)}`,
              }))}
              data-autofocus
            />
            {toCopy.length ? (
              <ul className="divide-y divide-zinc-100 rounded-md border border-zinc-200 text-sm">
                {toCopy.map((m) => (
                  <li key={m.expertId} className="flex justify-between gap-2 px-3 py-2">
                    <span>{m.expert.name}</span>
                    <span className="text-xs text-zinc-500">{t(`teamRole.${m.role}`)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-zinc-500">{t("teamChanges.copyNothing")}</p>
            )}
          </>
        ) : (
          <Alert tone="warning" title={t("teamChanges.copyRefusedTitle")}>
            <p>{t("teamChanges.copyRefusedHint")}</p>
            <ul className="mt-2 flex flex-col gap-3">
              {refused.map((r, index) => (
                <li key={r.expertId}>
                  <p className="font-medium text-zinc-900">{r.name}</p>
                  <ul className="list-disc ps-5">
                    {r.clashes.map((c, i) => (
                      <li key={i}>
                        {c.kind === "phase"
                          ? t("assign.clashPhase", {
                              mission: c.missionCode,
                              phase: t(`phaseKind.${c.phaseKind}`),
                              dates: formatDateRange(c.startDate, c.endDate),
                            })
                          : t("assign.clashUnavailable", {
                              dates: formatDateRange(c.startDate, c.endDate),
                              reason: c.reason ? ` (${c.reason})` : "",
                            })}
                      </li>
                    ))}
                  </ul>
                  <Textarea
                    label={t("teamChanges.overrideReasonFor", { name: r.name })}
                    rows={2}
                    autoFocus={index === 0}
                    containerClassName="mt-2 text-zinc-900"
                    value={reasons[r.expertId] ?? ""}
                    onChange={(e) => setReasons((all) => ({ ...all, [r.expertId]: e.target.value }))}
                  />
                </li>
              ))}
            </ul>
          </Alert>
        )}
        {error ? (
          <Alert tone="error" title={t("errors.actionFailed")}>
            {error}
          </Alert>
        ) : null}
      </form>
    </Dialog>
  );
}
