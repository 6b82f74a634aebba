// The roadmap's timeline (Gantt) view: the items as bars on a time axis, grouped as the
// editor's toolbar says. First version: the props the editor shell renders it with; the
// axis, editing, dependencies and virtualised rows follow (docs/decisions/0012).
import { useTranslation } from "react-i18next";
import type { Roadmap } from "../../api/types.ts";

export type GanttMode = "edit" | "progress" | "read";
export type GanttGroupBy = "none" | "area" | "objective" | "unit";

export type RoadmapGanttProps = {
  roadmap: Roadmap;
  /** edit: drag and keys change dates; progress and read: bars only open their item. */
  mode: GanttMode;
  groupBy: GanttGroupBy;
  onOpenItem: (itemId: string) => void;
};

export function RoadmapGantt({ roadmap, onOpenItem }: RoadmapGanttProps) {
  const { t } = useTranslation();
  return (
    <ul aria-label={t("gantt.title")}>
      {roadmap.items.map((item) => (
        <li key={item.id}>
          <button type="button" onClick={() => onOpenItem(item.id)}>
            {item.title}
          </button>
        </li>
      ))}
    </ul>
  );
}
