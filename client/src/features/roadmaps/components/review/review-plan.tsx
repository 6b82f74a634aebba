// The plan under review, as a table or a timeline (the choice and the grouping live in the
// address, as in the editor, so a shared link opens the same view). The reviewer reads it;
// once it is endorsed, those who may update progress do it in the table's progress cells.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { cn } from "../../../../lib/cn.ts";
import type { Roadmap } from "../../api/types.ts";
import { useRoadmapView } from "../../hooks/use-roadmap-view.ts";
import { GroupingSelect } from "../page/grouping-select.tsx";
import { PLAN_VIEWS, RoadmapPlan } from "../page/roadmap-plan.tsx";

type ReviewPlanProps = {
  roadmap: Roadmap;
  /** progress: the progress cells are editable; read: nothing is. */
  mode: "progress" | "read";
  onOpenItem: (itemId: string) => void;
};

export function ReviewPlan({ roadmap, mode, onOpenItem }: ReviewPlanProps) {
  const { t } = useTranslation();
  const { view, groupBy, setView, setGroupBy } = useRoadmapView(PLAN_VIEWS);
  const switchLabel = useId();

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div role="group" aria-labelledby={switchLabel} className="inline-flex rounded-md border border-zinc-300 p-0.5">
          <span id={switchLabel} className="sr-only">
            {t("roadmapReview.plan.viewLabel")}
          </span>
          {PLAN_VIEWS.map((v) => (
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
        <GroupingSelect value={groupBy} onChange={setGroupBy} />
      </div>
      {mode === "progress" ? (
        <p className="text-xs text-zinc-500">
          {t(view === "table" ? "roadmapReview.plan.progressHint" : "roadmapReview.plan.progressHintTimeline")}
        </p>
      ) : null}
      <RoadmapPlan roadmap={roadmap} view={view} mode={mode} groupBy={groupBy} onOpenItem={onOpenItem} />
    </div>
  );
}
