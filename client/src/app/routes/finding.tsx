// A finding with everything recorded on it and, for whom the policy allows, its workflow.
// The server says which role the user has on the finding's phase (myTeamRole).
import { Link, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { isMissingRecord } from "../../lib/errors.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { QueryState } from "../../components/list/query-state.tsx";
import { useFinding } from "../../features/findings/api/findings.ts";
import { FindingDetailView, FindingHeaderBadges } from "../../features/findings/components/finding-detail.tsx";
import { EditFindingButton } from "../../features/findings/components/edit-finding-button.tsx";
import { FindingStatusActions } from "../../features/findings/components/finding-status-actions.tsx";
import { RejectionNotice, ReviewNotes } from "../../features/findings/components/review-notes.tsx";
import { NotFoundState } from "../not-found-state.tsx";

export function FindingPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useFinding(id);
  const finding = query.data;
  useDocumentTitle(finding?.title ?? t("finding.loading"));

  return (
    <QueryState
      query={query}
      renderError={(error) =>
        isMissingRecord(error) ? (
          <NotFoundState title={t("finding.notFound")} description={t("finding.notFoundHint")} />
        ) : null
      }
    >
      {finding ? (
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
            actions={
              <div className="flex flex-wrap items-start justify-end gap-2">
                <EditFindingButton finding={finding} />
                <FindingStatusActions finding={finding} />
              </div>
            }
          />
          <div className="mb-4 empty:hidden">
            <RejectionNotice finding={finding} />
          </div>
          <FindingDetailView finding={finding} />
          <div className="mt-4 empty:hidden">
            <ReviewNotes finding={finding} />
          </div>
        </>
      ) : null}
    </QueryState>
  );
}
