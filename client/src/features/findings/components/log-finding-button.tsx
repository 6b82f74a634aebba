import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../components/ui/button.tsx";
import { FindingFormDialog, type PhaseOption } from "./finding-form-dialog.tsx";

type LogFindingButtonProps = { phaseId: string; phases: readonly PhaseOption[]; label?: string };

export function LogFindingButton({ phaseId, phases, label }: LogFindingButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" variant="primary" onClick={() => setOpen(true)} aria-label={label}>
        {t("findingForm.open")}
      </Button>
      <FindingFormDialog open={open} onClose={() => setOpen(false)} phases={phases} phaseId={phaseId} />
    </>
  );
}
