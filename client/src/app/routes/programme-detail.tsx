// One programme: its funders, period and description, and the missions it groups as far
// as the caller sees them. Out of the caller's reach, it is not found.
import { Link, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { mayExportIati, mayManageDirectory } from "@hemicycle/shared/policy";
import { useMe } from "../../lib/session.ts";
import { isMissingRecord } from "../../lib/errors.ts";
import { formatDateRange } from "../../lib/format.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { ButtonLink } from "../../components/ui/button.tsx";
import { Card } from "../../components/ui/card.tsx";
import { Badge } from "../../components/ui/badge.tsx";
import { EmptyState } from "../../components/ui/empty-state.tsx";
import { QueryState } from "../../components/list/query-state.tsx";
import { PagedList } from "../../components/list/paged-list.tsx";
import { useProgramme, type ProgrammeRecord } from "../../features/programmes/api/programmes.ts";
import { useMissionList } from "../../features/missions/api/missions.ts";
import { MissionCardList } from "../../features/missions/components/mission-card-list.tsx";
import { IatiExport } from "../../features/programmes/components/iati-export.tsx";
import { NotFoundState } from "../not-found-state.tsx";

export function ProgrammeDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useProgramme(id);
  useDocumentTitle(query.data?.name ?? t("programmes.detail.loading"));
  return (
    <QueryState
      query={query}
      renderError={(error) =>
        isMissingRecord(error) ? (
          <NotFoundState title={t("programmes.detail.notFound")} description={t("programmes.detail.notFoundHint")} />
        ) : null
      }
    >
      {query.data ? <ProgrammeView programme={query.data} /> : null}
    </QueryState>
  );
}

function ProgrammeView({ programme }: { programme: ProgrammeRecord }) {
  const { t } = useTranslation();
  const me = useMe();
  const missions = useMissionList({ programmeId: programme.id });
  const period = formatDateRange(programme.startDate, programme.endDate);
  return (
    <>
      <PageHeader
        eyebrow={
          <Link to="/programmes" className="hover:text-zinc-800 hover:underline">
            {t("programmes.title")}
          </Link>
        }
        title={programme.name}
        description={period}
        actions={
          mayManageDirectory(me) ? (
            <ButtonLink to={`/programmes/${programme.id}/edit`}>{t("programmeForm.editAction")}</ButtonLink>
          ) : null
        }
      />
      <div className="grid items-start gap-4 lg:grid-cols-3">
        <div className="grid gap-4">
          <Card title={t("programmes.detail.about")}>
            <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-zinc-500">{t("programmes.columns.period")}</dt>
              <dd>{period}</dd>
              <dt className="text-zinc-500">{t("programmes.columns.funders")}</dt>
              <dd>
                {programme.funders.length > 0 ? (
                  <ul className="flex flex-wrap gap-1.5">
                    {programme.funders.map((funder) => (
                      <li key={funder}>
                        <Badge>{funder}</Badge>
                      </li>
                    ))}
                  </ul>
                ) : (
                  "—"
                )}
              </dd>
            </dl>
            <h3 className="mt-4 text-xs font-semibold tracking-wide text-zinc-500 uppercase">
              {t("programmes.detail.description")}
            </h3>
            {/* People's own text takes its own direction: an English description on an Arabic page ends with its full stop. */}
            <p
              dir={programme.description ? "auto" : undefined}
              className="mt-1 text-sm break-words whitespace-pre-line text-zinc-700"
            >
              {programme.description ?? t("programmes.detail.noDescription")}
            </p>
          </Card>
          {mayExportIati(me) ? <IatiExport programmeId={programme.id} programmeName={programme.name} /> : null}
        </div>
        <Card title={t("programmes.detail.missions")} className="lg:col-span-2">
          <PagedList list={missions} empty={<EmptyState title={t("programmes.detail.noMissions")} />}>
            {(items) => <MissionCardList missions={items} />}
          </PagedList>
        </Card>
      </div>
    </>
  );
}
