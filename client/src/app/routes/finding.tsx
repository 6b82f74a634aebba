// A finding with everything recorded on it and, for the phase's team, its workflow.
// The server says which role the caller has on the finding's phase (myTeamRole).
import { Link, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { isManager, useMe } from "../../lib/session.ts";
import { isMissingRecord } from "../../lib/errors.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { LoadingBlock } from "../../components/ui/spinner.tsx";
import { ErrorState } from "../../components/ui/error-state.tsx";
import { useFinding } from "../../features/findings/api/findings.ts";
import { FindingDetailView, FindingHeaderBadges } from "../../features/findings/components/finding-detail.tsx";
import { FindingStatusActions } from "../../features/findings/components/finding-status-actions.tsx";
import { NotFoundState } from "../not-found-state.tsx";

export function FindingPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const me = useMe();
  const query = useFinding(id);
  const finding = query.data;
  const canAct = me.role === "EXPERT" || isManager(me.role);
  useDocumentTitle(finding?.title ?? t("finding.loading"));

  if (query.isPending) return <LoadingBlock />;
  if (query.isError) {
    if (isMissingRecord(query.error))
      return <NotFoundState title={t("finding.notFound")} description={t("finding.notFoundHint")} />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />;
  }
  if (!finding) return null;

  const isLead = isManager(me.role) || finding.myTeamRole === "LEAD";
  const isTeam = isManager(me.role) || finding.myTeamRole !== null;

  return (
    <>
      <PageHeader
        eyebrow={
          <span className="flex flex-wrap items-center gap-1.5">
            <Link to={`/missions/${finding.phase.mission.id}`} className="hover:text-zinc-800 hover:underline">
              <span className="font-mono">{finding.phase.mission.code}</span>
            </Link>
            <span aria-hidden="true">/</span>
            <span>{t("finding.eyebrow")}</span>
          </span>
        }
        title={finding.title}
        description={<FindingHeaderBadges finding={finding} />}
        actions={canAct ? <FindingStatusActions finding={finding} isTeam={isTeam} isLead={isLead} /> : null}
      />
      <FindingDetailView finding={finding} />
    </>
  );
}
