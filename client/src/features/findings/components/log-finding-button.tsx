import { useTranslation } from "react-i18next";
import { useDialogState } from "../../../lib/use-dialog-state.ts";
import { Button } from "../../../components/ui/button.tsx";
import { CreateFindingDialog } from "./create-finding-dialog.tsx";
import type { PhaseOption } from "./finding-fields.tsx";

type LogFindingButtonProps = { phaseId: string; phases: readonly PhaseOption[]; missionCode?: string; label?: string };

export function LogFindingButton({ phaseId, phases, missionCode, label }: LogFindingButtonProps) {
  const { t } = useTranslation();
  const draft = useDialogState();
  return (
    <>
      <Button size="sm" variant="primary" onClick={() => draft.open()} aria-label={label}>
        {t("findingForm.open")}
      </Button>
      <CreateFindingDialog
        key={draft.key}
        open={draft.isOpen}
        onClose={draft.close}
        phases={phases}
        phaseId={phaseId}
        missionCode={missionCode}
      />
    </>
  );
}
