// The parliament's review of a roadmap (/parliament/roadmaps/:id). A roadmap the reader
// may not see is not found.
import { useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { useRoadmap } from "../../features/roadmaps/api/roadmaps.ts";
import { useRevisions } from "../../features/roadmaps/api/roadmap-review.ts";
import { RoadmapReview } from "../../features/roadmaps/components/review/roadmap-review.tsx";
import { RoadmapQueryState } from "./roadmap-query-state.tsx";

export function RoadmapReviewPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useRoadmap(id);
  // Asked beside the roadmap and waited for: the endorsement record at the top of the
  // page says who endorsed from them, and would grow under the reader's eyes after.
  const revisions = useRevisions(id ?? "");
  const roadmap = query.data;
  useDocumentTitle(roadmap?.title ?? t("roadmapReview.loading"));
  return (
    <RoadmapQueryState
      queries={[query, revisions]}
      notFound={{ title: t("roadmapReview.notFound"), description: t("roadmapReview.notFoundHint") }}
    >
      {roadmap ? <RoadmapReview roadmap={roadmap} /> : null}
    </RoadmapQueryState>
  );
}
