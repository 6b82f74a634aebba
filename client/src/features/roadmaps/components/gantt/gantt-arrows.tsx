// Dependency arrows, from the end of a prerequisite's bar to the start of its dependent's,
// for the rows the virtualiser has rendered (the window plus its overscan): with 5,000
// items only the arrows near the screen exist. SVG has no logical coordinates, so in a
// right-to-left page the drawing flips itself around the timeline's middle.
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { barBox, type Span, type TimeScale } from "./time-scale.ts";

export type ArrowEnd = { id: string; title: string; span: Span; y: number };
export type Arrow = { from: ArrowEnd; to: ArrowEnd };

type GanttArrowsProps = {
  arrows: readonly Arrow[];
  scale: TimeScale;
  /** The first and last pixel (from the top of the rows) that the drawing must cover. */
  top: number;
  height: number;
  rtl: boolean;
  /** An arrow was clicked: the dependent's dependencies open, to remove it. */
  onSelect?: (arrow: Arrow) => void;
};

const STUB = 8;
const HEAD = 5;

/** An elbow path: out of the prerequisite's end, down or up, into the dependent's start. */
export function arrowPath(scale: TimeScale, arrow: Arrow, top: number): string {
  const from = barBox(scale, arrow.from.span);
  const x1 = from.x + from.width;
  const y1 = arrow.from.y - top;
  const x2 = barBox(scale, arrow.to.span).x;
  const y2 = arrow.to.y - top;
  if (x2 - x1 >= 2 * STUB) {
    const xm = x1 + STUB;
    return `M${x1} ${y1}H${xm}V${y2}H${x2}`;
  }
  // The dependent starts before the prerequisite ends (or just after): go round.
  const ym = y1 + (y2 > y1 ? 1 : -1) * 16;
  return `M${x1} ${y1}H${x1 + STUB}V${ym}H${x2 - STUB}V${y2}H${x2}`;
}

function GanttArrowsImpl({ arrows, scale, top, height, rtl, onSelect }: GanttArrowsProps) {
  const { t } = useTranslation();
  if (arrows.length === 0) return null;
  return (
    <svg
      aria-hidden="true"
      data-testid="gantt-arrows"
      className="pointer-events-none absolute overflow-visible text-zinc-500"
      style={{ insetInlineStart: "var(--gantt-title)", top, width: scale.width, height }}
      width={scale.width}
      height={height}
    >
      <defs>
        <marker
          id="gantt-arrowhead"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth={HEAD}
          markerHeight={HEAD}
          orient="auto"
        >
          <path d="M0 0L10 5L0 10z" fill="currentColor" />
        </marker>
      </defs>
      <g transform={rtl ? `translate(${scale.width} 0) scale(-1 1)` : undefined}>
        {arrows.map((arrow) => {
          const d = arrowPath(scale, arrow, top);
          return (
            <g key={`${arrow.from.id}>${arrow.to.id}`} data-arrow={`${arrow.from.id}>${arrow.to.id}`}>
              <path d={d} fill="none" stroke="currentColor" strokeWidth={1.25} markerEnd="url(#gantt-arrowhead)" />
              {onSelect ? (
                // A wide invisible stroke makes the thin arrow easy to hit with a pointer.
                <path
                  d={d}
                  fill="none"
                  stroke="transparent"
                  strokeWidth={10}
                  className="[pointer-events:stroke] cursor-pointer hover:stroke-brand-600/30"
                  onClick={() => onSelect(arrow)}
                >
                  <title>{t("gantt.dependencies.arrow", { from: arrow.from.title, to: arrow.to.title })}</title>
                </path>
              ) : null}
            </g>
          );
        })}
      </g>
    </svg>
  );
}

export const GanttArrows = memo(GanttArrowsImpl);
