// A mission without a roadmap: its editors start one (title, horizon, vision), with a
// horizon from next year over five years, as strategic plans usually run.
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import type { z } from "zod";
import { ZCreateRoadmapInput } from "@hemicycle/shared/schemas/roadmaps";
import { useSchemaForm } from "../../../../components/form/use-schema-form.ts";
import { FormAlert } from "../../../../components/form/form-alert.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import { Card } from "../../../../components/ui/card.tsx";
import { useCreateRoadmap } from "../../api/roadmaps.ts";
import { RoadmapFields } from "./roadmap-fields.tsx";

type CreateInput = z.input<typeof ZCreateRoadmapInput>;

export function defaultHorizon(today = new Date()) {
  const start = today.getUTCFullYear() + 1;
  return { horizonStart: start, horizonEnd: start + 4 };
}

export function CreateRoadmapForm({ missionId }: { missionId: string }) {
  const { t } = useTranslation();
  const create = useCreateRoadmap();
  const { horizonStart, horizonEnd } = defaultHorizon();
  const form = useSchemaForm(ZCreateRoadmapInput, {
    defaultValues: {
      missionId,
      title: t("roadmap.create.defaultTitle", { start: horizonStart, end: horizonEnd }),
      horizonStart,
      horizonEnd,
      vision: "",
    } satisfies CreateInput,
  });
  const submit = form.handleSubmit((values) =>
    create.mutate(values, {
      onSuccess: () => toast.success(t("roadmap.create.created")),
      onError: form.showServerError,
    }),
  );
  return (
    <Card title={t("roadmap.create.title")} description={t("roadmap.create.description")} id="create-roadmap">
      <form noValidate onSubmit={(e) => void submit(e)} className="flex max-w-2xl flex-col gap-4">
        <FormAlert message={form.alert} />
        <RoadmapFields field={form.field} visionRows={4} horizonClassName="sm:max-w-sm" />
        <div>
          <Button type="submit" variant="primary" loading={create.isPending}>
            {t("roadmap.create.submit")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
