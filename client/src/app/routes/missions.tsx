// Missions: all of them for coordinators and admins, "my missions" for experts, the
// parliament's own for its staff (the server scopes the list). Filters, order and the
// dense view live in the address; a phone gets cards instead of the table.
import { useTranslation } from "react-i18next";
import { directoryReach, mayManageMissions, missionReach } from "@hemicycle/shared/policy";
import { useMe } from "../../lib/session.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { ButtonLink } from "../../components/ui/button.tsx";
import { EmptyState } from "../../components/ui/empty-state.tsx";
import { PagedList } from "../../components/list/paged-list.tsx";
import { useMissionList } from "../../features/missions/api/missions.ts";
import { useMissionFilters } from "../../features/missions/hooks/use-mission-filters.ts";
import { MissionFilters } from "../../features/missions/components/mission-filters.tsx";
import { MissionsTable } from "../../features/missions/components/missions-table.tsx";
import { MissionCardList } from "../../features/missions/components/mission-card-list.tsx";

export function MissionsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const manager = mayManageMissions(me);
  // Experts see the missions they are on: theirs, not the programme's.
  const own = missionReach(me) === "OWN_TEAM";
  const filterState = useMissionFilters();
  const { filters, active, dense } = filterState;
  const list = useMissionList({
    search: filters.search || undefined,
    status: filters.status,
    parliamentId: filters.parliamentId,
    programmeId: filters.programmeId,
    sort: filters.sort,
    sortDirection: filters.sortDirection,
  });
  const first = list.data?.pages[0];
  const total = first?.total;
  const title = own ? t("missions.myTitle") : t("missions.title");
  useDocumentTitle(title);

  return (
    <>
      <PageHeader
        title={title}
        description={own ? t("missions.myDescription") : t("missions.description")}
        actions={
          manager ? (
            <ButtonLink to="/missions/new" variant="primary">
              <span aria-hidden="true">+</span> {t("missions.new")}
            </ButtonLink>
          ) : null
        }
      />
      <MissionFilters {...filterState} showParliament={directoryReach(me) === "ALL"} showProgramme={!own} />
      {total !== undefined ? (
        <p className="mb-2 text-sm text-zinc-600" role="status">
          {/* Past LIST_TOTAL_CAP the server stops counting: "more than 10,000". */}
          {first?.totalCapped ? t("missions.totalCapped", { cap: total }) : t("missions.total", { count: total })}
        </p>
      ) : null}
      <PagedList
        list={list}
        empty={
          <EmptyState
            title={active ? t("missions.emptyFiltered") : t("missions.empty")}
            description={
              active ? t("missions.emptyFilteredHint") : own ? t("missions.emptyExpertHint") : t("missions.emptyHint")
            }
            action={
              manager && !active ? (
                <ButtonLink to="/missions/new" variant="primary">
                  {t("missions.new")}
                </ButtonLink>
              ) : null
            }
          />
        }
      >
        {(missions) => (
          <>
            {/* A phone gets cards: the table would scroll sideways. */}
            <MissionsTable missions={missions} caption={title} dense={dense} className="hidden md:block" />
            <div className="rounded-lg border border-zinc-200 bg-white px-4 py-3 md:hidden">
              <MissionCardList missions={missions} label={title} />
            </div>
          </>
        )}
      </PagedList>
    </>
  );
}
