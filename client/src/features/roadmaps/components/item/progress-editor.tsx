// An item's progress and its note, for those who keep progress up to date without
// editing the plan (the parliament's staff once the roadmap is endorsed, the team while
// it is in review). It saves through useSaveItem like every other edit of an item: the
// change shows at once, and if someone else saved the item first the conflict view shows
// both and lets the person choose; nothing is overwritten.
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { ZUpdateProgressInput } from "@hemicycle/shared/schemas/roadmaps";
import { useSchemaForm } from "../../../../components/form/use-schema-form.ts";
import { FormAlert } from "../../../../components/form/form-alert.tsx";
import { Alert } from "../../../../components/ui/alert.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import { Select, Textarea } from "../../../../components/ui/field.tsx";
import type { Roadmap, RoadmapItem } from "../../api/types.ts";
import { useItemFormSave } from "../../hooks/use-item-form-save.ts";
import { enumOptions, fieldLabel } from "../../lib/field-values.ts";

type ProgressEditorProps = {
  roadmap: Roadmap;
  item: RoadmapItem;
  /** Saved, or handed to the conflict view: the caller closes what holds the form. */
  onDone: () => void;
};

export function ProgressEditor({ roadmap, item, onDone }: ProgressEditorProps) {
  const { t } = useTranslation();
  const { base, saving, changedMeanwhile, submit } = useItemFormSave(roadmap, item);
  const form = useSchemaForm(ZUpdateProgressInput, {
    defaultValues: {
      itemId: base.id,
      version: base.version,
      progress: base.progress,
      progressNote: base.progressNote ?? "",
    },
  });

  const onSubmit = form.handleSubmit(async ({ progress, progressNote }) => {
    const patch = { progress, ...(progressNote !== undefined ? { progressNote } : {}) };
    const { saved, done } = await submit(patch, form.showServerError);
    if (saved) toast.success(t("roadmap.item.progressSaved", { title: base.title }));
    if (done) onDone();
  });

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="flex flex-col gap-3">
      {changedMeanwhile ? <Alert tone="warning">{t("roadmap.item.changedMeanwhile")}</Alert> : null}
      <FormAlert message={form.alert} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Select label={fieldLabel("progress")} options={enumOptions("progress")} {...form.field("progress")} />
        <Textarea
          label={fieldLabel("progressNote")}
          hint={t("roadmap.item.progressNoteHint")}
          rows={2}
          containerClassName="sm:col-span-2"
          {...form.field("progressNote")}
        />
      </div>
      <div className="flex justify-end">
        <Button type="submit" variant="primary" size="sm" loading={saving}>
          {t("roadmap.item.saveProgress")}
        </Button>
      </div>
    </form>
  );
}
