// The findings an item answers, by title and severity, with the way to change them.
import { useTranslation } from "react-i18next";
import { mayEditRoadmap } from "@hemicycle/shared/policy";
import { useMe } from "../../../../lib/session.ts";
import { Badge } from "../../../../components/ui/badge.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import { useLinkableFindings } from "../../api/roadmaps.ts";
import type { Roadmap, RoadmapItem } from "../../api/types.ts";
import { SeverityBadge } from "../editor/severity-badge.tsx";

type ItemFindingsProps = {
  roadmap: Roadmap;
  item: RoadmapItem;
  /** Offered to editors: opens the link-findings dialog. */
  onLinkFindings?: ((itemId: string) => void) | undefined;
};

export function ItemFindings({ roadmap, item, onLinkFindings }: ItemFindingsProps) {
  const { t } = useTranslation();
  const me = useMe();
  const team = mayEditRoadmap(me, roadmap.viewer);
  const { findings } = useLinkableFindings(roadmap, team, item.findingIds.length > 0);
  const byId = new Map(findings.map((f) => [f.id, f]));
  return (
    <section>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">{t("roadmap.item.findings")}</h3>
        {onLinkFindings ? (
          <Button size="sm" onClick={() => onLinkFindings(item.id)}>
            {t("roadmap.item.linkFindings")}
          </Button>
        ) : null}
      </div>
      {item.findingIds.length === 0 ? (
        <p className="mt-2 text-sm text-zinc-500">{t("roadmap.item.noFindings")}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-1.5">
          {item.findingIds.map((id) => {
            const finding = byId.get(id);
            return (
              <li key={id} className="flex items-start gap-2 text-sm">
                {finding ? <SeverityBadge severity={finding.severity} /> : <Badge>…</Badge>}
                <span className="text-zinc-800">{finding?.title ?? t("common.loading")}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
