// The parliament's review of a roadmap (/parliament/roadmaps/:id): where the review
// stands, what changed since the revision this reader last saw, the plan as a table or a
// timeline, the conversation, the revisions, and the decision (request changes, or
// endorse the revision under review). After endorsement: the endorsement record and
// progress updates. Others' saved changes arrive live. A roadmap the reader may not see
// is not found.
import { useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { isMissingRecord } from "../../lib/errors.ts";
import { formatDateTime } from "../../lib/format.ts";
import { homeLabel, homePath, useMe } from "../../lib/session.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { QueryState } from "../../components/list/query-state.tsx";
import { Alert } from "../../components/ui/alert.tsx";
import { Card } from "../../components/ui/card.tsx";
import { PageHeader } from "../../components/ui/page-header.tsx";
import type { Roadmap } from "../../features/roadmaps/api/types.ts";
import { roadmapAbilities } from "../../features/roadmaps/lib/abilities.ts";
import { ConflictViewProvider } from "../../features/roadmaps/components/editor/conflict-view.tsx";
import { LiveStatus } from "../../features/roadmaps/components/editor/live-status.tsx";
import { useRoadmapLive } from "../../features/roadmaps/hooks/use-roadmap-live.ts";
import { ChangesSinceSeen } from "../../features/roadmaps/components/review/changes-since-seen.tsx";
import { CommentThreads } from "../../features/roadmaps/components/review/comment-threads.tsx";
import { ItemReviewDialog } from "../../features/roadmaps/components/review/item-review-dialog.tsx";
import { ExportLinks } from "../../features/roadmaps/components/review/export-links.tsx";
import { RevisionHistory } from "../../features/roadmaps/components/review/revision-history.tsx";
import { useRoadmap } from "../../features/roadmaps/api/roadmaps.ts";
import { RoadmapStatusBadge } from "../../features/roadmaps/components/review/review-badges.tsx";
import { ReviewDecisionButtons, type Overtaken } from "../../features/roadmaps/components/review/review-decision.tsx";
import { ReviewPlan } from "../../features/roadmaps/components/review/review-plan.tsx";
import { EndorsementRecord, ReviewStateNote } from "../../features/roadmaps/components/review/review-status.tsx";
import { NotFoundState } from "../not-found-state.tsx";

export function RoadmapReviewPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useRoadmap(id);
  const roadmap = query.data;
  useDocumentTitle(roadmap?.title ?? t("roadmapReview.loading"));
  return (
    <QueryState
      query={query}
      renderError={(error) =>
        isMissingRecord(error) ? (
          <NotFoundState title={t("roadmapReview.notFound")} description={t("roadmapReview.notFoundHint")} />
        ) : null
      }
    >
      {roadmap ? (
        <ConflictViewProvider>
          <ReviewView roadmap={roadmap} />
        </ConflictViewProvider>
      ) : null}
    </QueryState>
  );
}

function ReviewView({ roadmap }: { roadmap: Roadmap }) {
  const { t } = useTranslation();
  const me = useMe();
  const abilities = roadmapAbilities(me, roadmap);
  // The team's resubmission, colleagues' comments and progress arrive while the page is open.
  const live = useRoadmapLive(roadmap);
  const [overtaken, setOvertaken] = useState<Overtaken | null>(null);
  const [params, setParams] = useSearchParams();
  const openItemId = params.get("item");
  // The last item opened stays mounted once closed, so that focus goes back to what opened it.
  const [shownItemId, setShownItemId] = useState(openItemId);
  if (openItemId && openItemId !== shownItemId) setShownItemId(openItemId);
  const setItem = (itemId: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (itemId) next.set("item", itemId);
      else next.delete("item");
      return next;
    });
  const latest = roadmap.latestRevision;

  return (
    <>
      <PageHeader
        eyebrow={
          <span className="flex flex-wrap items-center gap-1.5">
            <Link to={homePath(me)} className="hover:text-zinc-800 hover:underline">
              {t(homeLabel(me))}
            </Link>
            <span aria-hidden="true">/</span>
            <span className="font-mono">{roadmap.mission.code}</span>
            <span aria-hidden="true">/</span>
            <span>{t("roadmapReview.eyebrow")}</span>
          </span>
        }
        title={roadmap.title}
        description={
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <RoadmapStatusBadge status={roadmap.status} />
            {latest ? (
              <span>
                {t(
                  roadmap.status === "IN_REVIEW" ? "roadmapReview.header.underReview" : "roadmapReview.header.latest",
                  {
                    number: latest.number,
                    when: formatDateTime(latest.createdAt),
                  },
                )}
              </span>
            ) : null}
            <span className="text-zinc-500">
              {roadmap.mission.parliamentName} ·{" "}
              {t("roadmapReview.header.horizon", { start: roadmap.horizonStart, end: roadmap.horizonEnd })}
            </span>
            <ExportLinks roadmapId={roadmap.id} />
          </span>
        }
        actions={
          <>
            <LiveStatus live={live} />
            <ReviewDecisionButtons roadmap={roadmap} onOvertaken={setOvertaken} />
          </>
        }
      />

      <div className="flex flex-col gap-6">
        {overtaken ? (
          <Alert tone="warning" title={overtaken.message}>
            {t("roadmapReview.overtaken.reloaded", { number: overtaken.revision })}
          </Alert>
        ) : null}
        <EndorsementRecord roadmap={roadmap} />
        <ReviewStateNote roadmap={roadmap} canReview={abilities.review} />
        <ChangesSinceSeen roadmap={roadmap} onOpenItem={setItem} />

        <Card
          id="plan"
          title={t("roadmapReview.plan.title")}
          description={t("roadmapReview.plan.itemCount", { count: roadmap.items.length })}
        >
          {roadmap.vision ? (
            <div className="mb-4">
              <h3 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">
                {t("roadmap.field.vision")}
              </h3>
              <p className="mt-1 max-w-3xl text-sm whitespace-pre-line text-zinc-800">{roadmap.vision}</p>
            </div>
          ) : null}
          <ReviewPlan roadmap={roadmap} mode={abilities.updateProgress ? "progress" : "read"} onOpenItem={setItem} />
        </Card>

        <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <Card id="comments" title={t("roadmapReview.comments.title")}>
            <CommentThreads roadmap={roadmap} onOpenItem={setItem} />
          </Card>
          <Card id="revisions" title={t("roadmapReview.history.title")}>
            <RevisionHistory roadmap={roadmap} onOpenItem={setItem} />
          </Card>
        </div>
      </div>

      {shownItemId ? (
        <ItemReviewDialog
          key={shownItemId}
          open={openItemId === shownItemId}
          onClose={() => setItem(null)}
          roadmap={roadmap}
          itemId={shownItemId}
        />
      ) : null}
    </>
  );
}
