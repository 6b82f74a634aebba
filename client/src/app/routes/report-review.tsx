// A phase's assessment report, read and commented on in the app (docs/documents.md,
// "Reviewing the report"): /missions/:id/phases/:phaseId/report. The report comes in the
// language the interface speaks; its files come from the report's own dialog (language,
// format, progress). A report the user may not read (yet) is "not found".
import { useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { currentLanguage } from "../../lib/i18n.ts";
import { useMe } from "../../lib/session.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { ButtonLink } from "../../components/ui/button.tsx";
import { useMission } from "../../features/missions/api/missions.ts";
import { AssessmentReportButton } from "../../features/missions/components/assessment-report-dialog.tsx";
import { BackgroundReportExport } from "../../features/exports/components/background-report-export.tsx";
import { useReportComments, useReportContent } from "../../features/report-review/api/report-review.ts";
import { ReportReviewView } from "../../features/report-review/components/report-review-view.tsx";
import { RoadmapQueryState } from "./roadmap-query-state.tsx";

export function ReportReviewPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { id: missionId = "", phaseId = "" } = useParams();
  const mission = useMission(missionId);
  const content = useReportContent(missionId, phaseId, currentLanguage());
  const comments = useReportComments(phaseId);
  useDocumentTitle(mission.data ? `${t("reportReview.title")} · ${mission.data.code}` : t("reportReview.loading"));

  return (
    <RoadmapQueryState
      queries={[content, comments, mission]}
      notFound={{ title: t("reportReview.notFound"), description: t("reportReview.notFoundHint") }}
    >
      {content.data && comments.data && mission.data ? (
        <>
          <PageHeader
            eyebrow={t("reportReview.eyebrow", { code: mission.data.code })}
            title={mission.data.title}
            description={t("reportReview.phaseLine", {
              kind: comments.data.phase.kind,
              status: comments.data.phase.status,
            })}
            actions={
              <>
                <AssessmentReportButton
                  mission={mission.data}
                  me={me}
                  backgroundExport={(choice) => <BackgroundReportExport {...choice} />}
                />
                <ButtonLink to={`/missions/${missionId}`} size="sm">
                  {mission.data.code}
                </ButtonLink>
              </>
            }
          />
          <ReportReviewView content={content.data} comments={comments.data} />
        </>
      ) : null}
    </RoadmapQueryState>
  );
}
