import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../components/ui/button.tsx";
import { FindingFormDialog, type PhaseOption } from "./finding-form-dialog.tsx";

type LogFindingButtonProps = { phaseId: string; phases: readonly PhaseOption[]; label?: string };

export function LogFindingButton({ phaseId, phases, label }: LogFindingButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [draftKey, setDraftKey] = useState(0);
  return (
    <>
      <Button
        size="sm"
        variant="primary"
        onClick={() => {
          setDraftKey((k) => k + 1);
          setOpen(true);
        }}
        aria-label={label}
      >
        {t("findingForm.open")}
      </Button>
      <FindingFormDialog key={draftKey} open={open} onClose={() => setOpen(false)} phases={phases} phaseId={phaseId} />
    </>
  );
}
