// "Draft terms of reference": a title, the document's language, and the findings and
// roadmap items the procurement answers, ticked in two checkbox lists, each narrowed by ICT
// area. The server writes the draft (version 1) from them; the editor opens on it. Errors
// land next to their field, the server's too.
import { useId, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { toast } from "sonner";
import { ICT_AREA_CODES, type IctArea } from "@hemicycle/shared/enums";
import { LANGUAGES, isLanguage, type Language } from "@hemicycle/shared/languages";
import { messageFromIssue, type Message } from "@hemicycle/shared/messages";
import { ZCreateTorInput } from "@hemicycle/shared/schemas/terms-of-reference";
import { errorInfo } from "../../../lib/errors.ts";
import { describeError } from "../../../lib/describe-error.ts";
import { renderMessage } from "../../../lib/messages.ts";
import { formatDate } from "../../../lib/format.ts";
import { FormAlert } from "../../../components/form/form-alert.tsx";
import { QueryState } from "../../../components/list/query-state.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { FieldError, Select, TextField } from "../../../components/ui/field.tsx";
import {
  useCreateTermsOfReference,
  useTermsOfReferenceSources,
  type TorSourceFinding,
  type TorSourceItem,
} from "../api/terms-of-reference.ts";

type DraftDialogProps = {
  open: boolean;
  onClose: () => void;
  missionId: string;
  missionTitle: string;
};

type Errors = Partial<Record<"title" | "language" | "findingIds" | "roadmapItemIds", string>>;

function firstByField(fieldErrors: Record<string, Message[] | undefined>): Errors {
  const errors: Errors = {};
  for (const key of ["title", "language", "findingIds", "roadmapItemIds"] as const) {
    const first = fieldErrors[key]?.[0];
    if (first) errors[key] = renderMessage(first);
  }
  return errors;
}

/** Mount it with a new `key` for each opening. */
export function DraftDialog({ open, onClose, missionId, missionTitle }: DraftDialogProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const sources = useTermsOfReferenceSources(missionId, open);
  const create = useCreateTermsOfReference();
  const [title, setTitle] = useState(() => t("torDocument.defaultTitle", { mission: missionTitle }));
  const [language, setLanguage] = useState<Language>(() =>
    isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "en",
  );
  const [findingIds, setFindingIds] = useState<ReadonlySet<string>>(new Set());
  const [itemIds, setItemIds] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<Errors>({});
  const [alert, setAlert] = useState<string | undefined>();

  function submit() {
    const input = { missionId, title, language, findingIds: [...findingIds], roadmapItemIds: [...itemIds] };
    const parsed = ZCreateTorInput.safeParse(input);
    if (!parsed.success) {
      const byField: Record<string, Message[]> = {};
      for (const issue of parsed.error.issues) (byField[String(issue.path[0])] ??= []).push(messageFromIssue(issue));
      setErrors(firstByField(byField));
      return;
    }
    setErrors({});
    setAlert(undefined);
    create.mutate(parsed.data, {
      onSuccess: (tor) => {
        toast.success(t("termsOfReference.draft.created", { title: tor.title }));
        onClose();
        void navigate(`/missions/${missionId}/terms-of-reference/${tor.id}`);
      },
      onError: (error) => {
        const info = errorInfo(error);
        const byField = firstByField(info.fieldErrors);
        setErrors(byField);
        if (Object.keys(byField).length === 0) setAlert(describeError(error));
      },
    });
  }

  const findings = sources.data?.findings ?? [];
  const items = sources.data?.items ?? [];
  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="lg"
      title={t("termsOfReference.draft.title")}
      description={t("termsOfReference.draft.description")}
      footer={
        <>
          <span className="me-auto self-center text-sm text-zinc-600" aria-live="polite">
            {t("termsOfReference.draft.chosen", { findings: findingIds.size, items: itemIds.size })}
          </span>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button variant="primary" onClick={submit} loading={create.isPending}>
            {t("termsOfReference.draft.submit")}
          </Button>
        </>
      }
    >
      <form
        className="flex flex-col gap-4"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <FormAlert message={alert} />
        <div className="grid gap-4 sm:grid-cols-[1fr_14rem]">
          <TextField
            label={t("termsOfReference.draft.titleLabel")}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            error={errors.title}
            required
            data-autofocus
          />
          <Select
            label={t("termsOfReference.draft.language")}
            hint={t("termsOfReference.draft.languageHint")}
            value={language}
            onChange={(e) => isLanguage(e.target.value) && setLanguage(e.target.value)}
            options={LANGUAGES.map((l) => ({ value: l, label: t(`termsOfReference.languageName.${l}`) }))}
            error={errors.language}
          />
        </div>
        <QueryState query={sources}>
          <div className="grid gap-4 lg:grid-cols-2">
            <SourceList
              legend={t("termsOfReference.draft.findings")}
              empty={t("termsOfReference.draft.noFindings")}
              rows={findings}
              selected={findingIds}
              onChange={setFindingIds}
              error={errors.findingIds}
              describe={(f: TorSourceFinding) => (
                <>
                  {t(`severity.${f.severity}`)} · {t(`findingKind.${f.kind}`)}
                </>
              )}
            />
            <SourceList
              legend={t("termsOfReference.draft.items")}
              empty={t("termsOfReference.draft.noItems")}
              rows={items}
              selected={itemIds}
              onChange={setItemIds}
              error={errors.roadmapItemIds}
              describe={(i: TorSourceItem) => (
                <>
                  {i.strategicObjective ? `${i.strategicObjective} · ` : ""}
                  {i.startDate && i.endDate
                    ? `${formatDate(i.startDate)} – ${formatDate(i.endDate)}`
                    : t(`term.${i.term}`)}
                </>
              )}
            />
          </div>
        </QueryState>
        {/* Enter in the title submits, as in any form. */}
        <button type="submit" className="hidden" tabIndex={-1} aria-hidden="true" />
      </form>
    </Dialog>
  );
}

type SourceRow = { id: string; title: string; area: IctArea };

type SourceListProps<R extends SourceRow> = {
  legend: string;
  empty: string;
  rows: readonly R[];
  selected: ReadonlySet<string>;
  onChange: (next: ReadonlySet<string>) => void;
  error: string | undefined;
  describe: (row: R) => ReactNode;
};

/** A fieldset of checkboxes narrowed by area, with "select all shown" and "clear shown". */
function SourceList<R extends SourceRow>({
  legend,
  empty,
  rows,
  selected,
  onChange,
  error,
  describe,
}: SourceListProps<R>) {
  const { t } = useTranslation();
  const [area, setArea] = useState<IctArea | "">("");
  const errorId = useId();
  const areas = ICT_AREA_CODES.filter((code) => rows.some((r) => r.area === code));
  const shown = area ? rows.filter((r) => r.area === area) : rows;

  function set(ids: readonly string[], on: boolean) {
    const next = new Set(selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    onChange(next);
  }

  /** Ticks or unticks every row the area filter shows. */
  const setShown = (on: boolean) =>
    set(
      shown.map((r) => r.id),
      on,
    );

  return (
    <fieldset className="flex min-w-0 flex-col gap-2" aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-zinc-800">
        {legend}{" "}
        <span className="font-normal text-zinc-500">
          ({t("termsOfReference.draft.selected", { count: rows.filter((r) => selected.has(r.id)).length })})
        </span>
      </legend>
      {rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-zinc-300 px-3 py-6 text-center text-sm text-zinc-500">
          {empty}
        </p>
      ) : (
        <>
          <Select
            label={t("termsOfReference.draft.area")}
            value={area}
            onChange={(e) => setArea(e.target.value as IctArea | "")}
            placeholder={t("termsOfReference.draft.allAreas")}
            options={areas.map((code) => ({ value: code, label: t(`ictAreaShort.${code}`) }))}
          />
          <div className="flex flex-wrap justify-end gap-1">
            <Button size="sm" variant="ghost" onClick={() => setShown(true)}>
              {t("termsOfReference.draft.selectShown")}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setShown(false)}>
              {t("termsOfReference.draft.clearShown")}
            </Button>
          </div>
          <ul className="flex max-h-72 flex-col divide-y divide-zinc-100 overflow-y-auto rounded-md border border-zinc-200">
            {shown.map((row) => (
              <li key={row.id}>
                <label className="flex cursor-pointer items-start gap-3 px-3 py-2.5 hover:bg-zinc-50">
                  <input
                    type="checkbox"
                    className="mt-0.5 size-4 shrink-0 accent-brand-600"
                    checked={selected.has(row.id)}
                    onChange={(e) => set([row.id], e.target.checked)}
                  />
                  <span className="flex min-w-0 flex-col gap-0.5">
                    <span className="text-sm font-medium text-zinc-900">{row.title}</span>
                    <span className="text-xs text-zinc-500">
                      {t(`ictAreaShort.${row.area}`)} · {describe(row)}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      <FieldError id={errorId} error={error} />
    </fieldset>
  );
}
