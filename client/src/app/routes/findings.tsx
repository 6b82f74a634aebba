// The findings log: every finding the user may see (staff their parliament's validated
// ones, experts their missions', coordinators all), searched, filtered and sorted on the
// server, with how many match, a count by ICT area and severity, and the validated ones
// to download as CSV. Search, filters, order live in the address; a phone gets cards.
import { useTranslation } from "react-i18next";
import { directoryReach, readsOnlyValidatedFindings } from "@hemicycle/shared/policy";
import { useMe } from "../../lib/session.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { Button } from "../../components/ui/button.tsx";
import { EmptyState } from "../../components/ui/empty-state.tsx";
import { PagedList } from "../../components/list/paged-list.tsx";
import { useFindingLog, useFindingSummary } from "../../features/findings/api/finding-log.ts";
import { useFindingFilters } from "../../features/findings/hooks/use-finding-filters.ts";
import { FindingLogFilters } from "../../features/findings/components/finding-log-filters.tsx";
import { FindingsTable } from "../../features/findings/components/findings-table.tsx";
import { FindingCardList } from "../../features/findings/components/finding-card-list.tsx";
import { FindingsByAreaSeverity } from "../../features/findings/components/findings-by-area-severity.tsx";
import { StartExportButton } from "../../features/exports/components/start-export-button.tsx";
import { currentLanguage } from "../../lib/i18n.ts";

const wideScreen = () => typeof window.matchMedia !== "function" || window.matchMedia("(min-width: 48rem)").matches;

export function FindingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const validatedOnly = readsOnlyValidatedFindings(me);
  const filterState = useFindingFilters();
  const { filters, active, clear } = filterState;
  const { search, sort, sortDirection, ...narrowing } = filters;
  const where = { ...narrowing, search: search || undefined };
  const list = useFindingLog({ ...where, sort, sortDirection });
  const summary = useFindingSummary(where);
  const first = list.data?.pages[0];
  const total = first?.total;
  const title = t("findingList.title");
  useDocumentTitle(title);

  return (
    <>
      <PageHeader
        title={title}
        description={validatedOnly ? t("findingList.descriptionValidated") : t("findingList.description")}
        actions={
          // Prepared on the server as a job (the exports page follows it): the validated
          // findings among the mission, parliament and area filters, in the screens' language.
          <StartExportButton
            request={() => ({
              kind: "findingsCsv",
              params: {
                missionId: filters.missionId,
                parliamentId: filters.parliamentId,
                area: filters.area,
                language: currentLanguage(),
              },
            })}
          >
            {t("findingList.exportCsv")}
          </StartExportButton>
        }
      />
      <FindingLogFilters {...filterState} showParliament={directoryReach(me) === "ALL"} showStatus={!validatedOnly} />
      {total !== undefined ? (
        <p className="mb-2 text-sm text-zinc-600" role="status">
          {/* Past LIST_TOTAL_CAP the server stops counting: "more than 10,000". */}
          {first?.totalCapped ? t("findingList.totalCapped", { cap: total }) : t("findingList.total", { count: total })}
        </p>
      ) : null}
      {summary.data && summary.data.total > 0 ? (
        // Open on wider screens; on a phone it would push the list a screen down.
        <details className="mb-4 rounded-lg border border-zinc-200 bg-white md:max-w-3xl" open={wideScreen()}>
          <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-zinc-800">
            {t("findingList.summary")}
          </summary>
          <div className="overflow-x-auto px-4 pb-3">
            <FindingsByAreaSeverity cells={summary.data.cells} caption={t("findingList.summaryCaption")} />
          </div>
        </details>
      ) : null}
      <PagedList
        list={list}
        empty={
          <EmptyState
            title={active ? t("findingList.emptyFiltered") : t("findingList.empty")}
            description={
              active
                ? t("findingList.emptyFilteredHint")
                : validatedOnly
                  ? t("findingList.emptyValidatedHint")
                  : t("findingList.emptyHint")
            }
            action={
              active ? (
                <Button variant="secondary" onClick={clear}>
                  {t("findingList.filters.clear")}
                </Button>
              ) : null
            }
          />
        }
      >
        {(findings) => (
          <>
            {/* A phone gets cards: the table would scroll sideways. */}
            <FindingsTable
              findings={findings}
              caption={title}
              showStatus={!validatedOnly}
              className="hidden md:block"
            />
            <div className="rounded-lg border border-zinc-200 bg-white px-4 py-3 md:hidden">
              <FindingCardList findings={findings} label={title} showStatus={!validatedOnly} />
            </div>
          </>
        )}
      </PagedList>
    </>
  );
}
