// On a validation phase, a finding may revisit an earlier finding of the same parliament
// and say what became of it (still open, improved, resolved): the links from which
// findings.compareAssessments tells the parliament how far it has come. Shown only when
// the phase offers earlier findings (findings.revisitCandidates answers none for any phase
// but a validation phase); both fields or neither, which the server checks too.
import { useQuery } from "@tanstack/react-query";
import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { REVISIT_OUTCOMES } from "@hemicycle/shared/enums";
import type { ZCreateFindingInput } from "@hemicycle/shared/schemas/findings";
import type { SchemaForm } from "../../../components/form/use-schema-form.ts";
import { Select } from "../../../components/ui/field.tsx";
import { gradeLabel } from "../../../lib/labels.ts";
import { trpc } from "../../../lib/trpc.ts";

type Form = SchemaForm<z.input<typeof ZCreateFindingInput>, z.output<typeof ZCreateFindingInput>>;

const orNull = (value: unknown) => (value === "" || value === undefined ? null : value);

export function RevisitFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const phaseId = useWatch({ control: form.control, name: "phaseId" });
  const candidates = useQuery({
    ...trpc.findings.revisitCandidates.queryOptions({ phaseId }),
    enabled: !!phaseId,
    staleTime: 60_000,
  });
  const items = candidates.data ?? [];
  if (items.length === 0) return null;
  return (
    <fieldset className="grid gap-3 rounded-md border border-zinc-200 p-3 sm:grid-cols-2">
      <legend className="px-1 text-sm font-medium text-zinc-800">{t("benchmark.revisit.legend")}</legend>
      <Select
        label={t("benchmark.revisit.finding")}
        placeholder={t("benchmark.revisit.none")}
        options={items.map((c) => ({
          value: c.id,
          label: t("benchmark.revisit.option", {
            mission: c.phase.mission.code,
            area: t(`ictAreaShort.${c.area}`),
            title: c.title,
            grade: c.grade === null ? "–" : gradeLabel(c.grade),
          }),
        }))}
        {...form.field("revisitsId", { setValueAs: orNull })}
      />
      <Select
        label={t("benchmark.revisit.outcome")}
        placeholder={t("benchmark.revisit.noOutcome")}
        options={REVISIT_OUTCOMES.map((o) => ({ value: o, label: t(`benchmark.outcome.${o}`) }))}
        {...form.field("revisitOutcome", { setValueAs: orNull })}
      />
    </fieldset>
  );
}
