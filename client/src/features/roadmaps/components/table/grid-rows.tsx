// The rows of the table's grid: an item's row (its drag handle, its number that opens it,
// its cells, one of them perhaps being edited) and a group's header row (the grouped
// value, how many items, what they cost per currency). Every focusable part carries
// `data-cell` (row key and column) for the grid's roving focus.
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { memo, type CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import { cn } from "../../../../lib/cn.ts";
import type { ItemPatch, RoadmapItem } from "../../api/types.ts";
import type { RoadmapViewMode } from "../../lib/abilities.ts";
import { enumLabel } from "../../lib/field-values.ts";
import type { RoadmapGrouping } from "../../lib/grouping.ts";
import { formatAmounts, type Amounts } from "../../lib/money.ts";
import { CellEditor, type AfterCommit } from "./cell-editor.tsx";
import type { CellDraft } from "./cell-draft.ts";
import { CellValue } from "./cell-value.tsx";
import { isEditable, type ColumnSpec } from "./table-columns.ts";

/** Where a column sits when it stays in view while the table scrolls sideways. */
export type StickyColumn = { offset: number; last: boolean };

export type GridColumn = ColumnSpec & { label: string; sticky: StickyColumn | null };

export type EditingCell = { row: string; col: string; draft?: CellDraft | undefined };

export const cellKey = (row: string, col: string) => `${row}|${col}`;

const focusRing =
  "outline-none focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600";

function stickyStyle(column: GridColumn): CSSProperties | undefined {
  return column.sticky ? { insetInlineStart: `${column.sticky.offset}rem` } : undefined;
}

export function stickyClasses(column: GridColumn, background = "bg-white group-hover:bg-zinc-50") {
  return column.sticky
    ? cn(
        "sticky z-10",
        background,
        column.sticky.last && "after:absolute after:inset-y-0 after:end-0 after:w-px after:bg-zinc-200",
      )
    : undefined;
}

type ItemRowProps = {
  item: RoadmapItem;
  /** The item's place in the roadmap's order, from 1. */
  number: number;
  /** A phone's compact table: the title's cell shows the number and opens the item when tapped. */
  compact: boolean;
  rowIndex: number;
  columns: readonly GridColumn[];
  mode: RoadmapViewMode;
  hasBaseline: boolean;
  /** The column whose cell holds the grid's single tab stop in this row, if any. */
  activeCol: string | null;
  editing: EditingCell | null;
  saving: boolean;
  /** Dragging is possible now (edit mode, the roadmap's own order). */
  canReorder: boolean;
  reorderHintId: string;
  onOpenItem: (itemId: string) => void;
  onStartEdit: (itemId: string, col: string) => void;
  onCommit: (item: RoadmapItem, patch: ItemPatch, then: AfterCommit) => void;
  onCancel: () => void;
  measureRef?: ((node: Element | null) => void) | undefined;
};

/**
 * Memoised: moving the focus or editing a cell re-renders only the rows concerned. The
 * drag-and-drop state (which re-renders every sortable row whenever a row enters the
 * page) stays in this thin row; its cells are a memoised component of their own.
 */
export const ItemRow = memo(function ItemRow(props: ItemRowProps) {
  const { item, rowIndex, columns, activeCol, saving, canReorder, reorderHintId, measureRef } = props;
  const { t } = useTranslation();
  const { setNodeRef, setActivatorNodeRef, listeners, transform, transition, isDragging } = useSortable({
    id: item.id,
    disabled: !canReorder,
  });
  const style: CSSProperties = { transform: CSS.Translate.toString(transform), transition };
  const handle = columns[0]?.id === "drag" ? columns[0] : null;
  return (
    <tr
      ref={(node) => {
        setNodeRef(node);
        measureRef?.(node);
      }}
      role="row"
      aria-rowindex={rowIndex}
      aria-busy={saving || undefined}
      data-index={rowIndex - 2}
      data-item={item.id}
      style={style}
      className={cn(
        // The virtualiser counts on this height (ITEM_ROW_HEIGHT): every cell holds two lines at most.
        "group h-14 align-top",
        isDragging ? "relative z-20 bg-brand-50 shadow-md" : "hover:bg-zinc-50",
        saving && "animate-pulse",
      )}
    >
      {handle ? (
        <td
          role="gridcell"
          aria-colindex={1}
          style={stickyStyle(handle)}
          className={cn("px-1 py-2", stickyClasses(handle))}
        >
          <button
            type="button"
            ref={setActivatorNodeRef}
            {...(canReorder ? listeners : {})}
            data-cell={cellKey(item.id, "drag")}
            tabIndex={activeCol === "drag" ? 0 : -1}
            disabled={!canReorder}
            aria-label={t("roadmapTable.reorder.handle", { title: item.title })}
            aria-describedby={reorderHintId}
            className={cn(
              "flex size-7 touch-none items-center justify-center rounded text-zinc-400",
              canReorder ? "cursor-grab hover:bg-zinc-100 hover:text-zinc-700" : "cursor-not-allowed opacity-40",
              focusRing,
            )}
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
              <circle cx="7" cy="5" r="1.5" />
              <circle cx="13" cy="5" r="1.5" />
              <circle cx="7" cy="10" r="1.5" />
              <circle cx="13" cy="10" r="1.5" />
              <circle cx="7" cy="15" r="1.5" />
              <circle cx="13" cy="15" r="1.5" />
            </svg>
          </button>
        </td>
      ) : null}
      <RowCells {...props} />
    </tr>
  );
});

/** An item's cells but the drag handle's. */
const RowCells = memo(function RowCells({
  item,
  number,
  columns,
  mode,
  hasBaseline,
  compact,
  activeCol,
  editing,
  onOpenItem,
  onStartEdit,
  onCommit,
  onCancel,
}: ItemRowProps) {
  const { t } = useTranslation();
  return columns.map((column, colIndex) => {
    if (column.id === "drag") return null;
    const key = cellKey(item.id, column.id);
    const tabIndex = activeCol === column.id ? 0 : -1;
    const common = { "aria-colindex": colIndex + 1, style: stickyStyle(column) };
    if (column.id === "number") {
      return (
        <td key={column.id} role="gridcell" {...common} className={cn("px-1 py-2", stickyClasses(column))}>
          <button
            type="button"
            data-cell={key}
            tabIndex={tabIndex}
            onClick={() => onOpenItem(item.id)}
            aria-label={t("roadmapTable.open", { number, title: item.title })}
            title={t("roadmapTable.openTitle")}
            className={cn(
              "flex h-7 min-w-7 items-center justify-center rounded px-1 text-xs font-semibold text-brand-700",
              "tabular-nums hover:bg-brand-50 hover:underline",
              focusRing,
            )}
          >
            {number}
          </button>
        </td>
      );
    }
    const editable = isEditable(column, mode);
    // A mode that no longer allows it (the roadmap went to review meanwhile) closes the editor.
    const isEditing = editable && editing !== null && editing.row === item.id && editing.col === column.id;
    return (
      <td
        key={column.id}
        role={column.id === "title" ? "rowheader" : "gridcell"}
        {...common}
        data-cell={key}
        tabIndex={isEditing ? -1 : tabIndex}
        aria-readonly={editable ? undefined : true}
        onDoubleClick={
          editable && !isEditing && !(compact && column.id === "title")
            ? () => onStartEdit(item.id, column.id)
            : undefined
        }
        className={cn(
          "scroll-mt-10 px-2 py-2 text-sm text-zinc-800 md:px-3",
          column.align === "end" && "text-end",
          editable && "cursor-text",
          isEditing && "bg-white py-1",
          stickyClasses(column),
          focusRing,
        )}
      >
        {isEditing ? (
          <CellEditor
            spec={column}
            item={item}
            columnLabel={column.label}
            initialDraft={editing.draft}
            onCommit={(patch, then) => onCommit(item, patch, then)}
            onCancel={onCancel}
          />
        ) : compact && column.id === "title" ? (
          // Tapped, it opens the item; the cell keeps the grid's focus (Enter opens too).
          <button
            type="button"
            tabIndex={-1}
            onClick={() => onOpenItem(item.id)}
            aria-label={t("roadmapTable.open", { number, title: item.title })}
            className="flex w-full items-start gap-1.5 text-start"
          >
            <span className="text-xs leading-5 font-semibold text-brand-700 tabular-nums">{number}</span>
            <CellValue columnId="title" item={item} hasBaseline={hasBaseline} t={t} />
          </button>
        ) : (
          <CellValue columnId={column.id} item={item} hasBaseline={hasBaseline} t={t} />
        )}
      </td>
    );
  });
});

type GroupRowProps = {
  groupBy: Exclude<RoadmapGrouping, "none">;
  value: string | null;
  count: number;
  subtotal: Amounts;
  rowKey: string;
  rowIndex: number;
  colSpan: number;
  active: boolean;
  measureRef?: ((node: Element | null) => void) | undefined;
};

export function GroupRow({
  groupBy,
  value,
  count,
  subtotal,
  rowKey,
  rowIndex,
  colSpan,
  active,
  measureRef,
}: GroupRowProps) {
  const { t } = useTranslation();
  const label =
    value === null ? t(`roadmapTable.group.none.${groupBy}`) : groupBy === "area" ? enumLabel("area", value) : value;
  return (
    <tr ref={measureRef} role="row" aria-rowindex={rowIndex} data-index={rowIndex - 2} className="bg-zinc-100/80">
      <td
        role="gridcell"
        aria-colindex={1}
        colSpan={colSpan}
        data-cell={cellKey(rowKey, "group")}
        tabIndex={active ? 0 : -1}
        className={cn("scroll-mt-10 px-0 py-0", focusRing)}
      >
        <div className="sticky start-0 inline-flex max-w-[min(100vw-2rem,60rem)] flex-wrap items-baseline gap-x-3 gap-y-0.5 px-3 py-1.5 text-sm">
          <span className={cn("font-semibold text-zinc-900", value === null && "text-zinc-600 italic")}>{label}</span>
          <span className="text-xs text-zinc-600">{t("roadmapTable.group.items", { count })}</span>
          {subtotal.size > 0 ? (
            <span className="text-xs text-zinc-700 tabular-nums">
              {t("roadmapTable.group.subtotal", { amounts: formatAmounts(subtotal) })}
            </span>
          ) : null}
        </div>
      </td>
    </tr>
  );
}
