// Fixing a queued finding the server refused: the same fields as the finding form,
// prefilled with what was queued; saving puts it back in line (same clientId: the
// server never stored it) and sends at once. The outbox page receives it from its route
// (app/routes/outbox.tsx): features do not import each other.
import { useTranslation } from "react-i18next";
import { ZCreateFindingInput } from "@hemicycle/shared/schemas/findings";
import type { OutboxCreate } from "../../../lib/outbox/types.ts";
import { useSchemaForm } from "../../../components/form/use-schema-form.ts";
import { FormAlert } from "../../../components/form/form-alert.tsx";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { FindingFields, type FindingFormInput } from "./finding-fields.tsx";

export type QueuedFindingEditorProps = {
  item: OutboxCreate;
  onClose: () => void;
  onSave: (input: OutboxCreate["input"]) => Promise<void>;
};

/** Mount it with the item's id as `key`. */
export function QueuedFindingEditor({ item, onClose, onSave }: QueuedFindingEditorProps) {
  const { t } = useTranslation();
  const form = useSchemaForm(ZCreateFindingInput, {
    defaultValues: { ...item.input, subArea: item.input.subArea ?? "" } as FindingFormInput,
  });
  const formId = `outbox-edit-${item.id}`;

  const submit = form.handleSubmit(async (values) => {
    await onSave({ ...values, clientId: item.input.clientId });
    onClose();
  });

  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      title={t("outbox.editTitle")}
      description={t("outbox.editDescription")}
      footer={
        <>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button type="submit" form={formId} variant="primary" loading={form.formState.isSubmitting}>
            {t("outbox.editSave")}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
        <FormAlert message={form.alert} />
        <FindingFields form={form} />
      </form>
    </Dialog>
  );
}
