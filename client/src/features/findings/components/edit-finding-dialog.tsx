// Editing a finding the policy lets this user change (mayEditFinding): the same fields
// as the create dialog, with the same keys. It sends only the fields changed, on the
// version loaded; if someone saved in between (CONFLICT), it shows each changed field's
// two versions and who saved theirs (FindingConflictPanel), and the user keeps theirs
// (sent again on the saved version) or takes the saved one.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { ZCreateFindingInput, type TUpdateFindingInput } from "@hemicycle/shared/schemas/findings";
import { currentRecordOf, isStaleVersion } from "../../../lib/errors.ts";
import { useSaveFindingEditOrQueue } from "../../../lib/outbox/save-or-queue.ts";
import { useSchemaForm } from "../../../components/form/use-schema-form.ts";
import { FormAlert } from "../../../components/form/form-alert.tsx";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { useUpdateFinding, type FindingDetail } from "../api/findings.ts";
import { changesOf, type FindingChanges, type FindingConflict, type SavedFinding } from "./finding-changes.ts";
import { FindingConflictPanel } from "./finding-conflict-panel.tsx";
import { FindingFields, formValuesOf } from "./finding-fields.tsx";
import { saveShortcut, useDiscardGuard } from "./use-finding-dialog-keys.tsx";

type EditFindingDialogProps = {
  open: boolean;
  onClose: () => void;
  finding: FindingDetail;
};

/** Mount it with a new `key` for each opening. */
export function EditFindingDialog({ open, onClose, finding }: EditFindingDialogProps) {
  const { t } = useTranslation();
  // The one door an edit goes through: the offline outbox wraps `sendEdit` below.
  const update = useUpdateFinding();
  // The record as last loaded: its version goes with the update, changes are measured against it.
  const [base, setBase] = useState<FindingDetail>(finding);
  const [conflict, setConflict] = useState<FindingConflict | null>(null);
  const form = useSchemaForm(ZCreateFindingInput, { defaultValues: formValuesOf(finding) });
  const guard = useDiscardGuard(form.formState.isDirty, onClose);

  /** Sends an edit; `onSuccess` once it is stored (or, offline, kept to be sent). */
  const editOrQueue = useSaveFindingEditOrQueue();
  const sendEdit = (
    input: TUpdateFindingInput,
    done: { onSuccess: (queued: boolean) => void; onError: (error: unknown) => void },
  ) => editOrQueue(update, input, { ...done, title: base.title, placeLabel: base.phase.mission.code });

  function send(version: number, changes: FindingChanges) {
    sendEdit(
      { id: base.id, version, ...changes },
      {
        onSuccess: (queued) => {
          if (!queued) toast.success(t("findingWriting.saved"));
          onClose();
        },
        onError: (error) => {
          const current = isStaleVersion(error) ? currentRecordOf<SavedFinding>(error) : null;
          if (current) {
            setConflict({ current, mine: changes });
            return;
          }
          form.showServerError(error);
        },
      },
    );
  }

  const save = form.handleSubmit((values) => {
    const changes = changesOf(base, values);
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    send(base.version, changes);
  });

  /** Yours, sent again over the saved version: only the fields you changed. */
  const keepMine = form.handleSubmit((values) => {
    if (!conflict) return;
    const changes = changesOf(base, values);
    send(conflict.current.version, Object.keys(changes).length ? changes : conflict.mine);
  });

  /** The saved version replaces what you typed. */
  function takeTheirs() {
    if (!conflict) return;
    setBase(conflict.current);
    form.reset(formValuesOf(conflict.current));
    setConflict(null);
    toast.info(t("findingWriting.conflict.tookTheirs"));
  }

  const formId = "finding-edit-form";
  return (
    <>
      {guard.dialog(open, t("findingWriting.discardTitle"), t("findingWriting.discardBody"))}
      <Dialog
        open={open}
        onClose={guard.requestClose}
        size="lg"
        title={t("findingWriting.title")}
        description={t("findingWriting.shortcuts")}
        footer={
          <>
            <Button onClick={guard.requestClose}>{t("common.cancel")}</Button>
            {conflict ? null : (
              <Button type="submit" form={formId} variant="primary" loading={update.isPending}>
                {t("findingWriting.save")}
              </Button>
            )}
          </>
        }
      >
        <form
          id={formId}
          noValidate
          onSubmit={(event) => void save(event)}
          onKeyDown={saveShortcut(() => {
            if (!update.isPending && !conflict) void save();
          })}
          className="flex flex-col gap-4"
        >
          {conflict ? (
            <FindingConflictPanel
              conflict={conflict}
              busy={update.isPending}
              onKeepMine={() => void keepMine()}
              onTakeTheirs={takeTheirs}
            />
          ) : null}
          <FormAlert message={form.alert} />
          <FindingFields form={form} />
        </form>
      </Dialog>
    </>
  );
}
