// An item's progress and its note, for those who keep progress up to date (the
// parliament's staff once the roadmap is endorsed, the editors at any time). Versioned:
// when someone else updated the item meanwhile, nothing is overwritten; the person is
// shown what it reads now and saves again if they still mean it.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { ZUpdateProgressInput } from "@hemicycle/shared/schemas/roadmaps";
import { isStaleVersion } from "../../../../lib/errors.ts";
import { useSchemaForm } from "../../../../components/form/use-schema-form.ts";
import { FormAlert } from "../../../../components/form/form-alert.tsx";
import { Alert } from "../../../../components/ui/alert.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import { Select, Textarea } from "../../../../components/ui/field.tsx";
import type { Roadmap, RoadmapItem } from "../../api/types.ts";
import { enumOptions, fieldLabel } from "../../lib/field-values.ts";
import { useUpdateProgress } from "../../api/roadmap-review.ts";

type ProgressEditorProps = { roadmap: Roadmap; item: RoadmapItem };

export function ProgressEditor({ roadmap, item }: ProgressEditorProps) {
  const { t } = useTranslation();
  const update = useUpdateProgress(roadmap.id);
  const [stale, setStale] = useState(false);
  const form = useSchemaForm(ZUpdateProgressInput, {
    defaultValues: {
      itemId: item.id,
      version: item.version,
      progress: item.progress,
      progressNote: item.progressNote ?? "",
    },
  });
  const formId = `progress-form-${item.id}`;

  const onSubmit = form.handleSubmit((values) => {
    setStale(false);
    // The version of the item as shown now: after a conflict, the one the person was just shown.
    update.mutate(
      { ...values, version: item.version, progressNote: values.progressNote ?? null },
      {
        onSuccess: () => toast.success(t("roadmapReview.progress.saved", { title: item.title })),
        onError: (error) => {
          if (isStaleVersion(error)) setStale(true);
          else form.showServerError(error);
        },
      },
    );
  });

  return (
    <form id={formId} noValidate onSubmit={(event) => void onSubmit(event)} className="flex flex-col gap-3">
      {stale ? (
        <Alert tone="warning" title={t("roadmapReview.progress.staleTitle")}>
          {t("roadmapReview.progress.staleBody", {
            progress: t(`progress.${item.progress}`),
          })}
        </Alert>
      ) : null}
      <FormAlert message={form.alert} />
      <Select label={fieldLabel("progress")} options={enumOptions("progress")} {...form.field("progress")} />
      <Textarea
        label={fieldLabel("progressNote")}
        hint={t("roadmapReview.progress.noteHint")}
        rows={2}
        {...form.field("progressNote")}
      />
      <div className="flex justify-end">
        <Button type="submit" variant="primary" size="sm" loading={update.isPending}>
          {t("roadmapReview.progress.save")}
        </Button>
      </div>
    </form>
  );
}
