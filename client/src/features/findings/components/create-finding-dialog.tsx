// Fast entry of findings in the field: the title has focus, Ctrl/Cmd+Enter saves,
// Ctrl/Cmd+Shift+Enter saves and starts the next one with the same phase and area.
// Each draft carries a clientId, so that sending it again (a retry after a lost
// connection) returns the finding stored the first time instead of a duplicate.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { ZCreateFindingInput } from "@hemicycle/shared/schemas/findings";
import { newClientId } from "../../../lib/client-id.ts";
import { useSaveFindingOrQueue } from "../../../lib/outbox/save-or-queue.ts";
import { useSchemaForm } from "../../../components/form/use-schema-form.ts";
import { FormAlert } from "../../../components/form/form-alert.tsx";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { useCreateFinding } from "../api/findings.ts";
import { blank, FindingFields, type FindingFormOutput, type PhaseOption } from "./finding-fields.tsx";
import { saveShortcut, useDiscardGuard } from "./use-finding-dialog-keys.tsx";

/** Mount it with a new `key` for each opening: every opening starts a new draft. */
type CreateFindingDialogProps = {
  open: boolean;
  onClose: () => void;
  phases: readonly PhaseOption[];
  phaseId: string;
  /** Names the mission of a finding kept in the outbox ("ZMB-2026 · Assessment (…)"). */
  missionCode?: string;
};

export function CreateFindingDialog({ open, onClose, phases, phaseId, missionCode }: CreateFindingDialogProps) {
  const { t } = useTranslation();
  // The one door a new finding goes through: the offline outbox wraps `sendNew` below.
  const create = useCreateFinding();
  // One id per draft: a resend of the same draft carries the same id.
  const [clientId, setClientId] = useState(newClientId);
  const [savedCount, setSavedCount] = useState(0);
  const form = useSchemaForm(ZCreateFindingInput, { defaultValues: blank(phaseId) });
  // isDirty is read during render: react-hook-form only tracks what the render subscribes to.
  const guard = useDiscardGuard(form.formState.isDirty, onClose);

  /** Sends a new finding; `onSuccess` once it is stored (or, offline, kept to be sent). */
  const saveOrQueue = useSaveFindingOrQueue();
  const sendNew = (
    input: FindingFormOutput & { clientId: string },
    done: { onSuccess: (queued: boolean) => void; onError: (error: unknown) => void },
  ) => {
    const phaseLabel = phases.find((p) => p.id === input.phaseId)?.label ?? "";
    const placeLabel = missionCode ? `${missionCode} · ${phaseLabel}` : phaseLabel;
    saveOrQueue(create, input, { ...done, placeLabel });
  };

  const save = (again: boolean) =>
    form.handleSubmit((values) =>
      sendNew(
        { ...values, clientId },
        {
          onSuccess: (queued) => {
            setClientId(newClientId()); // the next draft is a new finding
            if (!queued) toast.success(t("findingForm.saved")); // the outbox said its own
            if (again) {
              setSavedCount((n) => n + 1);
              form.reset(
                blank(values.phaseId, {
                  area: values.area,
                  subArea: values.subArea ?? "",
                  kind: values.kind,
                  severity: values.severity,
                }),
              );
              setTimeout(() => form.setFocus("title"), 0);
            } else {
              onClose();
            }
          },
          onError: form.showServerError,
        },
      ),
    );

  const formId = "finding-form";
  return (
    <>
      {guard.dialog(open, t("findingForm.discardTitle"), t("findingForm.discardBody"))}
      <Dialog
        open={open}
        onClose={guard.requestClose}
        size="lg"
        title={t("findingForm.title")}
        description={t("findingForm.shortcuts")}
        footer={
          <>
            <Button onClick={guard.requestClose}>{t("common.close")}</Button>
            <Button onClick={() => void save(true)()} loading={create.isPending}>
              {t("findingForm.saveAndAdd")}
            </Button>
            <Button type="submit" form={formId} variant="primary" loading={create.isPending}>
              {t("findingForm.save")}
            </Button>
          </>
        }
      >
        <form
          id={formId}
          noValidate
          onSubmit={(event) => void save(false)(event)}
          onKeyDown={saveShortcut((again) => {
            if (!create.isPending) void save(again)();
          })}
          className="flex flex-col gap-4"
        >
          {savedCount > 0 ? <Alert tone="success">{t("findingForm.savedCount", { count: savedCount })}</Alert> : null}
          <FormAlert message={form.alert} />
          <FindingFields form={form} phases={phases} />
        </form>
      </Dialog>
    </>
  );
}
