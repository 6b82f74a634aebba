// One item's row of the Gantt: its title (the sticky start column) and its bar. A bar
// being dragged or nudged by keys keeps its new dates in its own state until they are
// saved, so a drag re-renders this row alone, never the 500 others (docs/decisions/0012).
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from "react";
import { useTranslation } from "react-i18next";
import { cn } from "../../../../lib/cn.ts";
import { formatDateRange } from "../../../../lib/format.ts";
import type { RoadmapItem } from "../../api/types.ts";
import type { RoadmapViewMode } from "../../lib/abilities.ts";
import { enumLabel } from "../../lib/field-values.ts";
import { ROW_HEIGHT } from "./gantt-rows.ts";
import {
  applyDrag,
  barBox,
  datesOf,
  slippedDays,
  snapDays,
  spanOf,
  type DragKind,
  type Span,
  type TimeScale,
} from "./time-scale.ts";

/** What a row asks of the Gantt; one stable object for every row. */
export type RowActions = {
  save: (item: RoadmapItem, span: Span) => Promise<boolean>;
  open: (itemId: string) => void;
  /** ArrowUp/ArrowDown: the previous or next item's bar takes the focus. */
  focusNext: (itemId: string, step: 1 | -1) => void;
  activate: (itemId: string) => void;
  announce: (text: string) => void;
  editDependencies: (itemId: string) => void;
  schedule: (item: RoadmapItem) => void;
};

type GanttItemRowProps = {
  item: RoadmapItem;
  scale: TimeScale;
  mode: RoadmapViewMode;
  /** The roving tab stop: the one bar of the chart that Tab reaches. */
  tabbable: boolean;
  saving: boolean;
  top: number;
  rtl: boolean;
  actions: RowActions;
};

/** Keyboard changes are saved together once the keys have rested this long. */
export const KEY_SAVE_DELAY_MS = 800;
/** A press that moves less than this many pixels is a click, not a drag. */
const DRAG_THRESHOLD_PX = 3;

type Drag = { kind: DragKind; originX: number; base: Span; days: number; moved: boolean; pointerId: number };

const progressStyles: Record<RoadmapItem["progress"], string> = {
  NOT_STARTED: "border-brand-600 bg-white text-brand-800",
  IN_PROGRESS:
    "border-brand-700 bg-brand-100 text-brand-800 bg-[repeating-linear-gradient(135deg,transparent_0_6px,rgb(79_70_229/0.22)_6px_12px)]",
  DONE: "border-brand-700 bg-brand-600 text-white",
  BLOCKED: "border-red-700 border-2 bg-red-50 text-red-800",
  DROPPED: "border-dashed border-zinc-400 bg-zinc-100 text-zinc-500 line-through",
};
/** A sign for each status besides its colour and pattern, so colour is never the only cue. */
const progressGlyphs: Record<RoadmapItem["progress"], string> = {
  NOT_STARTED: "○",
  IN_PROGRESS: "◐",
  DONE: "✓",
  BLOCKED: "!",
  DROPPED: "×",
};
/**
 * The progress label goes inside the bar when it fits there, else after the bar: about
 * 6.5 px a character of the 12px label, plus its glyph and padding ("Non commencée" needs
 * a longer bar than "Done").
 */
const LABEL_CHAR_PX = 6.5;
const LABEL_EXTRA_PX = 32;

const sameSpan = (a: Span | null, b: Span | null) =>
  a === b || (!!a && !!b && a.startDay === b.startDay && a.endDay === b.endDay);

function GanttItemRowImpl({ item, scale, mode, tabbable, saving, top, rtl, actions }: GanttItemRowProps) {
  const { t } = useTranslation();
  const editable = mode === "edit";
  const span = spanOf(item.startDate, item.endDate);
  // The dates shown while a drag or a series of keys is under way, until they are saved.
  const [preview, setPreview] = useState<Span | null>(null);
  const [dragging, setDragging] = useState(false);
  const drag = useRef<Drag | null>(null);
  const keyTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pendingKeys = useRef<Span | null>(null);
  const shown = preview ?? span;

  const rangeText = (s: Span) => {
    const { startDate, endDate } = datesOf(s);
    return formatDateRange(startDate, endDate);
  };

  const commit = useCallback(
    (next: Span) => {
      if (sameSpan(next, span)) {
        setPreview(null);
        return;
      }
      setPreview(next);
      void actions.save(item, next).then(() => setPreview(null));
    },
    [actions, item, span],
  );

  const flushKeys = useCallback(() => {
    if (keyTimer.current) clearTimeout(keyTimer.current);
    keyTimer.current = null;
    const pending = pendingKeys.current;
    pendingKeys.current = null;
    if (pending) commit(pending);
  }, [commit]);

  // A row scrolled out of the window while keys were pending still saves them.
  const flushRef = useRef(flushKeys);
  useLayoutEffect(() => {
    flushRef.current = flushKeys;
  });
  useEffect(() => () => flushRef.current(), []);

  function cancelKeys() {
    if (keyTimer.current) clearTimeout(keyTimer.current);
    keyTimer.current = null;
    pendingKeys.current = null;
    setPreview(null);
    actions.announce(t("gantt.announce.cancelled", { title: item.title }));
  }

  function nudge(kind: DragKind, days: number) {
    if (!span) return;
    const next = applyDrag(pendingKeys.current ?? preview ?? span, kind, days);
    pendingKeys.current = next;
    setPreview(next);
    actions.announce(t("gantt.announce.dates", { title: item.title, dates: rangeText(next) }));
    if (keyTimer.current) clearTimeout(keyTimer.current);
    keyTimer.current = setTimeout(flushKeys, KEY_SAVE_DELAY_MS);
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const later = rtl ? "ArrowLeft" : "ArrowRight";
    const earlier = rtl ? "ArrowRight" : "ArrowLeft";
    switch (event.key) {
      case "ArrowUp":
      case "ArrowDown":
        event.preventDefault();
        flushKeys();
        actions.focusNext(item.id, event.key === "ArrowDown" ? 1 : -1);
        return;
      case later:
      case earlier: {
        if (!editable || !span) return;
        event.preventDefault();
        const days = (event.shiftKey ? 7 : 1) * (event.key === later ? 1 : -1);
        nudge(event.altKey ? "end" : "move", days);
        return;
      }
      case "Enter":
        event.preventDefault();
        if (pendingKeys.current) flushKeys();
        else actions.open(item.id);
        return;
      case "Escape":
        if (pendingKeys.current) {
          event.preventDefault();
          event.stopPropagation();
          cancelKeys();
        }
        return;
    }
    if (!editable || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "d" || event.key === "D") {
      event.preventDefault();
      flushKeys();
      actions.editDependencies(item.id);
    } else if ((event.key === "s" || event.key === "S") && !span) {
      event.preventDefault();
      actions.schedule(item);
    }
  }

  // Escape cancels a drag: the listener lives as long as the drag does.
  useEffect(() => {
    if (!dragging) return;
    function onWindowKey(event: globalThis.KeyboardEvent) {
      if (event.key !== "Escape" || !drag.current) return;
      event.preventDefault();
      event.stopPropagation();
      drag.current = null;
      setDragging(false);
      setPreview(null);
      actions.announce(t("gantt.announce.cancelled", { title: item.title }));
    }
    window.addEventListener("keydown", onWindowKey, true);
    return () => window.removeEventListener("keydown", onWindowKey, true);
  }, [dragging, actions, item.title, t]);

  function onPointerDown(event: PointerEvent<HTMLElement>) {
    if (event.button !== 0) return;
    event.currentTarget.focus({ preventScroll: true });
    if (!editable || !span) return;
    const handle = (event.target as HTMLElement).closest("[data-handle]")?.getAttribute("data-handle");
    const kind: DragKind = handle === "start" || handle === "end" ? handle : "move";
    flushKeys();
    event.preventDefault();
    try {
      // Keeps the moves coming when the pointer leaves the bar; without it (a pointer the
      // browser no longer tracks) the drag still works while over the bar.
      event.currentTarget.setPointerCapture?.(event.pointerId);
    } catch {
      /* not capturable */
    }
    drag.current = {
      kind,
      originX: event.clientX,
      base: preview ?? span,
      days: 0,
      moved: false,
      pointerId: event.pointerId,
    };
    setDragging(true);
  }

  function onPointerMove(event: PointerEvent<HTMLElement>) {
    const current = drag.current;
    if (!current || event.pointerId !== current.pointerId) return;
    const dx = (event.clientX - current.originX) * (rtl ? -1 : 1);
    if (Math.abs(dx) >= DRAG_THRESHOLD_PX) current.moved = true;
    const days = snapDays(dx / scale.pxPerDay, scale.zoom);
    if (days === current.days) return;
    current.days = days;
    setPreview(applyDrag(current.base, current.kind, days));
  }

  function onPointerUp(event: PointerEvent<HTMLElement>) {
    const current = drag.current;
    if (!current || event.pointerId !== current.pointerId) {
      // A click in a mode without dragging opens the item.
      if (!editable && event.button === 0) actions.open(item.id);
      return;
    }
    drag.current = null;
    setDragging(false);
    if (event.currentTarget.hasPointerCapture?.(event.pointerId))
      event.currentTarget.releasePointerCapture(event.pointerId);
    if (!current.moved) {
      setPreview(null);
      actions.open(item.id); // a click, not a drag: nothing to save
      return;
    }
    const next = applyDrag(current.base, current.kind, current.days);
    actions.announce(t("gantt.announce.dates", { title: item.title, dates: rangeText(next) }));
    commit(next);
  }

  function onPointerCancel() {
    if (!drag.current) return;
    drag.current = null;
    setDragging(false);
    setPreview(null);
  }

  const progress = enumLabel("progress", item.progress);
  const baseline = spanOf(item.baseline?.startDate ?? null, item.baseline?.endDate ?? null);
  const slipped = slippedDays(shown ? datesOf(shown).endDate : null, item.baseline?.endDate);
  const box = shown ? barBox(scale, shown) : null;
  const labelInside = !!box && box.width >= progress.length * LABEL_CHAR_PX + LABEL_EXTRA_PX;
  const barLabel = [
    shown
      ? t("gantt.bar", { title: item.title, dates: rangeText(shown), progress })
      : t("gantt.barNoDates", { title: item.title, progress }),
    baseline ? t("gantt.baselineDates", { dates: rangeText(baseline) }) : null,
    slipped > 0 ? t("gantt.slipped", { count: slipped }) : null,
  ]
    .filter(Boolean)
    .join(". ");
  const shortcuts = editable
    ? span
      ? "ArrowLeft ArrowRight Alt+ArrowLeft Alt+ArrowRight Enter D"
      : "Enter S D"
    : "Enter";
  // The row's one focusable part, the bar or (without dates) its placeholder: the row's
  // tab stop, named and keyed alike.
  const barFocus = {
    role: "button",
    tabIndex: tabbable ? 0 : -1,
    "data-gantt-bar": item.id,
    "aria-label": barLabel,
    "aria-keyshortcuts": shortcuts,
    onKeyDown,
    onFocus: () => actions.activate(item.id),
  } as const;

  return (
    <div
      className={cn("pointer-events-none absolute start-0 top-0 flex", dragging && "z-[2]")}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      data-gantt-row={item.id}
    >
      <div className="pointer-events-auto sticky start-0 z-[2] flex w-(--gantt-title) shrink-0 items-center gap-1 border-e border-b border-zinc-200 bg-white ps-3 pe-1">
        <button
          type="button"
          tabIndex={-1}
          onClick={() => actions.open(item.id)}
          // A title reads in its own direction (a Latin title on an Arabic page is cut at
          // its end, not its start): people's own text, not the interface's.
          dir="auto"
          className="line-clamp-2 min-w-0 flex-1 text-start text-xs leading-4 break-words text-zinc-800 hover:text-brand-700 hover:underline sm:line-clamp-1 sm:text-sm sm:leading-5"
          title={item.title}
        >
          {item.title}
        </button>
        {editable ? (
          <button
            type="button"
            tabIndex={tabbable ? 0 : -1}
            onClick={() => actions.editDependencies(item.id)}
            className="shrink-0 rounded p-0.5 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800 sm:p-1"
            aria-label={t("gantt.dependencies.button", { title: item.title })}
            title={t("gantt.dependencies.button", { title: item.title })}
          >
            <svg
              aria-hidden="true"
              viewBox="0 0 20 20"
              className="size-4 rtl:-scale-x-100"
              fill="none"
              stroke="currentColor"
            >
              <path d="M3 5h5v4h4v6h5M15 12l2 3-2 3" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          </button>
        ) : null}
      </div>
      <div className="relative shrink-0 border-b border-zinc-100" style={{ width: scale.width }}>
        {baseline ? (
          <div
            aria-hidden="true"
            data-testid="baseline-ghost"
            className="absolute bottom-1 h-1.5 rounded-sm border border-dashed border-zinc-500 bg-zinc-300/60"
            style={{ insetInlineStart: barBox(scale, baseline).x, width: barBox(scale, baseline).width }}
          />
        ) : null}
        {box ? (
          <>
            <div
              {...barFocus}
              aria-busy={saving || undefined}
              onBlur={flushKeys}
              onPointerDown={onPointerDown}
              onPointerMove={onPointerMove}
              onPointerUp={onPointerUp}
              onPointerCancel={onPointerCancel}
              onLostPointerCapture={onPointerCancel}
              className={cn(
                "pointer-events-auto absolute top-1.5 flex h-6 touch-none items-center overflow-hidden rounded border text-xs font-medium select-none",
                progressStyles[item.progress],
                editable ? "cursor-grab active:cursor-grabbing" : "cursor-pointer",
                saving && "opacity-70",
                dragging && "ring-2 ring-brand-600 ring-offset-1",
              )}
              style={{ insetInlineStart: box.x, width: box.width }}
            >
              {editable ? (
                <span
                  data-handle="start"
                  aria-hidden="true"
                  className="absolute inset-y-0 start-0 w-2 cursor-ew-resize hover:bg-brand-700/30"
                />
              ) : null}
              {labelInside ? (
                <span className="truncate px-2" aria-hidden="true">
                  {progressGlyphs[item.progress]} {progress}
                </span>
              ) : null}
              {editable ? (
                <span
                  data-handle="end"
                  aria-hidden="true"
                  className="absolute inset-y-0 end-0 w-2 cursor-ew-resize hover:bg-brand-700/30"
                />
              ) : null}
            </div>
            {!labelInside || slipped > 0 ? (
              <div
                aria-hidden="true"
                className="absolute top-1.5 flex h-6 items-center gap-1.5 ps-1.5 text-xs whitespace-nowrap"
                style={{ insetInlineStart: box.x + box.width }}
              >
                {!labelInside ? (
                  <span className="text-zinc-700">
                    {progressGlyphs[item.progress]} {progress}
                  </span>
                ) : null}
                {slipped > 0 ? (
                  <span
                    data-testid="slipped-marker"
                    className="rounded border border-amber-300 bg-amber-50 px-1.5 font-medium text-amber-900"
                  >
                    {t("gantt.slipped", { count: slipped })}
                  </span>
                ) : null}
              </div>
            ) : null}
            {dragging && preview ? (
              <div
                role="status"
                className="absolute top-full z-10 mt-0.5 rounded bg-zinc-900 px-2 py-1 text-xs whitespace-nowrap text-white shadow"
                style={{ insetInlineStart: box.x }}
              >
                {rangeText(preview)}
              </div>
            ) : null}
          </>
        ) : (
          <div className="pointer-events-auto sticky start-(--gantt-title) flex h-full w-max items-center gap-2 ps-2">
            <span
              {...barFocus}
              onClick={() => actions.open(item.id)}
              className="cursor-pointer rounded border border-dashed border-zinc-300 px-2 py-0.5 text-xs text-zinc-500 italic"
            >
              {t("gantt.noDates")}
            </span>
            {editable ? (
              <button
                type="button"
                tabIndex={tabbable ? 0 : -1}
                onClick={() => actions.schedule(item)}
                disabled={saving}
                className="rounded border border-brand-600 px-2 py-0.5 text-xs font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-50"
                aria-label={t("gantt.scheduleItem", { title: item.title })}
              >
                {t("gantt.schedule")}
              </button>
            ) : null}
          </div>
        )}
      </div>
    </div>
  );
}

export const GanttItemRow = memo(GanttItemRowImpl);
