// The plan under review, as a table or a timeline (the choice and the grouping live in the
// address, so a shared link opens the same view). The reviewer reads it; once it is
// endorsed, those who may update progress do it in the table's progress cells.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { cn } from "../../../../lib/cn.ts";
import { Select } from "../../../../components/ui/field.tsx";
import type { Roadmap } from "../../api/types.ts";
import { ROADMAP_GROUPINGS, type RoadmapGrouping } from "../../lib/grouping.ts";
import { RoadmapGantt } from "../gantt/roadmap-gantt.tsx";
import { RoadmapTable } from "../table/roadmap-table.tsx";

const VIEWS = ["table", "timeline"] as const;
type PlanView = (typeof VIEWS)[number];
const GROUPS = ROADMAP_GROUPINGS;

/** The view and grouping in the address: `?view=timeline&group=area`. */
export function usePlanView() {
  const [params, setParams] = useSearchParams();
  const view: PlanView = params.get("view") === "timeline" ? "timeline" : "table";
  const groupParam = params.get("group");
  const groupBy = GROUPS.find((g) => g === groupParam) ?? "none";
  const set = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  return {
    view,
    groupBy,
    setView: (v: PlanView) => set("view", v === "table" ? null : v),
    setGroupBy: (g: RoadmapGrouping) => set("group", g === "none" ? null : g),
  };
}

type ReviewPlanProps = {
  roadmap: Roadmap;
  /** progress: the progress cells are editable; read: nothing is. */
  mode: "progress" | "read";
  onOpenItem: (itemId: string) => void;
};

export function ReviewPlan({ roadmap, mode, onOpenItem }: ReviewPlanProps) {
  const { t } = useTranslation();
  const { view, groupBy, setView, setGroupBy } = usePlanView();
  const switchLabel = useId();

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div role="group" aria-labelledby={switchLabel} className="inline-flex rounded-md border border-zinc-300 p-0.5">
          <span id={switchLabel} className="sr-only">
            {t("roadmapReview.plan.viewLabel")}
          </span>
          {VIEWS.map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              onClick={() => setView(v)}
              className={cn(
                "rounded px-3 py-1 text-sm font-medium",
                view === v ? "bg-brand-600 text-white" : "text-zinc-700 hover:bg-zinc-100",
              )}
            >
              {t(`roadmapReview.plan.${v}`)}
            </button>
          ))}
        </div>
        <Select
          label={t("roadmapReview.plan.groupBy")}
          options={GROUPS.map((g) => ({ value: g, label: t(`roadmapReview.plan.group.${g}`) }))}
          value={groupBy}
          onChange={(event) => setGroupBy(event.target.value as RoadmapGrouping)}
          containerClassName="w-full sm:w-56"
        />
      </div>
      {mode === "progress" ? (
        <p className="text-xs text-zinc-500">
          {t(view === "table" ? "roadmapReview.plan.progressHint" : "roadmapReview.plan.progressHintTimeline")}
        </p>
      ) : null}
      {view === "table" ? (
        <RoadmapTable roadmap={roadmap} mode={mode} groupBy={groupBy} onOpenItem={onOpenItem} />
      ) : (
        <RoadmapGantt roadmap={roadmap} mode={mode} groupBy={groupBy} onOpenItem={onOpenItem} />
      )}
    </div>
  );
}
