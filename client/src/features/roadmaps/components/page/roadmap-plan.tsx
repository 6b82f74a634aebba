// The plan itself, as the table or the timeline, for the editor and the review alike. A
// roadmap without items says so once, whichever view is chosen, and offers its editors
// the two ways to begin.
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/button.tsx";
import { EmptyState } from "../../../../components/ui/empty-state.tsx";
import type { Roadmap } from "../../api/types.ts";
import type { RoadmapViewMode } from "../../lib/abilities.ts";
import type { RoadmapGrouping } from "../../lib/grouping.ts";
import { RoadmapGantt } from "../gantt/roadmap-gantt.tsx";
import { RoadmapTable } from "../table/roadmap-table.tsx";

export const PLAN_VIEWS = ["table", "timeline"] as const;
export type PlanView = (typeof PLAN_VIEWS)[number];

export const isPlanView = (view: string): view is PlanView => (PLAN_VIEWS as readonly string[]).includes(view);

type RoadmapPlanProps = {
  roadmap: Roadmap;
  view: PlanView;
  /** edit: everything; progress: the progress only; read: nothing. */
  mode: RoadmapViewMode;
  groupBy: RoadmapGrouping;
  /** Opens an item's dialog. */
  onOpenItem: (itemId: string) => void;
  /** An empty roadmap's "Add item" (edit mode). */
  onAddItem?: (() => void) | undefined;
  /** An empty roadmap's "Start from the findings" (edit mode). */
  onStartFromFindings?: (() => void) | undefined;
};

export function RoadmapPlan({ roadmap, view, mode, groupBy, onOpenItem, ...starts }: RoadmapPlanProps) {
  if (roadmap.items.length === 0) return <NoItems mode={mode} {...starts} />;
  return view === "table" ? (
    <RoadmapTable roadmap={roadmap} mode={mode} groupBy={groupBy} onOpenItem={onOpenItem} />
  ) : (
    <RoadmapGantt roadmap={roadmap} mode={mode} groupBy={groupBy} onOpenItem={onOpenItem} />
  );
}

function NoItems({
  mode,
  onAddItem,
  onStartFromFindings,
}: Pick<RoadmapPlanProps, "mode" | "onAddItem" | "onStartFromFindings">) {
  const { t } = useTranslation();
  const offers = mode === "edit" && (onAddItem || onStartFromFindings);
  return (
    <EmptyState
      title={t("roadmapTable.empty.title")}
      description={mode === "edit" ? t("roadmapTable.empty.editorHint") : t("roadmapTable.empty.readerHint")}
      action={
        offers ? (
          <div className="flex flex-wrap justify-center gap-2">
            {onAddItem ? (
              <Button variant="primary" onClick={onAddItem}>
                {t("roadmapTable.empty.addItem")}
              </Button>
            ) : null}
            {onStartFromFindings ? (
              <Button onClick={onStartFromFindings}>{t("roadmapTable.empty.fromFindings")}</Button>
            ) : null}
          </div>
        ) : undefined
      }
    />
  );
}
