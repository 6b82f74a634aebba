// One parliament of the registry: its country, region, chambers and website, its missions
// with their status and its roadmaps' status. Out of the caller's reach, it is not found.
import { Link, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { mayManageDirectory } from "@hemicycle/shared/policy";
import { isMissingRecord } from "../../lib/errors.ts";
import { useMe } from "../../lib/session.ts";
import { countryName } from "../../lib/format.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { Card } from "../../components/ui/card.tsx";
import { Badge } from "../../components/ui/badge.tsx";
import { ButtonLink } from "../../components/ui/button.tsx";
import { EmptyState } from "../../components/ui/empty-state.tsx";
import { QueryState } from "../../components/list/query-state.tsx";
import { PagedList } from "../../components/list/paged-list.tsx";
import {
  useParliament,
  useParliamentRoadmaps,
  type ParliamentRecord,
} from "../../features/parliaments/api/registry.ts";
import { useMissionList } from "../../features/missions/api/missions.ts";
import { MissionCardList } from "../../features/missions/components/mission-card-list.tsx";
import { NotFoundState } from "../not-found-state.tsx";

export function ParliamentDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useParliament(id);
  useDocumentTitle(query.data?.name ?? t("parliaments.detail.loading"));
  return (
    <QueryState
      query={query}
      renderError={(error) =>
        isMissingRecord(error) ? (
          <NotFoundState title={t("parliaments.detail.notFound")} description={t("parliaments.detail.notFoundHint")} />
        ) : null
      }
    >
      {query.data ? <ParliamentView parliament={query.data} /> : null}
    </QueryState>
  );
}

/** Only an http(s) address becomes a link (the server accepts no other; this keeps it so). */
function safeWebsite(address: string | null): string | null {
  return address && /^https?:\/\//i.test(address) ? address : null;
}

function ParliamentView({ parliament }: { parliament: ParliamentRecord }) {
  const { t } = useTranslation();
  const me = useMe();
  const website = safeWebsite(parliament.website);
  const missions = useMissionList({ parliamentId: parliament.id });
  const roadmaps = useParliamentRoadmaps(parliament.id);
  return (
    <>
      <PageHeader
        eyebrow={
          <Link to="/parliaments" className="hover:text-zinc-800 hover:underline">
            {t("parliaments.title")}
          </Link>
        }
        title={parliament.name}
        description={`${countryName(parliament.countryCode)} · ${t(`region.${parliament.region}`)}`}
        actions={
          mayManageDirectory(me) ? (
            <ButtonLink to={`/parliaments/${parliament.id}/edit`}>{t("parliaments.detail.edit")}</ButtonLink>
          ) : null
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t("parliaments.detail.about")}>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-zinc-500">{t("parliaments.columns.country")}</dt>
            <dd>{countryName(parliament.countryCode)}</dd>
            <dt className="text-zinc-500">{t("parliaments.columns.region")}</dt>
            <dd>{t(`region.${parliament.region}`)}</dd>
            <dt className="text-zinc-500">{t("parliaments.columns.chambers")}</dt>
            <dd>
              {t(`parliaments.structure.${parliament.structure}`)}
              {parliament.chamberNames.length > 0 ? (
                <span className="block text-xs text-zinc-500">{parliament.chamberNames.join(" · ")}</span>
              ) : null}
            </dd>
            <dt className="text-zinc-500">{t("parliaments.detail.website")}</dt>
            <dd className="min-w-0 break-words">
              {website ? (
                <a href={website} target="_blank" rel="noopener noreferrer" className="text-brand-700 hover:underline">
                  {website}
                </a>
              ) : (
                "—"
              )}
            </dd>
          </dl>
        </Card>
        <Card title={t("parliaments.detail.missions")} className="lg:col-span-2">
          <PagedList list={missions} empty={<EmptyState title={t("parliaments.detail.noMissions")} />}>
            {(items) => <MissionCardList missions={items} />}
          </PagedList>
        </Card>
        <Card title={t("parliaments.detail.roadmaps")} className="lg:col-span-3">
          <QueryState
            query={roadmaps}
            isEmpty={(roadmaps.data?.items.length ?? 0) === 0}
            empty={<EmptyState title={t("parliaments.detail.noRoadmaps")} />}
          >
            <ul className="divide-y divide-zinc-100">
              {(roadmaps.data?.items ?? []).map((r) => (
                <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <Link to={`/missions/${r.missionId}/roadmap`} className="font-medium hover:underline">
                    {r.title}
                    <span className="ms-2 font-mono text-xs text-zinc-500">{r.missionCode}</span>
                  </Link>
                  <Badge>{t(`roadmapStatus.${r.status}`)}</Badge>
                </li>
              ))}
            </ul>
          </QueryState>
        </Card>
      </div>
    </>
  );
}
