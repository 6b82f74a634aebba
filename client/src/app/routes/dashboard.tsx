import { useTranslation } from "react-i18next";
import { REGIONS, type Region } from "@hemicycle/shared/enums";
import { mayReadProgrammeDashboard } from "@hemicycle/shared/policy";
import { useMe } from "../../lib/session.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { useUrlFilters } from "../../lib/use-url-filters.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { QueryState } from "../../components/list/query-state.tsx";
import { Refreshing } from "../../components/list/refreshing.tsx";
import { useDashboardSummary } from "../../features/dashboard/api/dashboard.ts";
import { DashboardFilters } from "../../features/dashboard/components/dashboard-filters.tsx";
import { DashboardView } from "../../features/dashboard/components/dashboard-view.tsx";
import { ForbiddenState } from "../forbidden-state.tsx";

const FILTER_KEYS = ["region", "programme"] as const;

export function DashboardPage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t("dashboard.title"));
  if (!mayReadProgrammeDashboard(me)) return <ForbiddenState />;
  return <Dashboard />;
}

function Dashboard() {
  const { t } = useTranslation();
  const { params, setFilter, clear, active } = useUrlFilters(FILTER_KEYS);
  const regionParam = params.get("region") ?? "";
  const region = (REGIONS as readonly string[]).includes(regionParam) ? (regionParam as Region) : undefined;
  const programmeId = params.get("programme") || undefined;
  const query = useDashboardSummary({ regionFilter: region, programmeId });
  return (
    <>
      <PageHeader title={t("dashboard.title")} description={t("dashboard.description")} />
      <DashboardFilters
        region={region ?? ""}
        programmeId={programmeId ?? ""}
        programmes={query.data?.programmes ?? []}
        setFilter={setFilter}
        active={active}
        clear={clear}
      />
      <QueryState query={query} isEmpty={false}>
        <Refreshing busy={query.isPlaceholderData}>
          {query.data ? <DashboardView summary={query.data} /> : null}
        </Refreshing>
      </QueryState>
    </>
  );
}
