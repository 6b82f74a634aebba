// The roadmap's table view: one row per item, in the roadmap's order or sorted by a
// column, optionally grouped (ICT area, strategic objective, responsible unit) with
// per-currency subtotals, then the cost totals per year and per funding source.
//
// It is a grid (WAI-ARIA grid pattern): one tab stop, arrows, Home/End and PageUp/PageDown
// move between cells, Enter or a double click edits a cell, Alt+Up/Down moves an item.
// Cells validate with the shared schemas and save through useSaveItem (the change shows
// at once; a conflict opens the conflict view). Rows are virtualised past
// VIRTUALISE_FROM rows, and the focused row is scrolled into view as the focus moves.
import {
  closestCenter,
  DndContext,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type Modifier,
} from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import {
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  useTable,
  type SortingState,
} from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import {
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type RefObject,
} from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../../../../components/ui/alert.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import { cn } from "../../../../lib/cn.ts";
import type { ItemPatch, Roadmap, RoadmapItem } from "../../api/types.ts";
import { useSaveItem } from "../../api/use-save-item.ts";
import type { RoadmapViewMode } from "../../lib/abilities.ts";
import type { RoadmapGrouping } from "../../lib/grouping.ts";
import type { AfterCommit } from "./cell-editor.tsx";
import { CostSummary } from "./cost-summary.tsx";
import { displayRows, type DisplayRow } from "./display-rows.ts";
import { nextPosition } from "./grid-navigation.ts";
import { cellKey, GroupRow, ItemRow, stickyClasses, type EditingCell, type GridColumn } from "./grid-rows.tsx";
import { moveNextTo, neighbourOf } from "./reorder.ts";
import { COLUMN_SPECS, isEditable, isShown, type ColumnId } from "./table-columns.ts";
import { useReorderItems } from "./use-reorder-items.ts";

export type RoadmapTableProps = {
  roadmap: Roadmap;
  /** edit: every cell and the order; progress: the progress cells only; read: nothing. */
  mode: RoadmapViewMode;
  groupBy: RoadmapGrouping;
  /** Opens the item's dialog (the long texts, links, dependencies). */
  onOpenItem: (itemId: string) => void;
};

/** Past this many rows only those in view (and a few more) are in the page. */
export const VIRTUALISE_FROM = 100;
/**
 * An item's row is ITEM_ROW_HEIGHT pixels (titles and texts are clamped to two lines), so
 * the virtualiser never measures one: measuring hundreds of rows as they scroll in cost
 * more than the rest of the render. Group headers are measured (there are few).
 */
const ITEM_ROW_HEIGHT = 56;
const GROUP_ROW_HEIGHT = 36;
const PAGE_ROWS = 10;
const HEADER_ROW = "header";
const PHONE_QUERY = "(max-width: 47.99rem)";

const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic, text: sortFn_text },
});
const helper = createColumnHelper<typeof features, RoadmapItem>();
const TEXT_SORTED: ReadonlySet<ColumnId> = new Set([
  "title",
  "strategicObjective",
  "responsibleUnit",
  "fundingSource",
  "progressNote",
]);
const columns = helper.columns(
  COLUMN_SPECS.map((spec) =>
    spec.sortValue
      ? helper.accessor(spec.sortValue, {
          id: spec.id,
          sortFn: TEXT_SORTED.has(spec.id) ? "text" : "basic",
          sortUndefined: "last",
        })
      : helper.display({ id: spec.id, enableSorting: false }),
  ),
);

function subscribeToPhone(onChange: () => void) {
  if (typeof window.matchMedia !== "function") return () => {};
  const query = window.matchMedia(PHONE_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}
const isPhone = () => typeof window.matchMedia === "function" && window.matchMedia(PHONE_QUERY).matches;

const getRowId = (item: RoadmapItem) => item.id;
/** Which columns show follows from the screen and the mode: the table never changes it itself. */
const visibilityIsDerived = () => {};

/**
 * The columns shown, with their labels; on a wide screen the handle, the number and the
 * title stay in view while the rest scrolls sideways.
 */
function gridColumns(
  ids: readonly string[],
  phone: boolean,
  label: (id: ColumnId) => string,
  /** On a phone's compact table, the room the table's box has (rem): the title takes what is left. */
  boxWidth: number | null,
  mode: RoadmapViewMode,
): GridColumn[] {
  let shown = COLUMN_SPECS.filter((spec) => ids.includes(spec.id));
  if (mode === "progress") {
    // What a progress update changes, side by side: the note right after the progress.
    const note = shown.find((spec) => spec.id === "progressNote");
    if (note) {
      shown = shown.filter((spec) => spec !== note);
      shown.splice(shown.findIndex((spec) => spec.id === "progress") + 1, 0, note);
    }
  }
  if (phone && boxWidth !== null && !shown.some((spec) => spec.shown === "wide")) {
    const others = shown.reduce((sum, spec) => sum + (spec.id === "title" ? 0 : spec.width.narrow), 0);
    const title = Math.min(16, Math.max(7, boxWidth - others));
    shown = shown.map((spec) => (spec.id === "title" ? { ...spec, width: { ...spec.width, narrow: title } } : spec));
  }
  const stickyUpTo = phone ? -1 : shown.findIndex((spec) => spec.id === "title");
  let offset = 0;
  return shown.map((spec, index) => {
    const sticky = index <= stickyUpTo ? { offset, last: index === stickyUpTo } : null;
    offset += phone ? spec.width.narrow : spec.width.wide;
    return { ...spec, label: label(spec.id), sticky };
  });
}

/** The inner width of an element in rem, kept up to date (null where ResizeObserver is missing). */
function useWidthInRem(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const measure = () => setWidth(Math.floor((element.clientWidth / rem) * 4) / 4);
    // Measured before the first paint too: the observer reports a frame later, and the
    // title's column would widen under the reader's eyes (a layout shift).
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** The key of a row the focus can rest on: an item's id, or its group's. */
function rowKeyOf(row: DisplayRow): string {
  return row.kind === "item" ? row.item.id : `group:${row.value ?? ""}`;
}

/** The grid and the cost totals under it; RoadmapPlan speaks for a roadmap without items. */
export function RoadmapTable(props: RoadmapTableProps) {
  return (
    <div className="flex flex-col gap-4">
      <RoadmapGrid {...props} />
      <CostSummary items={props.roadmap.items} />
    </div>
  );
}

function RoadmapGrid({ roadmap, mode, groupBy, onOpenItem }: RoadmapTableProps) {
  const { t } = useTranslation();
  const ids = useId();
  const { save, savingIds } = useSaveItem(roadmap);
  const reordering = useReorderItems(roadmap);
  const { reorder } = reordering;
  const phone = useSyncExternalStore(subscribeToPhone, isPhone, () => false);
  const [showAll, setShowAll] = useState(false);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [active, setActive] = useState<{ row: string; col: ColumnId }>({ row: "", col: "title" });
  const [editing, setEditing] = useState<EditingCell | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const scrollBox = useRef<HTMLDivElement>(null);
  const grid = useRef<HTMLTableElement>(null);
  /** A cell to focus once it is in the page (the virtualiser may have to bring it in first). */
  const focusRequest = useRef<string | null>(null);

  const compact = phone && !showAll;
  const columnVisibility = useMemo(
    () => Object.fromEntries(COLUMN_SPECS.map((spec) => [spec.id, isShown(spec, compact, mode)])),
    [mode, compact],
  );
  const tableState = useMemo(() => ({ sorting, columnVisibility }), [sorting, columnVisibility]);
  const table = useTable({
    features,
    columns,
    data: roadmap.items,
    getRowId,
    state: tableState,
    // Every column sorts ascending first (numbers and dates too): earliest, highest priority, cheapest.
    sortDescFirst: false,
    onSortingChange: setSorting,
    onColumnVisibilityChange: visibilityIsDerived,
  });

  const modelRows = table.getRowModel().rows;
  const sortedItems = useMemo(() => modelRows.map((row) => row.original), [modelRows]);
  const rows = useMemo(() => displayRows(sortedItems, groupBy), [sortedItems, groupBy]);
  const numbers = useMemo(() => new Map(roadmap.items.map((item, index) => [item.id, index + 1])), [roadmap.items]);

  const visibleIds = table
    .getVisibleLeafColumns()
    .map((column) => column.id)
    .join(",");
  const boxWidth = useWidthInRem(scrollBox);
  const visibleColumns = useMemo(
    () => gridColumns(visibleIds.split(","), phone, (id) => t(`roadmapTable.column.${id}`), boxWidth, mode),
    [visibleIds, phone, t, boxWidth, mode],
  );
  const tableWidth = visibleColumns.reduce((sum, c) => sum + (phone ? c.width.narrow : c.width.wide), 0);
  const hiddenCount = COLUMN_SPECS.filter(
    (s) => s.id !== "drag" && isShown(s, false, mode) && !isShown(s, true, mode),
  ).length;

  const sorted = sorting[0];
  const canReorder = mode === "edit" && !sorted;
  const virtual = rows.length > VIRTUALISE_FROM;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollBox.current,
    estimateSize: (index) => (rows[index]?.kind === "group" ? GROUP_ROW_HEIGHT : ITEM_ROW_HEIGHT),
    overscan: 12,
    enabled: virtual,
    getItemKey: (index) => (rows[index] ? rowKeyOf(rows[index]) : index),
  });

  // The roving focus: the rows the focus can rest on (the header, groups, items) and the columns.
  const navRows = useMemo(() => [HEADER_ROW, ...rows.map(rowKeyOf)], [rows]);
  const navCols = visibleColumns.map((c) => c.id);
  const activeRow = navRows.includes(active.row) ? active.row : (navRows[1] ?? HEADER_ROW);
  const activeCol = navCols.includes(active.col) ? active.col : (navCols.find((c) => c === "title") ?? navCols[0]!);

  // Focus the requested cell once it is rendered.
  useLayoutEffect(() => {
    const wanted = focusRequest.current;
    if (!wanted || !grid.current) return;
    for (const element of grid.current.querySelectorAll<HTMLElement>("[data-cell]")) {
      if (element.dataset.cell === wanted) {
        focusRequest.current = null;
        element.focus();
        return;
      }
    }
  });

  const focusCell = useCallback(
    (row: string, col: ColumnId) => {
      setActive({ row, col });
      const isGroup = row.startsWith("group:");
      focusRequest.current = cellKey(row, isGroup ? "group" : col);
      const index = rows.findIndex((r) => rowKeyOf(r) === row);
      if (virtual && index >= 0) virtualizer.scrollToIndex(index, { align: "auto" });
      // Already in the page: focus now (the layout effect runs only on a render).
      for (const element of grid.current?.querySelectorAll<HTMLElement>("[data-cell]") ?? []) {
        if (element.dataset.cell === focusRequest.current) {
          focusRequest.current = null;
          element.focus();
          break;
        }
      }
    },
    [rows, virtual, virtualizer],
  );

  const canEdit = (col: string) => {
    const spec = COLUMN_SPECS.find((s) => s.id === col);
    return spec !== undefined && isEditable(spec, mode);
  };

  const startEdit = useCallback(
    (row: string, col: string, draft?: EditingCell["draft"]) => {
      const spec = COLUMN_SPECS.find((s) => s.id === col);
      if (!spec || !isEditable(spec, mode)) return false;
      setActive({ row, col: spec.id });
      setEditing({ row, col, draft });
      return true;
    },
    [mode],
  );

  /** The cell Tab (or Shift+Tab) leads to from an edited cell: the next editable one, row after row. */
  function cellAfter(row: string, col: ColumnId, step: 1 | -1): { row: string; col: ColumnId } {
    const editable = visibleColumns.filter((c) => isEditable(c, mode)).map((c) => c.id);
    const itemRows = rows.flatMap((r) => (r.kind === "item" ? [r.item.id] : []));
    let r = itemRows.indexOf(row);
    let c = editable.indexOf(col) + step;
    if (c >= editable.length) [r, c] = [r + 1, 0];
    if (c < 0) [r, c] = [r - 1, editable.length - 1];
    const nextRow = itemRows[r];
    const nextCol = editable[c];
    return nextRow && nextCol ? { row: nextRow, col: nextCol } : { row, col };
  }

  function commit(item: RoadmapItem, patch: ItemPatch, then: AfterCommit) {
    const at = editing;
    setEditing(null);
    if (Object.keys(patch).length > 0) void save(item, patch);
    if (!at || then === "none") return;
    const col = at.col as ColumnId;
    const target = then === "stay" ? { row: at.row, col } : cellAfter(at.row, col, then === "next" ? 1 : -1);
    focusCell(target.row, target.col);
  }

  function cancel() {
    const at = editing;
    setEditing(null);
    if (at) focusCell(at.row, at.col as ColumnId);
  }

  /** Alt+Up/Down: the item swaps places with the one shown above or below it (in its group). */
  function moveItem(itemId: string, direction: -1 | 1) {
    const row = rows.find((r) => r.kind === "item" && r.item.id === itemId);
    if (!row || row.kind !== "item") return;
    const shown = rows.flatMap((r) => (r.kind === "item" && r.group === row.group ? [r.item.id] : []));
    const neighbour = neighbourOf(shown, itemId, direction);
    if (!neighbour) {
      setAnnouncement(t(direction < 0 ? "roadmapTable.reorder.atTop" : "roadmapTable.reorder.atBottom"));
      return;
    }
    const order = moveNextTo(
      roadmap.items.map((i) => i.id),
      itemId,
      neighbour,
      direction > 0,
    );
    reorder(order);
    announceMove(row.item, order);
  }

  function announceMove(item: RoadmapItem, order: string[]) {
    setAnnouncement(
      t("roadmapTable.reorder.moved", { title: item.title, position: order.indexOf(item.id) + 1, count: order.length }),
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const target = event.target as HTMLElement;
    if (target.closest("[data-editor]")) return;
    const cell = target.closest<HTMLElement>("[data-cell]")?.dataset.cell;
    if (!cell) return;
    const [row = "", colRaw = ""] = cell.split("|");
    const col = (colRaw === "group" ? activeCol : colRaw) as ColumnId;
    const isItem = row !== HEADER_ROW && !row.startsWith("group:");

    if (event.altKey && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
      event.preventDefault();
      if (!isItem || mode !== "edit") return;
      if (!canReorder) {
        setAnnouncement(t("roadmapTable.reorder.offWhileSorted"));
        return;
      }
      moveItem(row, event.key === "ArrowUp" ? -1 : 1);
      focusRequest.current = cell;
      return;
    }
    // The page's direction as written (no style recalculation on every key).
    const rtl = target.closest("[dir]")?.getAttribute("dir") === "rtl";
    const from = { row: navRows.indexOf(row), col: navCols.indexOf(col) };
    const to = nextPosition(
      event.key,
      from,
      { rows: navRows.length, cols: navCols.length, pageRows: PAGE_ROWS, rtl },
      event.ctrlKey || event.metaKey,
    );
    if (to && !event.altKey && !event.shiftKey) {
      event.preventDefault();
      focusCell(navRows[to.row]!, navCols[to.col]!);
      return;
    }
    // Buttons (sorting, opening, the handle) answer Enter and Space themselves.
    if (target.tagName === "BUTTON" || !isItem) return;
    if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      // Enter on a title it cannot edit opens the item; so it does on a phone's compact table,
      // which has no number column to open it from (F2 still edits the title there).
      const titleOpens = col === "title" && (compact || !canEdit(col));
      if (event.key === "Enter" && titleOpens) onOpenItem(row);
      else startEdit(row, col);
      return;
    }
    // Typing on a text cell starts editing it with what was typed, as in a spreadsheet.
    const spec = COLUMN_SPECS.find((s) => s.id === col);
    const typed = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
    if (typed && spec && (spec.editor === "text" || spec.editor === "cost") && isEditable(spec, mode)) {
      event.preventDefault();
      startEdit(row, col, { [spec.fields[0]!]: event.key });
    }
  }

  // The rows get handlers that stay the same function from render to render, so that
  // moving the focus re-renders the two rows concerned, not every row in the page.
  const latestHandlers = useRef({ commit, cancel, startEdit, onOpenItem });
  useLayoutEffect(() => {
    latestHandlers.current = { commit, cancel, startEdit, onOpenItem };
  });
  const rowHandlers = useMemo(
    () => ({
      commit: (item: RoadmapItem, patch: ItemPatch, then: AfterCommit) =>
        latestHandlers.current.commit(item, patch, then),
      cancel: () => latestHandlers.current.cancel(),
      startEdit: (itemId: string, col: string) => void latestHandlers.current.startEdit(itemId, col),
      open: (itemId: string) => latestHandlers.current.onOpenItem(itemId),
    }),
    [],
  );

  // dnd-kit: drag by the handle, up and down only.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 });
  const itemIdsShown = useMemo(() => rows.flatMap((r) => (r.kind === "item" ? [r.item.id] : [])), [rows]);
  function onDragEnd({ active: dragged, over }: DragEndEvent) {
    if (!over || dragged.id === over.id) return;
    const movedId = String(dragged.id);
    const overId = String(over.id);
    const down = itemIdsShown.indexOf(movedId) < itemIdsShown.indexOf(overId);
    const order = moveNextTo(
      roadmap.items.map((i) => i.id),
      movedId,
      overId,
      down,
    );
    reorder(order);
    const item = roadmap.items.find((i) => i.id === movedId);
    if (item) announceMove(item, order);
  }
  const titleOf = (id: string | number) => roadmap.items.find((i) => i.id === id)?.title ?? "";
  const positionOf = (id: string | number) => itemIdsShown.indexOf(String(id)) + 1;

  const hintId = `${ids}-hint`;
  const reorderHintId = `${ids}-reorder`;
  const colCount = visibleColumns.length;
  const virtualItems = virtual ? virtualizer.getVirtualItems() : null;
  const padStart = virtualItems?.[0]?.start ?? 0;
  const padEnd = virtualItems?.length ? virtualizer.getTotalSize() - virtualItems[virtualItems.length - 1]!.end : 0;
  const shownRows = virtualItems
    ? virtualItems.map((v) => ({ row: rows[v.index]!, index: v.index }))
    : rows.map((row, index) => ({ row, index }));

  const sortedColumn = sorted
    ? (visibleColumns.find((c) => c.id === sorted.id) ?? COLUMN_SPECS.find((c) => c.id === sorted.id))
    : null;
  const sortedLabel = sorted ? t(`roadmapTable.column.${sorted.id as ColumnId}`) : "";

  return (
    <div className="flex flex-col gap-2">
      {phone || sortedColumn ? (
        <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
          {sortedColumn ? (
            <p className="text-zinc-600">
              {t(sorted?.desc ? "roadmapTable.sort.descending" : "roadmapTable.sort.ascending", {
                column: sortedLabel,
              })}
              {mode === "edit" ? ` ${t("roadmapTable.sort.noReorder")}` : ""}{" "}
              <button
                type="button"
                className="font-medium text-brand-700 underline-offset-2 hover:underline"
                onClick={() => setSorting([])}
              >
                {t("roadmapTable.sort.reset")}
              </button>
            </p>
          ) : (
            <span />
          )}
          {phone ? (
            <Button size="sm" aria-pressed={showAll} onClick={() => setShowAll((v) => !v)}>
              {showAll ? t("roadmapTable.columns.fewer") : t("roadmapTable.columns.all", { count: hiddenCount })}
            </Button>
          ) : null}
        </div>
      ) : null}
      {roadmap.baselineRevision !== null ? (
        <p className="text-xs text-zinc-600">
          {t("roadmapTable.baseline.legend", { revision: roadmap.baselineRevision })}
        </p>
      ) : null}
      {reordering.changedMeanwhile ? (
        <Alert tone="warning">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <span>{t("roadmapTable.reorder.changedMeanwhile")}</span>
            <Button size="sm" variant="ghost" onClick={reordering.dismiss}>
              {t("common.close")}
            </Button>
          </div>
        </Alert>
      ) : null}
      <p id={hintId} className="sr-only">
        {t(`roadmapTable.keys.${mode}`)}
      </p>
      <p id={reorderHintId} className="sr-only">
        {t("roadmapTable.reorder.hint")}
      </p>
      <p role="status" data-announcer="" className="sr-only">
        {announcement}
      </p>
      <div
        ref={scrollBox}
        className={cn(
          "relative overflow-auto rounded-lg border border-zinc-200 bg-white shadow-xs",
          virtual && "max-h-[min(70vh,48rem)]",
        )}
      >
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          modifiers={[verticalOnly]}
          onDragEnd={onDragEnd}
          accessibility={{
            screenReaderInstructions: { draggable: t("roadmapTable.reorder.hint") },
            announcements: {
              onDragStart: ({ active: a }) => t("roadmapTable.reorder.pickedUp", { title: titleOf(a.id) }),
              onDragOver: ({ active: a, over }) =>
                over
                  ? t("roadmapTable.reorder.over", { title: titleOf(a.id), position: positionOf(over.id) })
                  : undefined,
              onDragEnd: () => undefined,
              onDragCancel: ({ active: a }) => t("roadmapTable.reorder.cancelled", { title: titleOf(a.id) }),
            },
          }}
        >
          <table
            ref={grid}
            role="grid"
            aria-label={t("roadmapTable.caption", { title: roadmap.title })}
            aria-describedby={hintId}
            aria-rowcount={rows.length + 1}
            aria-colcount={colCount}
            aria-readonly={mode === "read" || undefined}
            onKeyDown={onKeyDown}
            onFocus={(event) => {
              const cell = (event.target as HTMLElement).dataset.cell;
              if (!cell) return;
              const [row = "", col = ""] = cell.split("|");
              if (col !== "group") setActive({ row, col: col as ColumnId });
              else setActive((a) => ({ ...a, row }));
            }}
            className="table-fixed border-separate border-spacing-0 text-start text-sm"
            style={{ inlineSize: `${tableWidth}rem` }}
          >
            <colgroup>
              {visibleColumns.map((c) => (
                <col key={c.id} style={{ inlineSize: `${phone ? c.width.narrow : c.width.wide}rem` }} />
              ))}
            </colgroup>
            <thead className="sticky top-0 z-30 bg-zinc-50">
              <tr role="row" aria-rowindex={1}>
                {visibleColumns.map((column, colIndex) => {
                  const tanstack = table.getColumn(column.id);
                  const direction = tanstack?.getIsSorted();
                  const sortable = tanstack?.getCanSort() ?? false;
                  const focusKey = cellKey(HEADER_ROW, column.id);
                  const tabIndex = activeRow === HEADER_ROW && activeCol === column.id ? 0 : -1;
                  const iconOnly = column.id === "drag" || column.id === "number";
                  return (
                    <th
                      key={column.id}
                      role="columnheader"
                      scope="col"
                      aria-colindex={colIndex + 1}
                      aria-sort={
                        !sortable
                          ? undefined
                          : direction === "asc"
                            ? "ascending"
                            : direction === "desc"
                              ? "descending"
                              : "none"
                      }
                      data-cell={sortable ? undefined : focusKey}
                      tabIndex={sortable ? undefined : tabIndex}
                      style={column.sticky ? { insetInlineStart: `${column.sticky.offset}rem` } : undefined}
                      className={cn(
                        // A long name wraps rather than run into the next column ("مجال تكنولوجيا
                        // المعلومات والاتصالات", "Source de financement"); the columns keep their widths.
                        "border-b border-zinc-200 px-2 py-2 align-bottom text-xs font-semibold text-zinc-600 md:px-3",
                        column.align === "end" ? "text-end" : "text-start",
                        iconOnly && "px-1",
                        stickyClasses(column, "bg-zinc-50"),
                        "outline-none focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600",
                      )}
                    >
                      {sortable ? (
                        <button
                          type="button"
                          data-cell={focusKey}
                          tabIndex={tabIndex}
                          onClick={() => tanstack?.toggleSorting(undefined, false)}
                          className={cn(
                            "inline-flex max-w-full items-center gap-1 rounded px-0.5 text-start hover:text-zinc-900",
                            direction && "text-zinc-900",
                            "outline-none focus-visible:outline-2 focus-visible:outline-brand-600",
                          )}
                        >
                          {column.label}
                          <span aria-hidden="true" className={cn("text-[0.625rem]", !direction && "text-zinc-300")}>
                            {direction === "asc" ? "▲" : direction === "desc" ? "▼" : "▲▼"}
                          </span>
                        </button>
                      ) : (
                        <span className={iconOnly ? "sr-only" : undefined}>{column.label}</span>
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {padStart > 0 ? (
                <tr aria-hidden="true">
                  <td colSpan={colCount} style={{ blockSize: `${padStart}px` }} />
                </tr>
              ) : null}
              <SortableContext items={itemIdsShown} strategy={verticalListSortingStrategy}>
                {shownRows.map(({ row, index }) => {
                  const key = rowKeyOf(row);
                  const measureRef = virtual && row.kind === "group" ? virtualizer.measureElement : undefined;
                  if (row.kind === "group") {
                    return (
                      <GroupRow
                        key={key}
                        groupBy={groupBy as Exclude<RoadmapGrouping, "none">}
                        value={row.value}
                        count={row.count}
                        subtotal={row.subtotal}
                        rowKey={key}
                        rowIndex={index + 2}
                        colSpan={colCount}
                        active={activeRow === key}
                        measureRef={measureRef}
                      />
                    );
                  }
                  return (
                    <ItemRow
                      key={key}
                      item={row.item}
                      number={numbers.get(row.item.id) ?? 0}
                      rowIndex={index + 2}
                      columns={visibleColumns}
                      mode={mode}
                      hasBaseline={roadmap.baselineRevision !== null}
                      compact={compact}
                      activeCol={activeRow === key ? activeCol : null}
                      editing={editing?.row === row.item.id ? editing : null}
                      saving={savingIds.has(row.item.id)}
                      canReorder={canReorder}
                      reorderHintId={reorderHintId}
                      onOpenItem={rowHandlers.open}
                      onStartEdit={rowHandlers.startEdit}
                      onCommit={rowHandlers.commit}
                      onCancel={rowHandlers.cancel}
                      measureRef={measureRef}
                    />
                  );
                })}
              </SortableContext>
              {padEnd > 0 ? (
                <tr aria-hidden="true">
                  <td colSpan={colCount} style={{ blockSize: `${padEnd}px` }} />
                </tr>
              ) : null}
            </tbody>
          </table>
        </DndContext>
      </div>
    </div>
  );
}
