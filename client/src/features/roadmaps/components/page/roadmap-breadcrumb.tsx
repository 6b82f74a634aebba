// Where a roadmap page sits: the user's home, the mission, then the page itself. The
// mission links to its page for those who work on it; the parliament's staff read its code.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { homeLabel, homePath, useMe } from "../../../../lib/session.ts";

type RoadmapBreadcrumbProps = {
  mission: { id: string; code: string };
  linkMission: boolean;
  /** The page's own name, last. */
  page: string;
};

export function RoadmapBreadcrumb({ mission, linkMission, page }: RoadmapBreadcrumbProps) {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <span className="flex flex-wrap items-center gap-1.5">
      <Link to={homePath(me)} className="hover:text-zinc-800 hover:underline">
        {t(homeLabel(me))}
      </Link>
      <span aria-hidden="true">/</span>
      {linkMission ? (
        <Link to={`/missions/${mission.id}`} className="font-mono hover:text-zinc-800 hover:underline">
          {mission.code}
        </Link>
      ) : (
        <span className="font-mono">{mission.code}</span>
      )}
      <span aria-hidden="true">/</span>
      <bdi>{page}</bdi>
    </span>
  );
}
