// The findings log as a table on wider screens: each finding's title (a link to it), its
// mission and parliament, area, kind, severity, grade, status and last change.
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../lib/format.ts";
import { subAreaLabel } from "../../../lib/labels.ts";
import { Table, TBody, Td, Th, THead, Tr } from "../../../components/ui/table.tsx";
import type { FindingListItem } from "../api/findings.ts";
import { FindingKindBadge, FindingStatusBadge, SeverityBadge } from "./finding-badges.tsx";

type FindingsTableProps = {
  findings: readonly FindingListItem[];
  caption: string;
  /** The status column, for those who see more than validated findings. */
  showStatus: boolean;
  className?: string;
};

export function FindingsTable({ findings, caption, showStatus, className }: FindingsTableProps) {
  const { t } = useTranslation();
  return (
    <Table caption={caption} className={className}>
      <THead>
        <tr>
          <Th>{t("findingList.columns.finding")}</Th>
          <Th>{t("findingList.columns.mission")}</Th>
          <Th>{t("findingList.columns.area")}</Th>
          <Th>{t("findingList.columns.kind")}</Th>
          <Th>{t("findingList.columns.severity")}</Th>
          <Th className="text-end">{t("findingList.columns.grade")}</Th>
          {showStatus ? <Th>{t("findingList.columns.status")}</Th> : null}
          <Th>{t("findingList.columns.updated")}</Th>
        </tr>
      </THead>
      <TBody>
        {findings.map((f) => (
          <Tr key={f.id}>
            <Td className="min-w-64">
              <Link to={`/findings/${f.id}`} className="font-medium text-zinc-900 hover:text-brand-700 hover:underline">
                {f.title}
              </Link>
              {f.subArea ? <div className="mt-0.5 text-xs text-zinc-500">{subAreaLabel(f.area, f.subArea)}</div> : null}
            </Td>
            <Td>
              <div className="text-xs whitespace-nowrap text-zinc-700">
                <span className="font-mono">{f.phase.mission.code}</span>
                <span className="text-zinc-500">{`\u00a0· ${t(`phaseKind.${f.phase.kind}`)}`}</span>
              </div>
              <div className="mt-0.5 max-w-56 text-xs text-zinc-500">{f.phase.mission.parliament.name}</div>
            </Td>
            <Td className="whitespace-nowrap" title={t(`ictArea.${f.area}`)}>
              {t(`ictAreaShort.${f.area}`)}
            </Td>
            <Td>
              <FindingKindBadge kind={f.kind} />
            </Td>
            <Td>
              <SeverityBadge severity={f.severity} />
            </Td>
            <Td className="text-end tabular-nums">
              {f.grade === null ? (
                <span className="text-zinc-400" aria-label={t("finding.noGrade")}>
                  –
                </span>
              ) : (
                <span title={t(`grade.${f.grade}` as "grade.0")}>{f.grade}</span>
              )}
            </Td>
            {showStatus ? (
              <Td>
                <FindingStatusBadge status={f.status} />
              </Td>
            ) : null}
            <Td className="whitespace-nowrap text-zinc-600">{formatDate(f.updatedAt)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
