// A cell being edited: its inputs (a text, a choice, a date, or a cost with its
// currency), validated with the shared schemas when the person commits. Enter saves and
// stays, Tab saves and moves on (Shift+Tab back), Escape gives up, leaving the cell for
// elsewhere saves what is valid. Keys stay inside: the grid does not move meanwhile.
import { useRef, useState, type FocusEvent, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { FieldError } from "../../../../components/ui/field.tsx";
import { cn } from "../../../../lib/cn.ts";
import type { EditableItemField, ItemPatch, RoadmapItem } from "../../api/types.ts";
import { enumOptions } from "../../lib/field-values.ts";
import { draftOf, parseDraft, type CellDraft } from "./cell-draft.ts";
import type { ColumnSpec } from "./table-columns.ts";

/** Where the focus goes once the cell is saved. */
export type AfterCommit = "stay" | "next" | "previous" | "none";

type CellEditorProps = {
  spec: ColumnSpec;
  item: RoadmapItem;
  /** The column's name, for the inputs' labels. */
  columnLabel: string;
  /** The draft to start from (a value typed before a save failed), else the item's. */
  initialDraft?: CellDraft | undefined;
  onCommit: (patch: ItemPatch, then: AfterCommit) => void;
  onCancel: () => void;
};

const inputClasses =
  "block h-8 rounded border bg-white px-2 text-sm text-zinc-900 shadow-xs " +
  "focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600";

export function CellEditor({ spec, item, columnLabel, initialDraft, onCommit, onCancel }: CellEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<CellDraft>(() => ({ ...draftOf(item, spec.fields), ...initialDraft }));
  const [errors, setErrors] = useState<Partial<Record<EditableItemField, string>>>({});
  const done = useRef(false);
  const container = useRef<HTMLDivElement>(null);
  const idBase = `cell-${item.id}-${spec.id}`;

  function commit(then: AfterCommit) {
    if (done.current) return;
    const parsed = parseDraft(item, draft);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      const first = spec.fields.find((f) => parsed.errors[f]);
      if (then !== "none" && first) container.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    done.current = true;
    onCommit(parsed.patch, then);
  }

  function cancel() {
    if (done.current) return;
    done.current = true;
    onCancel();
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>, index: number) {
    // The grid's keys (arrows, Home, End…) move the caret here, not the focus.
    event.stopPropagation();
    const last = index === spec.fields.length - 1;
    if (event.key === "Enter") {
      event.preventDefault();
      commit("stay");
    } else if (event.key === "Escape") {
      event.preventDefault();
      cancel();
    } else if (event.key === "Tab" && !event.shiftKey && last) {
      event.preventDefault();
      commit("next");
    } else if (event.key === "Tab" && event.shiftKey && index === 0) {
      event.preventDefault();
      commit("previous");
    }
  }

  function onBlur(event: FocusEvent<HTMLDivElement>) {
    if (!container.current?.contains(event.relatedTarget as Node | null)) commit("none");
  }

  const label = (field: EditableItemField) =>
    t("roadmapTable.editLabel", {
      column:
        field === "currency"
          ? t("roadmapTable.currency")
          : spec.id === "dates"
            ? t(`roadmapTable.column.${field === "startDate" ? "startDate" : "endDate"}`)
            : columnLabel,
      title: item.title,
    });

  return (
    // Wider than a narrow cell when it needs to be: it lies over the next cells while open.
    <div
      ref={container}
      data-editor=""
      className="relative z-20 -m-1 flex w-max text-start min-w-[calc(100%+0.5rem)] flex-col gap-1 rounded-md bg-white p-1 shadow-lg ring-1 ring-zinc-200"
      onBlur={onBlur}
    >
      <div className={cn("flex gap-1", spec.id === "dates" && "flex-col")}>
        {spec.fields.map((field, index) => (
          <DraftInput
            key={field}
            spec={spec}
            field={field}
            id={`${idBase}-${field}`}
            label={label(field)}
            value={draft[field] ?? ""}
            error={errors[field]}
            autoFocus={index === 0}
            selectOnFocus={initialDraft === undefined}
            onChange={(next) => setDraft((d) => ({ ...d, [field]: next }))}
            onKeyDown={(event) => onKeyDown(event, index)}
          />
        ))}
      </div>
      {/* The messages wrap within the inputs' width instead of widening the editor. */}
      <div className="w-0 min-w-full">
        {spec.fields.map((field) => (
          <FieldError key={field} id={`${idBase}-${field}-error`} error={errors[field]} />
        ))}
      </div>
    </div>
  );
}

type DraftInputProps = {
  spec: ColumnSpec;
  field: EditableItemField;
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  autoFocus: boolean;
  /** Select the text on focus; when editing began by typing, the caret goes after what was typed. */
  selectOnFocus: boolean;
  onChange: (value: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
};

/** One input of the editor: a choice, a date or a text (a cost's amount and currency are two). */
function DraftInput({
  spec,
  field,
  id,
  label,
  value,
  error,
  autoFocus,
  selectOnFocus,
  onChange,
  onKeyDown,
}: DraftInputProps) {
  const common = {
    "data-field": field,
    id,
    "aria-label": label,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
    autoFocus,
    onKeyDown,
  };
  const classes = cn(inputClasses, error ? "border-red-500" : "border-zinc-300");
  if (spec.editor === "select" && spec.choices) {
    return (
      <select
        {...common}
        className={cn(classes, "w-full min-w-40")}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {enumOptions(spec.choices).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  }
  if (spec.editor === "date") {
    return (
      <input
        {...common}
        className={cn(classes, "w-36")}
        type="date"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  const currency = field === "currency";
  return (
    <input
      {...common}
      type="text"
      value={value}
      inputMode={field === "costEstimate" ? "decimal" : undefined}
      maxLength={currency ? 3 : undefined}
      autoCapitalize={currency ? "characters" : undefined}
      placeholder={currency ? "EUR" : undefined}
      className={cn(
        classes,
        currency ? "w-16 flex-none uppercase" : field === "costEstimate" ? "w-32" : "w-full min-w-56",
      )}
      onFocus={(e) => {
        const input = e.currentTarget;
        if (selectOnFocus) input.select();
        else input.setSelectionRange(input.value.length, input.value.length);
      }}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
