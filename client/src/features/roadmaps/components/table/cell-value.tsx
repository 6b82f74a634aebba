// What a cell shows when it is not being edited, with the plan measured against the
// endorsed baseline: a moved start, a slipped end, a changed cost carry a marker whose
// title and screen-reader text say what the baseline held ("was 31 Mar 2027").
import type { TFunction } from "i18next";
import type { Priority } from "@hemicycle/shared/enums";
import { Badge, type BadgeTone } from "../../../../components/ui/badge.tsx";
import { cn } from "../../../../lib/cn.ts";
import { formatDate } from "../../../../lib/format.ts";
import type { RoadmapItem } from "../../api/types.ts";
import { enumLabel } from "../../lib/field-values.ts";
import { formatCost, toCents } from "../../lib/money.ts";
import { ProgressBadge } from "../item/progress-badge.tsx";
import type { ColumnId } from "./table-columns.ts";

const PRIORITY_TONE: Record<Priority, BadgeTone> = { HIGH: "red", MEDIUM: "yellow", LOW: "gray" };

type Change = "later" | "earlier" | "changed";

/** How the plan moved from the baseline, or null when it did not. */
function dateChange(now: Date | null, was: Date | null): Change | null {
  if ((now?.getTime() ?? null) === (was?.getTime() ?? null)) return null;
  if (now && was) return now > was ? "later" : "earlier";
  return "changed";
}

function costChange(item: RoadmapItem): Change | null {
  const was = item.baseline;
  if (!was) return null;
  const nowCents = item.costEstimate === null ? null : toCents(item.costEstimate);
  const wasCents = was.costEstimate === null ? null : toCents(was.costEstimate);
  if (nowCents === wasCents && item.currency === was.currency) return null;
  if (nowCents !== null && wasCents !== null && item.currency === was.currency) {
    return nowCents > wasCents ? "later" : "earlier";
  }
  return "changed";
}

type Translate = TFunction;

function BaselineMarker({
  change,
  was,
  kind,
  t,
}: {
  change: Change;
  was: string;
  kind: "start" | "end" | "cost";
  t: Translate;
}) {
  // A later end is a slip, a higher cost an overrun: those stand out; the rest are noted.
  const warn = change === "later" && kind !== "start";
  const arrow = change === "later" ? "▲" : change === "earlier" ? "▼" : "●";
  const wasText = t("roadmapTable.baseline.was", { value: was });
  return (
    <span
      title={t("roadmapTable.baseline.title", { value: was })}
      className={cn(
        "ms-1 inline-flex items-center rounded px-1 text-[0.625rem] leading-4 font-semibold",
        warn ? "bg-orange-100 text-orange-800" : "bg-sky-100 text-sky-800",
      )}
    >
      <span aria-hidden="true">{arrow}</span>
      <span className="sr-only">{` (${wasText})`}</span>
    </span>
  );
}

/** An empty cell: a dash to the eye, "None" to a screen reader. */
function Empty({ t }: { t: Translate }) {
  return (
    <span className="text-zinc-400">
      <span aria-hidden="true">—</span>
      <span className="sr-only">{t("common.none")}</span>
    </span>
  );
}

/** A date with its marker when it moved from the baseline. */
function DateValue({ item, field, t }: { item: RoadmapItem; field: "startDate" | "endDate"; t: Translate }) {
  const now = item[field];
  const was = item.baseline ? item.baseline[field] : null;
  const change = item.baseline ? dateChange(now, was) : null;
  return (
    <span className="whitespace-nowrap">
      {now ? formatDate(now) : <Empty t={t} />}
      {change ? (
        <BaselineMarker
          change={change}
          was={was ? formatDate(was) : t("common.none")}
          kind={field === "startDate" ? "start" : "end"}
          t={t}
        />
      ) : null}
    </span>
  );
}

type CellValueProps = {
  columnId: ColumnId;
  item: RoadmapItem;
  /** The roadmap was endorsed once: its items are measured against that baseline. */
  hasBaseline: boolean;
  /** The row's translate function: a hook per cell costs too much in a long table. */
  t: Translate;
};

export function CellValue({ columnId, item, hasBaseline, t }: CellValueProps) {
  const none = t("common.none");
  const baseline = item.baseline;
  switch (columnId) {
    case "title":
      return (
        <span className="flex items-start gap-1.5">
          <span dir="auto" className="line-clamp-2 font-medium text-zinc-900">
            {item.title}
          </span>
          {hasBaseline && !baseline ? (
            <Badge tone="indigo" title={t("roadmapTable.baseline.newTitle")}>
              {t("roadmapTable.baseline.new")}
            </Badge>
          ) : null}
        </span>
      );
    case "area":
      return <span title={enumLabel("area", item.area)}>{t(`ictAreaShort.${item.area}`)}</span>;
    case "term":
      return <>{enumLabel("term", item.term)}</>;
    case "priority":
      return <Badge tone={PRIORITY_TONE[item.priority]}>{enumLabel("priority", item.priority)}</Badge>;
    case "progress":
      // Wraps in a narrow column rather than run out of it ("Non commencée" on a phone).
      return <ProgressBadge progress={item.progress} className="whitespace-normal!" />;
    case "startDate":
    case "endDate":
      return <DateValue item={item} field={columnId} t={t} />;
    case "dates":
      // A phone's compact table: the start above the end.
      return item.startDate || item.endDate ? (
        <span className="flex flex-col text-xs leading-5">
          <DateValue item={item} field="startDate" t={t} />
          <DateValue item={item} field="endDate" t={t} />
        </span>
      ) : (
        <Empty t={t} />
      );
    case "cost": {
      const change = costChange(item);
      const was = baseline?.costEstimate != null ? formatCost(baseline.costEstimate, baseline.currency) : none;
      return (
        <span className="whitespace-nowrap tabular-nums">
          {item.costEstimate !== null ? formatCost(item.costEstimate, item.currency) : <Empty t={t} />}
          {change ? <BaselineMarker change={change} was={was} kind="cost" t={t} /> : null}
        </span>
      );
    }
    case "strategicObjective":
    case "responsibleUnit":
    case "fundingSource":
    case "progressNote": {
      const value = item[columnId];
      return value ? (
        <span dir="auto" className="line-clamp-2" title={value}>
          {value}
        </span>
      ) : (
        <Empty t={t} />
      );
    }
    default:
      return null;
  }
}
