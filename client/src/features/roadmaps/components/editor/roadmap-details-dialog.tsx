// The roadmap's own fields (title, vision, horizon), guarded by its version: a stale
// save opens the conflict view, with each changed field's value next to what is saved.
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import type { z } from "zod";
import { ROADMAP_FIELDS, ZUpdateRoadmapInput } from "@hemicycle/shared/schemas/roadmaps";
import { currentRecordOf, isStaleVersion } from "../../../../lib/errors.ts";
import { describeError } from "../../../../lib/describe-error.ts";
import i18n from "../../../../lib/i18n.ts";
import { useSchemaForm } from "../../../../components/form/use-schema-form.ts";
import { FormAlert } from "../../../../components/form/form-alert.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import { Dialog } from "../../../../components/ui/dialog.tsx";
import { useUpdateRoadmap } from "../../api/roadmaps.ts";
import type { Roadmap } from "../../api/types.ts";
import { conflictRows, useShowConflict, type ConflictCase } from "../../hooks/use-conflict-view.ts";
import { sameFieldValue, type RoadmapDetailsField } from "../../lib/field-values.ts";
import { RoadmapFields } from "./roadmap-fields.tsx";

type DetailsInput = z.input<typeof ZUpdateRoadmapInput>;
type Details = Pick<Roadmap, RoadmapDetailsField>;
type DetailsChanges = Partial<Details>;

/** Mount it with a new `key` for each opening. */
export function RoadmapDetailsDialog({
  open,
  onClose,
  roadmap,
}: {
  open: boolean;
  onClose: () => void;
  roadmap: Roadmap;
}) {
  const { t } = useTranslation();
  const update = useUpdateRoadmap(roadmap);
  const showConflict = useShowConflict();
  const form = useSchemaForm(ZUpdateRoadmapInput, {
    defaultValues: {
      id: roadmap.id,
      version: roadmap.version,
      title: roadmap.title,
      vision: roadmap.vision ?? "",
      horizonStart: roadmap.horizonStart,
      horizonEnd: roadmap.horizonEnd,
    } satisfies DetailsInput,
  });
  const formId = "roadmap-details";

  const submit = form.handleSubmit(({ id, version, ...values }) => {
    const changes = Object.fromEntries(
      ROADMAP_FIELDS.filter((f) => values[f] !== undefined && !sameFieldValue(values[f], roadmap[f])).map((f) => [
        f,
        values[f],
      ]),
    ) as DetailsChanges;
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    update.mutate(
      { id, version, ...changes },
      {
        onSuccess: () => {
          toast.success(t("roadmap.details.saved"));
          onClose();
        },
        onError: (error) => {
          const current = isStaleVersion(error) ? currentRecordOf<Details & { version: number }>(error) : null;
          if (current && showConflict) {
            onClose();
            showConflict(
              detailsConflict(current, changes, async () => {
                try {
                  await update.mutateAsync({ id, version: current.version, ...changes });
                  return true;
                } catch (again) {
                  toast.error(t("errors.actionFailed"), { description: describeError(again) });
                  return false;
                }
              }),
            );
            return;
          }
          form.showServerError(error);
        },
      },
    );
  });

  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="lg"
      title={t("roadmap.details.title")}
      footer={
        <>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button type="submit" form={formId} variant="primary" loading={update.isPending}>
            {t("roadmap.details.save")}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-4">
        <FormAlert message={form.alert} />
        <RoadmapFields field={form.field} autoFocus visionRows={6} />
      </form>
    </Dialog>
  );
}

function detailsConflict(current: Details, changes: DetailsChanges, reapply: () => Promise<boolean>): ConflictCase {
  const fields = ROADMAP_FIELDS.filter((f) => f in changes);
  return {
    subject: i18n.t("roadmap.conflict.roadmapSubject"),
    rows: conflictRows(fields, changes, current),
    reapply,
  };
}
