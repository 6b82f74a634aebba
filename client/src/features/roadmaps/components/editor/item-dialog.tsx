// One roadmap item, whole, for those who edit the plan: every field in a form checked by
// the shared schemas (the server's field errors land next to their fields), its findings,
// what it depends on and its comments. Editors create, edit and remove; everyone else
// gets the item's view (item/item-view-dialog.tsx), with the progress editor for those who
// may only update progress. Saving an edit goes through useSaveItem, so a stale version
// opens the conflict view like any other save.
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import type { z } from "zod";
import { ZCreateRoadmapItemInput, ZUpdateRoadmapItemInput } from "@hemicycle/shared/schemas/roadmaps";
import { emptyToNull, useSchemaForm, type FieldBinding } from "../../../../components/form/use-schema-form.ts";
import { FormAlert } from "../../../../components/form/form-alert.tsx";
import { Alert } from "../../../../components/ui/alert.tsx";
import { Badge } from "../../../../components/ui/badge.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import { ConfirmDialog, Dialog } from "../../../../components/ui/dialog.tsx";
import { Select, TextField, Textarea } from "../../../../components/ui/field.tsx";
import { useCreateItem, useRemoveItem } from "../../api/roadmaps.ts";
import type { EditableItemField, Roadmap, RoadmapItem } from "../../api/types.ts";
import { useItemFormSave } from "../../hooks/use-item-form-save.ts";
import type { RoadmapViewMode } from "../../lib/abilities.ts";
import { enumOptions, fieldLabel } from "../../lib/field-values.ts";
import { ItemFindings } from "../item/item-findings.tsx";
import { ItemComments, ItemViewDialog } from "../item/item-view-dialog.tsx";

type ItemDialogProps = {
  open: boolean;
  onClose: () => void;
  roadmap: Roadmap;
  /** The item to show; none to create one. */
  itemId: string | null;
  mode: RoadmapViewMode;
  /** Opens the link-findings dialog for the item. */
  onLinkFindings: (itemId: string) => void;
  /** Shows the item's comments under it. */
  canDiscuss?: boolean;
};

/** Mount it with a new `key` for each opening. */
export function ItemDialog(props: ItemDialogProps) {
  const { open, onClose, roadmap, itemId, mode, canDiscuss = false } = props;
  if (itemId === null) return mode === "edit" ? <NewItemForm {...props} /> : null;
  const item = roadmap.items.find((i) => i.id === itemId);
  // The view also tells an editor that the item was removed by someone else meanwhile.
  if (mode !== "edit" || !item) {
    return (
      <ItemViewDialog
        open={open}
        onClose={onClose}
        roadmap={roadmap}
        itemId={itemId}
        canUpdateProgress={mode === "progress"}
        canDiscuss={canDiscuss}
      />
    );
  }
  return <EditItemForm {...props} item={item} />;
}

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** The fields both forms show, bound to whichever form holds them. */
type Bind = (name: EditableItemField, rules?: { setValueAs?: (value: unknown) => unknown }) => FieldBinding;

function ItemFields({ field, disabled }: { field: Bind; disabled?: boolean }) {
  const { t } = useTranslation();
  const nullable = { setValueAs: emptyToNull };
  return (
    <fieldset disabled={disabled} className="flex flex-col gap-5">
      <Section title={t("roadmap.item.sectionPlan")}>
        <TextField label={fieldLabel("title")} data-autofocus autoComplete="off" {...field("title")} />
        <Textarea label={fieldLabel("description")} rows={3} {...field("description")} />
        <div className="grid gap-3 sm:grid-cols-2">
          <Select label={fieldLabel("area")} options={enumOptions("area")} {...field("area")} />
          <TextField label={fieldLabel("strategicObjective")} autoComplete="off" {...field("strategicObjective")} />
          <TextField label={fieldLabel("responsibleUnit")} autoComplete="off" {...field("responsibleUnit")} />
          <Select label={fieldLabel("priority")} options={enumOptions("priority")} {...field("priority")} />
        </div>
      </Section>
      <Section title={t("roadmap.item.sectionSchedule")}>
        <div className="grid gap-3 sm:grid-cols-3">
          <Select label={fieldLabel("term")} options={enumOptions("term")} {...field("term")} />
          <TextField type="date" label={fieldLabel("startDate")} {...field("startDate", nullable)} />
          <TextField type="date" label={fieldLabel("endDate")} {...field("endDate", nullable)} />
        </div>
      </Section>
      <Section title={t("roadmap.item.sectionCost")}>
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField
            label={fieldLabel("costEstimate")}
            hint={t("roadmap.item.costHint")}
            inputMode="decimal"
            autoComplete="off"
            {...field("costEstimate", nullable)}
          />
          <TextField
            label={fieldLabel("currency")}
            hint={t("roadmap.item.currencyHint")}
            maxLength={3}
            autoComplete="off"
            className="uppercase"
            {...field("currency", nullable)}
          />
          <TextField label={fieldLabel("fundingSource")} autoComplete="off" {...field("fundingSource")} />
        </div>
      </Section>
      <Section title={t("roadmap.item.sectionOutcome")}>
        <Textarea label={fieldLabel("expectedBenefit")} rows={2} {...field("expectedBenefit")} />
        <TextField label={fieldLabel("kpi")} autoComplete="off" {...field("kpi")} />
      </Section>
      <Section title={t("roadmap.item.sectionProgress")}>
        <div className="grid gap-3 sm:grid-cols-3">
          <Select label={fieldLabel("progress")} options={enumOptions("progress")} {...field("progress")} />
          <Textarea
            label={fieldLabel("progressNote")}
            rows={2}
            containerClassName="sm:col-span-2"
            {...field("progressNote")}
          />
        </div>
      </Section>
    </fieldset>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-3">
      <h3 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">{title}</h3>
      {children}
    </section>
  );
}

type NewItemInput = z.input<typeof ZCreateRoadmapItemInput>;

function NewItemForm({ open, onClose, roadmap }: ItemDialogProps) {
  const { t } = useTranslation();
  const create = useCreateItem(roadmap);
  const form = useSchemaForm(ZCreateRoadmapItemInput, {
    defaultValues: {
      roadmapId: roadmap.id,
      title: "",
      description: "",
      area: "GOV",
      strategicObjective: "",
      responsibleUnit: "",
      priority: "MEDIUM",
      term: "SHORT",
      startDate: null,
      endDate: null,
      costEstimate: null,
      currency: null,
      fundingSource: "",
      expectedBenefit: "",
      kpi: "",
      progress: "NOT_STARTED",
      progressNote: "",
      findingIds: [],
    } satisfies NewItemInput,
  });
  const { requestClose, discardDialog } = useDiscardGuard(form.formState.isDirty, onClose);
  const formId = "new-roadmap-item";
  const submit = form.handleSubmit((values) =>
    create.mutate(values, {
      onSuccess: () => {
        toast.success(t("roadmap.item.created"));
        onClose();
      },
      onError: form.showServerError,
    }),
  );
  return (
    <>
      {discardDialog}
      <Dialog
        open={open}
        onClose={requestClose}
        size="lg"
        title={t("roadmap.item.newTitle")}
        footer={
          <>
            <Button onClick={requestClose}>{t("common.cancel")}</Button>
            <Button type="submit" form={formId} variant="primary" loading={create.isPending}>
              {t("roadmap.item.create")}
            </Button>
          </>
        }
      >
        <form id={formId} noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-4">
          <FormAlert message={form.alert} />
          <ItemFields field={form.field as Bind} />
        </form>
      </Dialog>
    </>
  );
}

// The update schema with every field present: the form always holds them all, and what
// is sent is only what changed (useSaveItem compares with the item).
const ZEditItemForm = ZUpdateRoadmapItemInput;
type EditItemInput = z.input<typeof ZEditItemForm>;

function editValues(item: RoadmapItem): EditItemInput {
  return {
    id: item.id,
    version: item.version,
    title: item.title,
    description: item.description ?? "",
    area: item.area,
    strategicObjective: item.strategicObjective ?? "",
    responsibleUnit: item.responsibleUnit ?? "",
    priority: item.priority,
    term: item.term,
    startDate: isoDay(item.startDate),
    endDate: isoDay(item.endDate),
    costEstimate: item.costEstimate,
    currency: item.currency,
    fundingSource: item.fundingSource ?? "",
    expectedBenefit: item.expectedBenefit ?? "",
    kpi: item.kpi ?? "",
    progress: item.progress,
    progressNote: item.progressNote ?? "",
  };
}

function EditItemForm({
  open,
  onClose,
  roadmap,
  item,
  onLinkFindings,
  canDiscuss = false,
}: ItemDialogProps & { item: RoadmapItem }) {
  const { t } = useTranslation();
  const remove = useRemoveItem(roadmap);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const { base, saving, changedMeanwhile, submit: save } = useItemFormSave(roadmap, item);
  const form = useSchemaForm(ZEditItemForm, { defaultValues: editValues(base) });
  const { requestClose, discardDialog } = useDiscardGuard(form.formState.isDirty, onClose);
  const formId = `roadmap-item-${item.id}`;

  const submit = form.handleSubmit(async ({ id: _id, version: _version, ...patch }) => {
    const { saved, done } = await save(patch, form.showServerError);
    if (saved) toast.success(t("roadmap.item.saved"));
    if (done) onClose();
  });

  function confirmRemove() {
    remove.mutate(
      { id: item.id, version: item.version },
      {
        onSuccess: () => {
          setConfirmingRemove(false);
          toast.success(t("roadmap.item.removed", { title: item.title }));
          onClose();
        },
        onError: () => setConfirmingRemove(false),
      },
    );
  }

  return (
    <>
      {discardDialog}
      <ConfirmDialog
        open={open && confirmingRemove}
        onClose={() => setConfirmingRemove(false)}
        onConfirm={confirmRemove}
        busy={remove.isPending}
        title={t("roadmap.item.removeTitle")}
        description={t("roadmap.item.removeBody", { title: item.title })}
        confirmLabel={t("roadmap.item.remove")}
      />
      <Dialog
        open={open}
        onClose={requestClose}
        size="lg"
        title={t("roadmap.item.editTitle")}
        description={item.title}
        footer={
          <>
            <Button variant="ghost" className="me-auto text-red-700" onClick={() => setConfirmingRemove(true)}>
              {t("roadmap.item.remove")}
            </Button>
            <Button onClick={requestClose}>{t("common.cancel")}</Button>
            <Button type="submit" form={formId} variant="primary" loading={saving}>
              {t("roadmap.item.save")}
            </Button>
          </>
        }
      >
        <form id={formId} noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-4">
          {changedMeanwhile ? <Alert tone="warning">{t("roadmap.item.changedMeanwhile")}</Alert> : null}
          <FormAlert message={form.alert} />
          <ItemFields field={form.field as Bind} />
        </form>
        <ItemExtras roadmap={roadmap} item={item} onLinkFindings={onLinkFindings}>
          {canDiscuss ? <ItemComments roadmap={roadmap} itemId={item.id} /> : null}
        </ItemExtras>
      </Dialog>
    </>
  );
}

/** Findings (to link more), dependencies and the comments, under the form. */
function ItemExtras({
  roadmap,
  item,
  onLinkFindings,
  children,
}: {
  roadmap: Roadmap;
  item: RoadmapItem;
  onLinkFindings: (itemId: string) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const dependsOn = item.dependsOn
    .map((id) => roadmap.items.find((i) => i.id === id))
    .filter((other): other is RoadmapItem => !!other);
  return (
    <div className="mt-6 flex flex-col gap-5 border-t border-zinc-200 pt-5">
      <ItemFindings roadmap={roadmap} item={item} onLinkFindings={onLinkFindings} />
      {dependsOn.length ? (
        <section>
          <h3 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">{t("roadmap.item.dependsOn")}</h3>
          <ul className="mt-2 flex flex-wrap gap-1.5">
            {dependsOn.map((other) => (
              <li key={other.id}>
                <Badge>{other.title}</Badge>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {children}
    </div>
  );
}

/** Closing a form with unsaved changes asks first. */
function useDiscardGuard(isDirty: boolean, onClose: () => void) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const requestClose = () => (isDirty ? setAsking(true) : onClose());
  const discardDialog = (
    <ConfirmDialog
      open={asking}
      onClose={() => setAsking(false)}
      onConfirm={() => {
        setAsking(false);
        onClose();
      }}
      title={t("roadmap.item.discardTitle")}
      description={t("roadmap.item.discardBody")}
      confirmLabel={t("roadmap.item.discard")}
    />
  );
  return { requestClose, discardDialog };
}
