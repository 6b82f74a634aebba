// The parliament's review of a roadmap: where the review stands, what changed since the
// revision this reader last saw, the plan as a table or a timeline, the conversation, the
// revisions, and the decision (request changes, or endorse the revision under review).
// After endorsement: the endorsement record and progress updates. Others' saved changes
// arrive live; the item open is in the address (`?item=…`).
import { useState } from "react";
import { useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../lib/format.ts";
import { useMe } from "../../../../lib/session.ts";
import { Alert } from "../../../../components/ui/alert.tsx";
import { Card } from "../../../../components/ui/card.tsx";
import { PageHeader } from "../../../../components/ui/page-header.tsx";
import type { Roadmap } from "../../api/types.ts";
import { useRoadmapLive } from "../../hooks/use-roadmap-live.ts";
import { roadmapAbilities } from "../../lib/abilities.ts";
import { fieldLabel } from "../../lib/field-values.ts";
import { ConflictViewProvider } from "../editor/conflict-view.tsx";
import { LiveStatus } from "../editor/live-status.tsx";
import { ItemViewDialog } from "../item/item-view-dialog.tsx";
import { RoadmapBreadcrumb } from "../page/roadmap-breadcrumb.tsx";
import { ChangesSinceSeen } from "./changes-since-seen.tsx";
import { CommentThreads } from "./comment-threads.tsx";
import { ExportLinks } from "./export-links.tsx";
import { RevisionHistory } from "./revision-history.tsx";
import { RoadmapStatusBadge } from "./review-badges.tsx";
import { ReviewDecisionButtons, type Overtaken } from "./review-decision.tsx";
import { ReviewPlan } from "./review-plan.tsx";
import { EndorsementRecord, ReviewStateNote } from "./review-status.tsx";

export function RoadmapReview({ roadmap }: { roadmap: Roadmap }) {
  return (
    <ConflictViewProvider>
      <ReviewPage roadmap={roadmap} />
    </ConflictViewProvider>
  );
}

function ReviewPage({ roadmap }: { roadmap: Roadmap }) {
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
          <RoadmapBreadcrumb
            mission={{ id: roadmap.missionId, code: roadmap.mission.code }}
            linkMission={false}
            page={t("roadmapReview.eyebrow")}
          />
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
              <h3 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">{fieldLabel("vision")}</h3>
              <p dir="auto" className="mt-1 max-w-3xl text-sm whitespace-pre-line text-zinc-800">
                {roadmap.vision}
              </p>
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
        <ItemViewDialog
          key={shownItemId}
          open={openItemId === shownItemId}
          onClose={() => setItem(null)}
          roadmap={roadmap}
          itemId={shownItemId}
          canUpdateProgress={abilities.updateProgress}
          canDiscuss={abilities.discuss}
        />
      ) : null}
    </>
  );
}
