// The findings log on a phone: one card per finding (title, mission, area, severity, kind
// and status), where a table would scroll sideways.
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { cn } from "../../../lib/cn.ts";
import type { FindingListItem } from "../api/findings.ts";
import { FindingKindBadge, FindingStatusBadge, SeverityBadge } from "./finding-badges.tsx";

type FindingCardListProps = {
  findings: readonly FindingListItem[];
  label: string;
  showStatus: boolean;
  className?: string;
};

export function FindingCardList({ findings, label, showStatus, className }: FindingCardListProps) {
  const { t } = useTranslation();
  return (
    <ul className={cn("divide-y divide-zinc-100", className)} aria-label={label}>
      {findings.map((f) => (
        <li key={f.id} className="py-3 first:pt-0 last:pb-0">
          <Link
            to={`/findings/${f.id}`}
            className="text-sm font-medium text-zinc-900 hover:text-brand-700 hover:underline"
          >
            {f.title}
          </Link>
          {/* A no-break space before each "·" keeps it at the end of a line, never the start. */}
          <p className="mt-0.5 text-xs text-zinc-500">
            <span className="font-mono">{f.phase.mission.code}</span>
            {`\u00a0· ${t(`ictAreaShort.${f.area}`)}`}
            {f.grade === null ? "" : `\u00a0· ${t("findingList.gradeShort", { grade: f.grade })}`}
          </p>
          <div className="mt-1.5 flex flex-wrap items-center gap-1.5">
            <SeverityBadge severity={f.severity} />
            <FindingKindBadge kind={f.kind} />
            {showStatus ? <FindingStatusBadge status={f.status} /> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
