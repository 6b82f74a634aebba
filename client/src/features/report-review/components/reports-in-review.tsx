// The parliament home's reports to review: the phases whose report the team has sent for
// parliament review, soonest due first, each leading to its reading in the app.
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../../components/list/query-state.tsx";
import { EmptyState } from "../../../components/ui/empty-state.tsx";
import { reportReviewPath, useReportsInReview, type ReportInReview } from "../api/report-review.ts";

export function ReportsInReview() {
  const { t } = useTranslation();
  const query = useReportsInReview();
  const phases = query.data ?? [];
  return (
    <QueryState
      query={query}
      isEmpty={phases.length === 0}
      empty={<EmptyState title={t("reportReview.home.none")} description={t("reportReview.home.noneHint")} />}
    >
      <ul className="flex flex-col gap-2" aria-label={t("reportReview.home.label")}>
        {phases.map((phase) => (
          <ReportEntry key={phase.id} phase={phase} />
        ))}
      </ul>
    </QueryState>
  );
}

function ReportEntry({ phase }: { phase: ReportInReview }) {
  const { t } = useTranslation();
  return (
    <li className="rounded-md border border-brand-600 bg-brand-50/60 p-3 ring-1 ring-brand-600/20">
      <p className="text-sm font-medium text-zinc-900">{phase.mission.title}</p>
      <p className="mt-0.5 text-xs text-zinc-600">
        <span className="font-mono">{phase.mission.code}</span> · {t(`phaseKind.${phase.kind}`)}
        {phase.reportDueDate ? <> · {t("reportReview.home.due", { date: phase.reportDueDate })}</> : null} ·{" "}
        {t("reportReview.home.comments", { count: phase.commentCount })}
      </p>
      <Link
        to={reportReviewPath(phase.mission.id, phase.id)}
        className="mt-2 inline-flex h-8 items-center rounded-md bg-brand-600 px-2.5 text-xs font-medium text-white shadow-sm hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        aria-label={`${t("reportReview.home.read")}: ${phase.mission.title}`}
      >
        {t("reportReview.home.read")}
      </Link>
    </li>
  );
}
