// A validation mission compared with the earlier assessment of its parliament
// (findings.compareAssessments): outcomes of the earlier findings and grade changes by area.
import { Link, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { isMissingRecord } from "../../lib/errors.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { QueryState } from "../../components/list/query-state.tsx";
import { useAssessmentComparison } from "../../features/benchmark/api/benchmark.ts";
import { CompareView } from "../../features/benchmark/components/compare-view.tsx";
import { NotFoundState } from "../not-found-state.tsx";

export function MissionComparePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const query = useAssessmentComparison(id);
  const comparison = query.data;
  useDocumentTitle(
    comparison ? t("benchmark.compare.pageTitle", { code: comparison.mission.code }) : t("benchmark.compare.title"),
  );
  return (
    <QueryState
      query={query}
      renderError={(error) =>
        isMissingRecord(error) ? (
          <NotFoundState title={t("mission.notFound")} description={t("mission.notFoundHint")} />
        ) : null
      }
    >
      {comparison ? (
        <>
          <PageHeader
            title={t("benchmark.compare.title")}
            description={t("benchmark.compare.description", {
              code: comparison.mission.code,
              parliament: comparison.mission.parliament.name,
            })}
          />
          <p className="mb-4 text-sm">
            <Link to={`/missions/${comparison.mission.id}`} className="text-brand-700 hover:underline">
              {t("benchmark.compare.backToMission", { code: comparison.mission.code })}
            </Link>
          </p>
          <CompareView comparison={comparison} />
        </>
      ) : null}
    </QueryState>
  );
}
