// The roadmap's table view: one row per item, in the roadmap's order. First version: the
// items read only; editing, sorting, grouping and totals follow.
import { useTranslation } from "react-i18next";
import { Table, TBody, Td, Th, THead, Tr } from "../../../../components/ui/table.tsx";
import { formatDate } from "../../../../lib/format.ts";
import type { Roadmap } from "../../api/types.ts";

export type RoadmapTableMode = "edit" | "progress" | "read";
export type RoadmapTableGroupBy = "none" | "area" | "objective" | "unit";

export type RoadmapTableProps = {
  roadmap: Roadmap;
  /** edit: every cell; progress: the progress cells only; read: nothing. */
  mode: RoadmapTableMode;
  groupBy: RoadmapTableGroupBy;
  /** Opens the item's dialog (the long texts, links, dependencies). */
  onOpenItem: (itemId: string) => void;
};

export function RoadmapTable({ roadmap, onOpenItem }: RoadmapTableProps) {
  const { t } = useTranslation();
  return (
    <Table caption={roadmap.title}>
      <THead>
        <Tr>
          <Th>{t("roadmapTable.column.title")}</Th>
          <Th>{t("roadmapTable.column.startDate")}</Th>
          <Th>{t("roadmapTable.column.endDate")}</Th>
          <Th>{t("roadmapTable.column.progress")}</Th>
        </Tr>
      </THead>
      <TBody>
        {roadmap.items.map((item) => (
          <Tr key={item.id}>
            <Td>
              <button
                type="button"
                className="text-start font-medium hover:underline"
                onClick={() => onOpenItem(item.id)}
              >
                {item.title}
              </button>
            </Td>
            <Td>{formatDate(item.startDate)}</Td>
            <Td>{formatDate(item.endDate)}</Td>
            <Td>{t(`progress.${item.progress}`)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
