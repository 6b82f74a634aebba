// The roadmap's timeline (Gantt) view: the items as bars on a time axis, in their groups,
// with the endorsed baseline behind them and arrows for dependencies. Composed from
// @tanstack/react-virtual (rows), pointer events with capture (dragging) and SVG (arrows),
// not a Gantt library: docs/decisions/0012-roadmap-gantt.md says why.
//
// One scrolling box holds everything: the header sticks to its top, the titles to its
// start side, and only the rows near the screen exist (5,000 items stay light). A bar's
// drag lives in that bar's row; this component re-renders when the rows, the zoom or the
// roving focus change, never on a pointer move.
import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { cn } from "../../../../lib/cn.ts";
import { formatDateRange } from "../../../../lib/format.ts";
import type { Roadmap } from "../../api/types.ts";
import { useSaveItem } from "../../api/use-save-item.ts";
import type { RoadmapViewMode } from "../../lib/abilities.ts";
import { enumLabel } from "../../lib/field-values.ts";
import type { RoadmapGrouping } from "../../lib/grouping.ts";
import { DependencyPicker } from "./dependency-picker.tsx";
import { GanttArrows, type Arrow, type ArrowEnd } from "./gantt-arrows.tsx";
import { GanttItemRow, type RowActions } from "./gantt-item-row.tsx";
import { buildRows, GROUP_ROW_HEIGHT, ROW_HEIGHT } from "./gantt-rows.ts";
import { GanttShortcuts } from "./gantt-shortcuts.tsx";
import {
  axisCells,
  createScale,
  datesOf,
  defaultSpan,
  fitZoom,
  gridLines,
  spanOf,
  timelineRange,
  todayDay,
  ZOOMS,
  type Span,
  type Zoom,
} from "./time-scale.ts";

export type RoadmapGanttProps = {
  roadmap: Roadmap;
  /** edit: drag and keys change dates and dependencies; progress and read: bars only open their item. */
  mode: RoadmapViewMode;
  groupBy: RoadmapGrouping;
  onOpenItem: (itemId: string) => void;
};

/** The axis: a row of years over a row of months or quarters. */
export const HEADER_HEIGHT = 48;
/** Rows rendered beyond the visible ones, above and below (arrows reach them too). */
const OVERSCAN = 8;
/** Where a bar's middle is in its row (gantt-item-row.tsx: top-1.5, h-6). */
const BAR_MIDDLE = 18;

/** About how wide a character of the 11px axis text is, and the cell's padding and border. */
const QUARTER_CHAR_PX = 5.5;
const QUARTER_PADDING_PX = 6;

const quoteAttr = (value: string) => value.replace(/["\\]/g, "\\$&");

export function RoadmapGantt({ roadmap, mode, groupBy, onOpenItem }: RoadmapGanttProps) {
  const { t, i18n } = useTranslation();
  const rtl = i18n.dir() === "rtl";
  // A quarter's name where it fits ("Q1", "T1", "الربع 1"), else its number alone: at the
  // years zoom on a phone a quarter is under 30 px wide.
  const quarterLabel = (quarter: number, width: number) => {
    const label = t("gantt.quarter", { quarter: String(quarter) });
    return label.length * QUARTER_CHAR_PX + QUARTER_PADDING_PX <= width ? label : String(quarter);
  };
  const { save, savingIds } = useSaveItem(roadmap);
  const [zoomChoice, setZoomChoice] = useState<Zoom | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [pickerFor, setPickerFor] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const cornerRef = useRef<HTMLDivElement>(null);
  const liveRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const chartWidth = useChartWidth(scrollRef, cornerRef);

  const rows = useMemo(() => buildRows(roadmap.items, groupBy), [roadmap.items, groupBy]);
  const rowIndex = useMemo(() => new Map(rows.map((row, index) => [row.key, index])), [rows]);
  const range = useMemo(() => {
    const spans: Span[] = [];
    for (const item of roadmap.items) {
      const span = spanOf(item.startDate, item.endDate);
      if (span) spans.push(span);
    }
    return timelineRange(roadmap.horizonStart, roadmap.horizonEnd, spans);
  }, [roadmap.items, roadmap.horizonStart, roadmap.horizonEnd]);
  const zoom = zoomChoice ?? (chartWidth > 0 ? fitZoom(range, chartWidth) : "quarters");
  // The chart fills its box; a pixel is kept back so that no horizontal scrollbar appears.
  const scale = useMemo(() => createScale(zoom, range, Math.max(0, chartWidth - 1)), [zoom, range, chartWidth]);
  const axis = useMemo(() => axisCells(scale), [scale]);
  const lines = useMemo(() => gridLines(scale), [scale]);
  const today = todayDay();
  const todayInside = today >= range.startDay && today < range.endDay;

  const estimateSize = useCallback(
    (index: number) => (rows[index]?.kind === "group" ? GROUP_ROW_HEIGHT : ROW_HEIGHT),
    [rows],
  );
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: OVERSCAN,
    paddingStart: HEADER_HEIGHT,
    // Until the box is measured (and in tests, where nothing has a size): a desktop's view.
    initialRect: { width: 1024, height: 640 },
  });
  const virtualRows = virtualizer.getVirtualItems();
  const totalHeight = virtualizer.getTotalSize();

  // What rows need, in one object that never changes, so memoised rows stay untouched.
  const latest = useRef({ save, onOpenItem, rows, rowIndex, range, virtualizer });
  useLayoutEffect(() => {
    latest.current = { save, onOpenItem, rows, rowIndex, range, virtualizer };
  });
  const actions = useMemo<RowActions>(() => {
    const announce = (text: string) => {
      if (liveRef.current) liveRef.current.textContent = text;
    };
    return {
      save: (item, span) => latest.current.save(item, datesOf(span)),
      open: (itemId) => latest.current.onOpenItem(itemId),
      activate: (itemId) => setActiveId(itemId),
      announce,
      editDependencies: (itemId) => setPickerFor(itemId),
      focusNext: (itemId, step) => {
        const { rows, rowIndex, virtualizer } = latest.current;
        let index = rowIndex.get(itemId) ?? -1;
        do index += step;
        while (index >= 0 && index < rows.length && rows[index]?.kind !== "item");
        const row = rows[index];
        if (!row || row.kind !== "item") return;
        pendingFocus.current = row.item.id;
        setActiveId(row.item.id);
        virtualizer.scrollToIndex(index, { align: "auto" });
      },
      schedule: (item) => {
        const span = defaultSpan(latest.current.range, todayDay());
        const { startDate, endDate } = datesOf(span);
        announce(t("gantt.announce.scheduled", { title: item.title, dates: formatDateRange(startDate, endDate) }));
        pendingFocus.current = item.id;
        void latest.current.save(item, { startDate, endDate });
      },
    };
  }, [t]);

  // The bar that asked for the focus (keys, scheduling) takes it once its row is rendered.
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    const bar = scrollRef.current?.querySelector<HTMLElement>(`[data-gantt-bar="${quoteAttr(id)}"]`);
    if (!bar) return;
    pendingFocus.current = null;
    if (document.activeElement !== bar) bar.focus();
  });

  // Open where today is, when it is inside the timeline.
  const todayX = scale.xOfDay(today);
  useEffect(() => {
    const box = scrollRef.current;
    if (!box || !todayInside || chartWidth <= 0) return;
    const left = Math.max(0, todayX - chartWidth / 3);
    box.scrollTo?.({ left: rtl ? -left : left });
  }, [zoom, todayInside, todayX, chartWidth, rtl]);

  // The roving tab stop: the active bar, or the first item on screen when it is not rendered.
  const renderedItems = virtualRows.flatMap((v) => {
    const row = rows[v.index];
    return row?.kind === "item" ? [row.item.id] : [];
  });
  const tabStop = activeId && renderedItems.includes(activeId) ? activeId : (renderedItems[0] ?? null);

  const arrows = useMemo(() => {
    const ends = new Map<string, ArrowEnd>();
    for (const v of virtualRows) {
      const row = rows[v.index];
      if (row?.kind !== "item") continue;
      const span = spanOf(row.item.startDate, row.item.endDate);
      if (span) ends.set(row.item.id, { id: row.item.id, title: row.item.title, span, y: v.start + BAR_MIDDLE });
    }
    const list: Arrow[] = [];
    for (const v of virtualRows) {
      const row = rows[v.index];
      if (row?.kind !== "item") continue;
      const to = ends.get(row.item.id);
      if (!to) continue;
      for (const prerequisite of row.item.dependsOn) {
        const from = ends.get(prerequisite);
        if (from) list.push({ from, to });
      }
    }
    return list;
  }, [virtualRows, rows]);
  const windowTop = virtualRows[0]?.start ?? 0;
  const windowHeight = (virtualRows[virtualRows.length - 1]?.end ?? 0) - windowTop;
  const onSelectArrow = useCallback((arrow: Arrow) => setPickerFor(arrow.to.id), []);

  const contentWidth = `calc(var(--gantt-title) + ${scale.width}px)`;
  const monthFormat = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { month: "short", timeZone: "UTC" }),
    [i18n.language],
  );
  const hasBaseline = roadmap.items.some((i) => i.baseline?.startDate || i.baseline?.endDate);

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div role="group" aria-label={t("gantt.zoom.label")} className="inline-flex rounded-md shadow-sm">
          {ZOOMS.map((z, index) => (
            <button
              key={z}
              type="button"
              aria-pressed={zoom === z}
              onClick={() => setZoomChoice(z)}
              className={cn(
                "h-8 border border-zinc-300 px-3 text-xs font-medium",
                index > 0 && "-ms-px",
                index === 0 && "rounded-s-md",
                index === ZOOMS.length - 1 && "rounded-e-md",
                zoom === z
                  ? "z-[1] border-brand-600 bg-brand-600 text-white"
                  : "bg-white text-zinc-800 hover:bg-zinc-50",
              )}
            >
              {t(`gantt.zoom.${z}`)}
            </button>
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-3 text-xs text-zinc-600">
          {todayInside ? (
            <span className="inline-flex items-center gap-1.5">
              <span aria-hidden="true" className="h-3 w-0.5 bg-rose-500" />
              {t("gantt.today")}
            </span>
          ) : null}
          {hasBaseline ? (
            <span className="inline-flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="h-1.5 w-5 rounded-sm border border-dashed border-zinc-500 bg-zinc-300/60"
              />
              {t("gantt.baselineLegend")}
            </span>
          ) : null}
          <GanttShortcuts mode={mode} />
        </div>
      </div>

      <p id="gantt-keys-hint" className="sr-only">
        {mode === "edit" ? t("gantt.hint.edit") : t("gantt.hint.read")}
      </p>
      <div ref={liveRef} aria-live="polite" className="sr-only" />

      <div
        ref={scrollRef}
        role="group"
        aria-label={t("gantt.title")}
        aria-describedby="gantt-keys-hint"
        data-testid="gantt-scroll"
        className="relative max-h-[70vh] min-h-40 scroll-pt-12 scroll-ps-(--gantt-title) overflow-auto overscroll-contain rounded-lg border border-zinc-200 bg-white [--gantt-title:9rem] sm:[--gantt-title:16rem]"
      >
        <div className="relative" style={{ width: contentWidth, height: Math.max(totalHeight, HEADER_HEIGHT) }}>
          <div className="sticky top-0 z-[3] flex" style={{ height: HEADER_HEIGHT, width: contentWidth }}>
            <div
              ref={cornerRef}
              className="sticky start-0 z-[4] flex w-(--gantt-title) shrink-0 items-end border-e border-b border-zinc-200 bg-white ps-3 pb-1.5 text-xs font-semibold text-zinc-700"
            >
              {t("gantt.itemsColumn")}
            </div>
            <div
              aria-hidden="true"
              className="relative shrink-0 border-b border-zinc-200 bg-white"
              style={{ width: scale.width }}
            >
              {axis.top.map((cell) => (
                <div
                  key={`y${cell.year}`}
                  className="absolute top-0 h-6 overflow-clip border-s border-zinc-300 ps-1.5 text-xs leading-6 font-semibold text-zinc-800"
                  style={{
                    insetInlineStart: scale.xOfDay(cell.startDay),
                    width: (cell.endDay - cell.startDay) * scale.pxPerDay,
                  }}
                >
                  <span className="sticky start-(--gantt-title)">{cell.year}</span>
                </div>
              ))}
              {axis.bottom.map((cell) => (
                <div
                  key={`c${cell.year}-${cell.month0}`}
                  className="absolute top-6 h-6 overflow-clip border-s border-zinc-200 ps-1 text-[11px] leading-6 whitespace-nowrap text-zinc-600"
                  style={{
                    insetInlineStart: scale.xOfDay(cell.startDay),
                    width: (cell.endDay - cell.startDay) * scale.pxPerDay,
                  }}
                >
                  {zoom === "months"
                    ? monthFormat.format(new Date(Date.UTC(cell.year, cell.month0, 1)))
                    : quarterLabel(cell.month0 / 3 + 1, (cell.endDay - cell.startDay) * scale.pxPerDay)}
                </div>
              ))}
              {todayInside ? (
                <div
                  className="absolute bottom-0 z-[1] -translate-x-1/2 rounded-t bg-rose-500 px-1 text-[10px] leading-4 font-semibold text-white rtl:translate-x-1/2"
                  style={{ insetInlineStart: todayX }}
                >
                  {t("gantt.today")}
                </div>
              ) : null}
            </div>
          </div>

          <div
            aria-hidden="true"
            data-testid="gantt-grid"
            className="pointer-events-none absolute"
            style={{
              insetInlineStart: "var(--gantt-title)",
              top: HEADER_HEIGHT,
              width: scale.width,
              height: Math.max(0, totalHeight - HEADER_HEIGHT),
            }}
          >
            {lines.map((line) => (
              <div
                key={line.day}
                className={cn(
                  "absolute inset-y-0 w-px",
                  line.kind === "year" ? "bg-zinc-300" : line.kind === "quarter" ? "bg-zinc-200" : "bg-zinc-100",
                )}
                style={{ insetInlineStart: scale.xOfDay(line.day) }}
              />
            ))}
            {todayInside ? (
              <div
                data-testid="gantt-today"
                className="absolute inset-y-0 w-0.5 bg-rose-500/80"
                style={{ insetInlineStart: todayX }}
              />
            ) : null}
          </div>

          <GanttArrows
            arrows={arrows}
            scale={scale}
            top={windowTop}
            height={windowHeight}
            rtl={rtl}
            onSelect={mode === "edit" ? onSelectArrow : undefined}
          />

          {virtualRows.map((v) => {
            const row = rows[v.index];
            if (!row) return null;
            if (row.kind === "group") {
              return (
                <div
                  key={row.key}
                  className="absolute start-0 top-0 border-b border-zinc-200 bg-zinc-100"
                  style={{ transform: `translateY(${v.start}px)`, height: GROUP_ROW_HEIGHT, width: contentWidth }}
                >
                  <div className="sticky start-0 flex h-full w-max max-w-[calc(100vw-3rem)] items-center gap-2 ps-3 text-xs font-semibold text-zinc-800">
                    <span className="truncate">
                      {row.value === null
                        ? t("gantt.noGroup")
                        : groupBy === "area"
                          ? enumLabel("area", row.value)
                          : row.value}
                    </span>
                    <span className="shrink-0 font-normal whitespace-nowrap text-zinc-600">
                      {t("gantt.groupCount", { count: row.count })}
                    </span>
                  </div>
                </div>
              );
            }
            return (
              <GanttItemRow
                key={row.key}
                item={row.item}
                scale={scale}
                mode={mode}
                tabbable={row.item.id === tabStop}
                saving={savingIds.has(row.item.id)}
                top={v.start}
                rtl={rtl}
                actions={actions}
              />
            );
          })}
        </div>
        {rows.length === 0 ? (
          <p className="sticky start-0 px-4 py-6 text-sm text-zinc-600">{t("gantt.empty")}</p>
        ) : null}
      </div>

      <DependencyPicker
        roadmap={roadmap}
        itemId={pickerFor}
        onClose={() => setPickerFor(null)}
        readOnly={mode !== "edit"}
      />
    </div>
  );
}

/** The chart's visible width (the box less the title column), followed as the box resizes. */
function useChartWidth(
  scrollRef: RefObject<HTMLDivElement | null>,
  cornerRef: RefObject<HTMLDivElement | null>,
): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!box) return;
    const measure = () => setWidth(Math.max(0, box.clientWidth - (cornerRef.current?.offsetWidth ?? 0)));
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [scrollRef, cornerRef]);
  return width;
}
