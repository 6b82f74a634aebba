// What the phase card shows of the phase's lifecycle: a report past its due date, said in
// words ("Report 16 days late"), and for coordinators the button that edits the phase
// (dates, place, report due date, actual dates). AddPhaseButton adds one to a mission.
import { useTranslation } from "react-i18next";
import { useDialogState } from "../../../lib/use-dialog-state.ts";
import { Badge } from "../../../components/ui/badge.tsx";
import { Button } from "../../../components/ui/button.tsx";
import type { Phase } from "../api/missions.ts";
import { PhaseFormDialog } from "./phase-form-dialog.tsx";

type PhaseActionsProps = { phase: Phase; canManage: boolean };

export function PhaseActions({ phase, canManage }: PhaseActionsProps) {
  const { t } = useTranslation();
  const dialog = useDialogState();
  if (!phase.reportDaysLate && !canManage) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {phase.reportDaysLate > 0 ? (
        <Badge tone="red" dot>
          {t("missionLifecycle.reportLate", { count: phase.reportDaysLate })}
        </Badge>
      ) : null}
      {canManage ? (
        <>
          <Button
            size="sm"
            variant="ghost"
            className="ms-auto"
            aria-label={t("missionLifecycle.phaseForm.editActionLabel", { phase: t(`phaseKind.${phase.kind}`) })}
            onClick={() => dialog.open()}
          >
            {t("missionLifecycle.phaseForm.editAction")}
          </Button>
          <PhaseFormDialog
            key={dialog.key}
            open={dialog.isOpen}
            onClose={dialog.close}
            missionId={phase.missionId}
            phase={phase}
          />
        </>
      ) : null}
    </div>
  );
}

/** "Add phase" and its dialog, for the mission page. */
export function AddPhaseButton({ missionId }: { missionId: string }) {
  const { t } = useTranslation();
  const dialog = useDialogState();
  return (
    <>
      <Button size="sm" onClick={() => dialog.open()}>
        <span aria-hidden="true">+</span> {t("missionLifecycle.phaseForm.addAction")}
      </Button>
      <PhaseFormDialog key={dialog.key} open={dialog.isOpen} onClose={dialog.close} missionId={missionId} />
    </>
  );
}
