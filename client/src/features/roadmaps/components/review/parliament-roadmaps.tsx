// The parliament home's roadmaps: those its staff may see, the ones awaiting their review
// first and marked so, each leading to its review page.
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { cn } from "../../../../lib/cn.ts";
import { formatDateTime } from "../../../../lib/format.ts";
import { QueryState } from "../../../../components/list/query-state.tsx";
import { Badge } from "../../../../components/ui/badge.tsx";
import { EmptyState } from "../../../../components/ui/empty-state.tsx";
import { useRoadmapList, type RoadmapListItem } from "../../api/roadmap-review.ts";
import { RoadmapStatusBadge } from "./review-badges.tsx";

/** The review page of a roadmap. */
export const reviewPath = (roadmapId: string) => `/parliament/roadmaps/${roadmapId}`;

/** Awaiting review first; otherwise as the server orders them (most recently changed first). */
function reviewOrder(roadmaps: readonly RoadmapListItem[]): RoadmapListItem[] {
  const awaiting = roadmaps.filter((r) => r.status === "IN_REVIEW");
  return [...awaiting, ...roadmaps.filter((r) => r.status !== "IN_REVIEW")];
}

export function ParliamentRoadmaps({ parliamentId }: { parliamentId: string }) {
  const { t } = useTranslation();
  const query = useRoadmapList({ parliamentId });
  const roadmaps = reviewOrder(query.data?.items ?? []);

  return (
    <QueryState
      query={query}
      isEmpty={roadmaps.length === 0}
      empty={<EmptyState title={t("roadmapReview.home.none")} description={t("roadmapReview.home.noneHint")} />}
    >
      <ul className="flex flex-col gap-2" aria-label={t("roadmapReview.home.label")}>
        {roadmaps.map((roadmap) => (
          <RoadmapEntry key={roadmap.id} roadmap={roadmap} />
        ))}
      </ul>
    </QueryState>
  );
}

function RoadmapEntry({ roadmap }: { roadmap: RoadmapListItem }) {
  const { t } = useTranslation();
  const awaiting = roadmap.status === "IN_REVIEW";
  const latest = roadmap.latestRevision;
  return (
    <li
      className={cn(
        "rounded-md border p-3",
        awaiting ? "border-brand-600 bg-brand-50/60 ring-1 ring-brand-600/20" : "border-zinc-200",
      )}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <Link
            to={reviewPath(roadmap.id)}
            className="text-sm font-medium text-zinc-900 hover:text-brand-700 hover:underline"
          >
            {roadmap.title}
          </Link>
          <p className="mt-0.5 text-xs text-zinc-500">
            <span className="font-mono">{roadmap.missionCode}</span> ·{" "}
            {t("roadmapReview.home.horizon", { start: roadmap.horizonStart, end: roadmap.horizonEnd })} ·{" "}
            {t("roadmapReview.home.itemCount", { count: roadmap.itemCount })}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-1.5">
          {awaiting ? <Badge tone="indigo">{t("roadmapReview.home.awaiting")}</Badge> : null}
          <RoadmapStatusBadge status={roadmap.status} />
        </div>
      </div>
      {latest ? (
        <p className="mt-1.5 text-xs text-zinc-600">
          {t(awaiting ? "roadmapReview.home.submitted" : "roadmapReview.home.latest", {
            number: latest.number,
            when: formatDateTime(latest.createdAt),
          })}
        </p>
      ) : null}
      {awaiting ? (
        <Link
          to={reviewPath(roadmap.id)}
          className="mt-2 inline-flex text-sm font-medium text-brand-700 hover:underline"
          aria-label={t("roadmapReview.home.reviewNamed", { title: roadmap.title })}
        >
          {t("roadmapReview.home.review")}
        </Link>
      ) : null}
    </li>
  );
}
