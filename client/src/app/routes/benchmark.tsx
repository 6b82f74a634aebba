// Benchmarking (findings.benchmark): validated findings by ICT area across the parliaments
// of a region or programme, the filters kept in the address. Everyone signed in may look;
// the server scopes the answer (staff see their parliament against anonymised others).
import { useTranslation } from "react-i18next";
import { REGIONS, type Region } from "@hemicycle/shared/enums";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { useUrlFilters } from "../../lib/use-url-filters.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { QueryState } from "../../components/list/query-state.tsx";
import { Refreshing } from "../../components/list/refreshing.tsx";
import { useBenchmark, useProgrammeChoices } from "../../features/benchmark/api/benchmark.ts";
import { BenchmarkFilters, BenchmarkView } from "../../features/benchmark/components/benchmark-view.tsx";

const FILTER_KEYS = ["region", "programme"] as const;

export function BenchmarkPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("benchmark.title"));
  const { params, setFilter, clear, active } = useUrlFilters(FILTER_KEYS);
  const regionParam = params.get("region") ?? "";
  const region = (REGIONS as readonly string[]).includes(regionParam) ? (regionParam as Region) : undefined;
  const programmeId = params.get("programme") || undefined;
  const query = useBenchmark({ region, programmeId });
  const programmes = useProgrammeChoices();
  return (
    <>
      <PageHeader title={t("benchmark.title")} description={t("benchmark.description")} />
      <BenchmarkFilters
        region={region ?? query.data?.group.region ?? ""}
        programmeId={programmeId ?? ""}
        programmes={programmes.data ?? []}
        setFilter={setFilter}
        active={active}
        clear={clear}
      />
      <QueryState query={query} isEmpty={false}>
        <Refreshing busy={query.isPlaceholderData}>
          {query.data ? <BenchmarkView benchmark={query.data} /> : null}
        </Refreshing>
      </QueryState>
    </>
  );
}
