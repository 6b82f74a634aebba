// Fast entry of findings in the field: the title has focus, Ctrl/Cmd+Enter saves,
// Ctrl/Cmd+Shift+Enter saves and starts the next one with the same phase and area.
// Each draft carries a clientId, so that sending it again (a retry after a lost
// connection) returns the finding stored the first time instead of a duplicate.
// The same form edits a finding the policy lets this user change (mayEditFinding): it
// sends only the fields changed, on the version loaded; if someone saved in between
// (CONFLICT), it shows each changed field's two versions and who saved theirs, and the
// user keeps theirs (sent again on the saved version) or takes the saved one.
import { useState, type KeyboardEvent } from "react";
import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import type { z } from "zod";
import { FINDING_KINDS, GRADES, ICT_AREA_CODES, SEVERITIES, type IctArea } from "@hemicycle/shared/enums";
import { ICT_SUB_AREAS } from "@hemicycle/shared/ict-areas";
import { ZCreateFindingInput, type TUpdateFindingInput } from "@hemicycle/shared/schemas/findings";
import { currentRecordOf, isStaleVersion } from "../../../lib/errors.ts";
import { formatDateTime } from "../../../lib/format.ts";
import { gradeLabel, subAreaLabel } from "../../../lib/labels.ts";
import { newClientId } from "../../../lib/client-id.ts";
import { useSchemaForm, type SchemaForm } from "../../../components/form/use-schema-form.ts";
import { FormAlert } from "../../../components/form/form-alert.tsx";
import { ConfirmDialog, Dialog } from "../../../components/ui/dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Select, TextField, Textarea } from "../../../components/ui/field.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { MarkdownText } from "../../../components/ui/markdown.tsx";
import { useCreateFinding, useUpdateFinding, type FindingDetail } from "../api/findings.ts";
import { useSaveFindingEditOrQueue, useSaveFindingOrQueue } from "../../../lib/outbox/save-or-queue.ts";
import { RevisitFields } from "./revisit-fields.tsx";

type FormInput = z.input<typeof ZCreateFindingInput>;
type FormOutput = z.output<typeof ZCreateFindingInput>;
type FindingForm = SchemaForm<FormInput, FormOutput>;

export type PhaseOption = { id: string; label: string };

/** Mount it with a new `key` for each opening: every opening starts a new draft. */
type FindingFormDialogProps = {
  open: boolean;
  onClose: () => void;
  phases: readonly PhaseOption[];
  phaseId: string;
};

function blank(phaseId: string, keep?: Partial<FormInput>): FormInput {
  return {
    phaseId,
    area: keep?.area ?? "GOV",
    subArea: keep?.subArea ?? "",
    kind: keep?.kind ?? "GAP",
    severity: keep?.severity ?? "MEDIUM",
    grade: null,
    title: "",
    description: "",
    evidence: "",
    recommendation: "",
  };
}

const toGrade = (value: unknown) => (value === "" || value === null || value === undefined ? null : Number(value));

/** Ctrl/Cmd+Enter saves, with Shift "and the next one" where the form has one. */
function saveShortcut(save: (again: boolean) => void) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save(event.shiftKey);
    }
  };
}

/** Escape, Close and the backdrop all ask before throwing typed text away. */
function useDiscardGuard(isDirty: boolean, onClose: () => void) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const requestClose = () => (isDirty ? setConfirming(true) : onClose());
  const dialog = (open: boolean, title: string, body: string) => (
    // Before the form's dialog: on Discard it closes first, then the form returns focus to its opener.
    <ConfirmDialog
      open={open && confirming}
      onClose={() => setConfirming(false)}
      onConfirm={() => {
        setConfirming(false);
        onClose();
      }}
      title={title}
      description={body}
      confirmLabel={t("findingForm.discard")}
    />
  );
  return { requestClose, dialog };
}

export function FindingFormDialog({ open, onClose, phases, phaseId }: FindingFormDialogProps) {
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
    input: FormOutput & { clientId: string },
    done: { onSuccess: (queued: boolean) => void; onError: (error: unknown) => void },
  ) => saveOrQueue(create, input, { ...done, placeLabel: phases.find((p) => p.id === input.phaseId)?.label ?? "" });

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

// ---------------------------------------------------------------------------------------
// Editing

/** The fields a finding's writer changes (not its phase). */
export const EDITABLE_FINDING_FIELDS = [
  "title",
  "area",
  "subArea",
  "kind",
  "severity",
  "grade",
  "description",
  "evidence",
  "recommendation",
  "revisitsId",
  "revisitOutcome",
] as const;
type EditableField = (typeof EDITABLE_FINDING_FIELDS)[number];
type Changes = Omit<TUpdateFindingInput, "id" | "version">;

/** The record a stale save is shown: the finding as saved now, and who saved it. */
export type SavedFinding = FindingDetail & { savedBy?: { id: string; name: string; at: Date } | null };

function formValuesOf(finding: FindingDetail): FormInput {
  return {
    phaseId: finding.phaseId,
    area: finding.area,
    subArea: finding.subArea ?? "",
    kind: finding.kind,
    severity: finding.severity,
    grade: finding.grade ?? null,
    title: finding.title,
    description: finding.description,
    evidence: finding.evidence ?? "",
    recommendation: finding.recommendation ?? "",
    revisitsId: finding.revisitsId ?? null,
    revisitOutcome: finding.revisitOutcome ?? null,
  };
}

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

/** The fields whose value differs from the record as loaded, with their new values. */
function changesOf(base: FindingDetail, values: FormOutput): Changes {
  const changes: Record<string, unknown> = {};
  for (const field of EDITABLE_FINDING_FIELDS) {
    if (!same(values[field], base[field])) changes[field] = values[field] ?? null;
  }
  return changes as Changes;
}

type Conflict = { current: SavedFinding; mine: Changes };

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
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const form = useSchemaForm(ZCreateFindingInput, { defaultValues: formValuesOf(finding) });
  const guard = useDiscardGuard(form.formState.isDirty, onClose);

  /** Sends an edit; `onSuccess` once it is stored (or, offline, kept to be sent). */
  const editOrQueue = useSaveFindingEditOrQueue();
  const sendEdit = (
    input: TUpdateFindingInput,
    done: { onSuccess: (queued: boolean) => void; onError: (error: unknown) => void },
  ) => editOrQueue(update, input, { ...done, title: base.title, placeLabel: base.phase.mission.code });

  function send(version: number, changes: Changes) {
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
            <ConflictPanel
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

/** A field's value in words, as the finding page shows it. */
function useFieldText() {
  const { t } = useTranslation();
  return (field: EditableField, value: unknown, area: IctArea): string => {
    if (value === null || value === undefined || value === "") return t("common.none");
    switch (field) {
      case "area":
        return t(`ictArea.${value as IctArea}`);
      case "subArea":
        return subAreaLabel(area, String(value));
      case "kind":
        return t(`findingKind.${value as FindingDetail["kind"]}`);
      case "severity":
        return t(`severity.${value as FindingDetail["severity"]}`);
      case "grade":
        return gradeLabel(Number(value));
      case "revisitOutcome":
        return t(`benchmark.outcome.${value as NonNullable<FindingDetail["revisitOutcome"]>}`);
      case "revisitsId":
        return t("findingWriting.conflict.earlierFinding", { id: String(value).slice(-6) });
      default:
        return String(value);
    }
  };
}

type ConflictPanelProps = { conflict: Conflict; busy: boolean; onKeepMine: () => void; onTakeTheirs: () => void };

/** Per field you changed: yours next to the saved one, and the two ways out. */
function ConflictPanel({ conflict, busy, onKeepMine, onTakeTheirs }: ConflictPanelProps) {
  const { t } = useTranslation();
  const fieldText = useFieldText();
  const { current, mine } = conflict;
  const fields = EDITABLE_FINDING_FIELDS.filter((f) => f in mine);
  const who = current.savedBy?.name ?? t("findingWriting.conflict.someoneElse");
  const when = formatDateTime(current.savedBy?.at ?? current.updatedAt);
  const myArea = (mine.area ?? current.area) as IctArea;
  return (
    <section
      aria-labelledby="finding-conflict-title"
      className="flex flex-col gap-3 rounded-md border border-amber-200 bg-amber-50/50 p-3"
    >
      <Alert tone="warning" title={<span id="finding-conflict-title">{t("findingWriting.conflict.title")}</span>}>
        {t("findingWriting.conflict.body", { name: who, date: when })}
      </Alert>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t("findingWriting.conflict.title")}</caption>
        <thead>
          <tr className="border-b border-zinc-200 text-xs text-zinc-500">
            <th scope="col" className="py-2 pe-3 text-start font-medium">
              {t("findingWriting.conflict.field")}
            </th>
            <th scope="col" className="py-2 pe-3 text-start font-medium">
              {t("findingWriting.conflict.mine")}
            </th>
            <th scope="col" className="py-2 text-start font-medium">
              {t("findingWriting.conflict.theirs", { name: who })}
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field} className="border-b border-zinc-100 align-top last:border-0">
              <th scope="row" className="py-2 pe-3 text-start font-medium text-zinc-700">
                {field === "revisitsId"
                  ? t("benchmark.revisit.finding")
                  : field === "revisitOutcome"
                    ? t("benchmark.revisit.outcome")
                    : t(`finding.${field}`)}
              </th>
              <td className="py-2 pe-3">
                <span className="block max-h-40 overflow-y-auto rounded bg-brand-50 px-1.5 py-0.5 break-words whitespace-pre-line text-brand-900">
                  {fieldText(field, mine[field], myArea)}
                </span>
              </td>
              <td className="py-2">
                <span className="block max-h-40 overflow-y-auto rounded bg-amber-50 px-1.5 py-0.5 break-words whitespace-pre-line text-amber-900">
                  {fieldText(field, current[field], current.area)}
                </span>
                {same(mine[field], current[field]) ? (
                  <span className="text-xs text-zinc-500">{t("findingWriting.conflict.sameAsYours")}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex flex-wrap justify-end gap-2">
        <Button onClick={onTakeTheirs} disabled={busy}>
          {t("findingWriting.conflict.takeTheirs")}
        </Button>
        <Button variant="primary" onClick={onKeepMine} loading={busy}>
          {t("findingWriting.conflict.keepMine")}
        </Button>
      </div>
    </section>
  );
}

// ---------------------------------------------------------------------------------------
// The fields, for both

function FindingFields({ form, phases }: { form: FindingForm; phases?: readonly PhaseOption[] }) {
  const { t } = useTranslation();
  const area = useWatch({ control: form.control, name: "area" });
  const subAreas = ICT_SUB_AREAS[area] as readonly string[];
  return (
    <>
      <TextField label={t("finding.title")} data-autofocus autoComplete="off" {...form.field("title")} />

      <div className="grid gap-3 sm:grid-cols-2">
        {phases && phases.length > 1 ? (
          <Select
            label={t("finding.phase")}
            options={phases.map((p) => ({ value: p.id, label: p.label }))}
            {...form.field("phaseId")}
          />
        ) : null}
        <Select
          label={t("finding.area")}
          options={ICT_AREA_CODES.map((a) => ({ value: a, label: t(`ictArea.${a}`) }))}
          {...form.field("area", { onChange: () => form.setValue("subArea", "") })}
        />
        <Select
          label={t("finding.subArea")}
          placeholder={subAreas.length ? t("findingForm.noSubArea") : t("findingForm.noSubAreas")}
          disabled={subAreas.length === 0}
          options={subAreas.map((s) => ({ value: s, label: subAreaLabel(area, s) }))}
          {...form.field("subArea")}
        />
        <Select
          label={t("finding.kind")}
          options={FINDING_KINDS.map((k) => ({ value: k, label: t(`findingKind.${k}`) }))}
          {...form.field("kind")}
        />
        <Select
          label={t("finding.severity")}
          options={SEVERITIES.map((s) => ({ value: s, label: t(`severity.${s}`) }))}
          {...form.field("severity")}
        />
        <Select
          label={t("finding.grade")}
          hint={t("findingForm.gradeHint")}
          placeholder={t("findingForm.noGrade")}
          options={GRADES.map((g) => ({ value: String(g), label: gradeLabel(g) }))}
          {...form.field("grade", { setValueAs: toGrade })}
        />
      </div>
      <RevisitFields form={form} />

      <MarkdownField form={form} name="description" label={t("finding.description")} rows={4} />
      <MarkdownField form={form} name="evidence" label={t("finding.evidence")} rows={2} />
      <MarkdownField form={form} name="recommendation" label={t("finding.recommendation")} rows={2} />
    </>
  );
}

type MarkdownFieldProps = {
  form: FindingForm;
  name: "description" | "evidence" | "recommendation";
  label: string;
  rows: number;
};

/** A textarea whose text is markdown, with a preview rendered as the finding page will. */
function MarkdownField({ form, name, label, rows }: MarkdownFieldProps) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState(false);
  const text = useWatch({ control: form.control, name }) ?? "";
  return (
    <div className="flex flex-col gap-1">
      <Textarea label={label} rows={rows} hint={t("findingWriting.markdownHint")} {...form.field(name)} />
      <div className="flex justify-end">
        <button
          type="button"
          aria-expanded={preview}
          onClick={() => setPreview((p) => !p)}
          className="text-xs font-medium text-brand-700 hover:underline"
        >
          {preview
            ? t("findingWriting.hidePreview", { field: label })
            : t("findingWriting.showPreview", { field: label })}
        </button>
      </div>
      {preview ? (
        <div
          role="region"
          aria-label={t("findingWriting.previewOf", { field: label })}
          className="rounded-md border border-zinc-200 bg-zinc-50 p-3"
        >
          {text.trim() ? (
            <MarkdownText text={text} />
          ) : (
            <p className="text-sm text-zinc-500">{t("findingWriting.nothingToPreview")}</p>
          )}
        </div>
      ) : null}
    </div>
  );
}
