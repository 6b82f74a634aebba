// The terms-of-reference editor: the title and the eight sections, each written in markdown
// with a preview; a save stores a new version and names the one the text was edited from.
// When someone saved another meanwhile, the server refuses with their text: the editor shows,
// section by section, the user's text next to theirs, and lets them keep theirs (saved after
// the other version) or take the other. Leaving with unsaved changes asks first. Readers
// (the parliament's staff) get the text as a document. docs/documents.md, "Terms of reference".
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { messageFromIssue } from "@hemicycle/shared/messages";
import {
  MAX_TOR_TITLE_LENGTH,
  TOR_SECTIONS,
  ZSaveTorInput,
  type TorSection,
  type TorSections,
} from "@hemicycle/shared/schemas/terms-of-reference";
import { currentRecordOf, errorInfo, isStaleVersion } from "../../../lib/errors.ts";
import { describeError } from "../../../lib/describe-error.ts";
import { renderMessage } from "../../../lib/messages.ts";
import { useUnsavedChangesGuard } from "../../../components/form/use-unsaved-changes-guard.ts";
import { FormAlert } from "../../../components/form/form-alert.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Card } from "../../../components/ui/card.tsx";
import { FieldError, Textarea, TextField } from "../../../components/ui/field.tsx";
import { MarkdownText } from "../../../components/ui/markdown.tsx";
import { cn } from "../../../lib/cn.ts";
import { useSaveTermsOfReference, type TorDetail, type TorVersion } from "../api/terms-of-reference.ts";
import { VersionsPanel } from "./tor-versions.tsx";

/** What a person edits: the title and the sections. */
export type TorText = { title: string } & TorSections;
type TextKey = keyof TorText;

const FIELDS: readonly TextKey[] = ["title", ...TOR_SECTIONS];

function textOf(title: string, version: TorSections): TorText {
  return { title, ...(Object.fromEntries(TOR_SECTIONS.map((s) => [s, version[s]])) as TorSections) };
}

const differs = (a: TorText, b: TorText) => FIELDS.filter((f) => a[f] !== b[f]);

/** The latest version as a stale save carries it (`details.current`). */
type CurrentText = TorVersion & { title: string };

type Conflict = { number: number; author: string; text: TorText };

export function TorEditor({ tor }: { tor: TorDetail }) {
  if (!tor.viewer.mayEdit) return <TorReader tor={tor} />;
  return <TorWriter tor={tor} />;
}

function TorReader({ tor }: { tor: TorDetail }) {
  const { t } = useTranslation();
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="flex flex-col gap-4">
        <Alert tone="info" live={false}>
          {t("termsOfReference.editor.readOnly")}
        </Alert>
        <Card>
          <div className="flex flex-col gap-6">
            {TOR_SECTIONS.map((s) => (
              <section key={s} className="flex flex-col gap-2" aria-labelledby={`tor-${s}`}>
                <h2 id={`tor-${s}`} className="text-base font-semibold text-zinc-900">
                  {t(`torDocument.headings.${s}`)}
                </h2>
                {tor.latest[s] ? (
                  <MarkdownText text={tor.latest[s]} dir="auto" />
                ) : (
                  <p className="text-sm text-zinc-500">{t("termsOfReference.editor.empty")}</p>
                )}
              </section>
            ))}
          </div>
        </Card>
      </div>
      <aside className="flex flex-col gap-4">
        <VersionsPanel tor={tor} />
      </aside>
    </div>
  );
}

function TorWriter({ tor }: { tor: TorDetail }) {
  const { t } = useTranslation();
  const save = useSaveTermsOfReference();
  const [base, setBase] = useState(() => ({ number: tor.version, text: textOf(tor.title, tor.latest) }));
  const [draft, setDraft] = useState<TorText>(base.text);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [errors, setErrors] = useState<Partial<Record<TextKey, string>>>({});
  const [alert, setAlert] = useState<string | undefined>();
  const changed = differs(draft, base.text);
  const dirty = changed.length > 0;
  const guard = useUnsavedChangesGuard(dirty);

  // A newer version loaded while nothing here is changed (someone else saved, the page
  // refetched): the editor moves to it, as it renders.
  if (!dirty && !conflict && tor.version > base.number) {
    const text = textOf(tor.title, tor.latest);
    setBase({ number: tor.version, text });
    setDraft(text);
  }

  function edit(field: TextKey, value: string) {
    setDraft((d) => ({ ...d, [field]: value }));
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
  }

  function submit() {
    const parsed = ZSaveTorInput.safeParse({ id: tor.id, version: base.number, ...draft });
    if (!parsed.success) {
      const byField: Partial<Record<TextKey, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]) as TextKey;
        byField[field] ??= renderMessage(messageFromIssue(issue));
      }
      setErrors(byField);
      return;
    }
    setErrors({});
    setAlert(undefined);
    save.mutate(parsed.data, {
      onSuccess: (saved) => {
        const text = textOf(saved.title, saved.latest);
        setBase({ number: saved.version, text });
        setDraft(text);
        setConflict(null);
        toast.success(t("termsOfReference.editor.saved", { number: saved.version }));
      },
      onError: (error) => {
        if (isStaleVersion(error)) {
          const current = currentRecordOf<CurrentText>(error);
          if (current) {
            setConflict({
              number: current.number,
              author: current.author.name,
              text: textOf(current.title, current),
            });
            return;
          }
        }
        const info = errorInfo(error);
        const byField: Partial<Record<TextKey, string>> = {};
        for (const [path, messages] of Object.entries(info.fieldErrors)) {
          if ((FIELDS as readonly string[]).includes(path) && messages[0]) {
            byField[path as TextKey] = renderMessage(messages[0]);
          }
        }
        setErrors(byField);
        if (Object.keys(byField).length === 0) setAlert(describeError(error));
      },
    });
  }

  function resolve(take: "mine" | "theirs") {
    if (!conflict) return;
    setBase({ number: conflict.number, text: conflict.text });
    if (take === "theirs") setDraft(conflict.text);
    setConflict(null);
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <form
        className="flex min-w-0 flex-col gap-4"
        noValidate
        aria-label={t("termsOfReference.editor.formLabel")}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {conflict ? <ConflictPanel conflict={conflict} mine={draft} onResolve={resolve} /> : null}
        <FormAlert message={alert} />
        <Card>
          <div className="flex flex-col gap-6">
            <TextField
              label={t("termsOfReference.editor.titleLabel")}
              value={draft.title}
              onChange={(e) => edit("title", e.target.value)}
              error={errors.title}
              maxLength={MAX_TOR_TITLE_LENGTH}
              required
              dir="auto"
            />
            {TOR_SECTIONS.map((s) => (
              <SectionField key={s} section={s} value={draft[s]} error={errors[s]} onChange={(v) => edit(s, v)} />
            ))}
          </div>
        </Card>
        <div className="sticky bottom-0 z-10 -mx-1 flex flex-wrap items-center gap-3 rounded-md border border-zinc-200 bg-white/95 px-3 py-2 shadow-sm">
          <p className="me-auto text-sm text-zinc-600" aria-live="polite">
            {dirty
              ? t("termsOfReference.editor.unsaved", { count: changed.length })
              : t("termsOfReference.editor.upToDate", { number: base.number })}
          </p>
          <Button
            onClick={() => {
              setDraft(base.text);
              setErrors({});
            }}
            disabled={!dirty || save.isPending}
          >
            {t("termsOfReference.editor.discard")}
          </Button>
          <Button type="submit" variant="primary" loading={save.isPending} disabled={!dirty || conflict !== null}>
            {t("termsOfReference.editor.save", { number: base.number + 1 })}
          </Button>
        </div>
      </form>
      <aside className="flex flex-col gap-4">
        <VersionsPanel tor={tor} onUseText={(sections) => setDraft((d) => ({ ...d, ...sections }))} />
      </aside>
      {guard.leaveDialog}
    </div>
  );
}

type SectionFieldProps = {
  section: TorSection;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
};

/** One section: its markdown, or how it will read. */
function SectionField({ section, value, error, onChange }: SectionFieldProps) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState(false);
  const headingId = useId();
  const previewErrorId = useId();
  const heading = t(`torDocument.headings.${section}`);
  const toggle = (on: boolean) => (
    <button
      type="button"
      aria-pressed={preview === on}
      onClick={() => setPreview(on)}
      className={cn(
        "rounded px-2 py-1 text-xs font-medium focus-visible:outline-2 focus-visible:outline-brand-600",
        preview === on ? "bg-zinc-900 text-white" : "text-zinc-700 hover:bg-zinc-100",
      )}
    >
      {on ? t("termsOfReference.editor.preview") : t("termsOfReference.editor.write")}
    </button>
  );
  return (
    <section className="flex flex-col gap-1.5" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold text-zinc-900">
          {heading}
        </h2>
        <div
          role="group"
          aria-label={t("termsOfReference.editor.modeLabel", { section: heading })}
          className="flex gap-1"
        >
          {toggle(false)}
          {toggle(true)}
        </div>
      </div>
      {preview ? (
        <>
          <div className="min-h-24 rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2">
            {value.trim() ? (
              <MarkdownText text={value} dir="auto" />
            ) : (
              <p className="text-sm text-zinc-500">{t("termsOfReference.editor.empty")}</p>
            )}
          </div>
          <FieldError id={previewErrorId} error={error} />
        </>
      ) : (
        <Textarea
          label={heading}
          hideLabel
          value={value}
          onChange={(e) => onChange(e.target.value)}
          error={error}
          rows={Math.min(18, Math.max(5, value.split("\n").length + 1))}
          hint={section === "background" ? t("termsOfReference.editor.markdownHint") : undefined}
          className="font-mono"
          dir="auto"
        />
      )}
    </section>
  );
}

type ConflictPanelProps = { conflict: Conflict; mine: TorText; onResolve: (take: "mine" | "theirs") => void };

/** The sections where the user's text and the version saved meanwhile differ, side by side. */
function ConflictPanel({ conflict, mine, onResolve }: ConflictPanelProps) {
  const { t } = useTranslation();
  const fields = differs(mine, conflict.text);
  const label = (f: TextKey) =>
    f === "title" ? t("termsOfReference.editor.titleLabel") : t(`torDocument.headings.${f}`);
  return (
    <Alert
      tone="warning"
      title={t("termsOfReference.conflict.title", { number: conflict.number, author: conflict.author })}
    >
      <p>{t("termsOfReference.conflict.body", { count: fields.length, number: conflict.number })}</p>
      <div className="mt-3 flex flex-col gap-3">
        {fields.map((f) => (
          <div key={f} className="flex flex-col gap-1">
            <p className="font-semibold">{label(f)}</p>
            <div className="grid gap-2 md:grid-cols-2">
              <figure className="flex min-w-0 flex-col gap-1">
                <figcaption className="text-xs font-medium">{t("termsOfReference.conflict.yours")}</figcaption>
                <pre
                  dir="auto"
                  className="max-h-48 overflow-auto rounded border border-amber-200 bg-white p-2 text-xs whitespace-pre-wrap text-zinc-800"
                >
                  {mine[f]}
                </pre>
              </figure>
              <figure className="flex min-w-0 flex-col gap-1">
                <figcaption className="text-xs font-medium">
                  {t("termsOfReference.conflict.theirs", { number: conflict.number })}
                </figcaption>
                <pre
                  dir="auto"
                  className="max-h-48 overflow-auto rounded border border-amber-200 bg-white p-2 text-xs whitespace-pre-wrap text-zinc-800"
                >
                  {conflict.text[f]}
                </pre>
              </figure>
            </div>
          </div>
        ))}
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button size="sm" variant="primary" onClick={() => onResolve("mine")}>
          {t("termsOfReference.conflict.keepMine")}
        </Button>
        <Button size="sm" onClick={() => onResolve("theirs")}>
          {t("termsOfReference.conflict.takeTheirs", { number: conflict.number })}
        </Button>
      </div>
    </Alert>
  );
}
