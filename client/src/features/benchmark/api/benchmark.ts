import { useQuery } from "@tanstack/react-query";
import type { TFindingBenchmarkInput } from "@hemicycle/shared/schemas/benchmark";
import { trpc } from "../../../lib/trpc.ts";
import type { RouterOutputs } from "../../../lib/router-types.ts";

export type Benchmark = RouterOutputs["findings"]["benchmark"];
export type AssessmentComparison = RouterOutputs["findings"]["compareAssessments"];
export type RevisitCandidate = RouterOutputs["findings"]["revisitCandidates"][number];

export function useBenchmark(input: TFindingBenchmarkInput) {
  return useQuery({ ...trpc.findings.benchmark.queryOptions(input), placeholderData: (previous) => previous });
}

export function useAssessmentComparison(missionId: string) {
  return useQuery(trpc.findings.compareAssessments.queryOptions({ missionId }));
}

/** The earlier findings a finding on this phase may revisit (none unless it is a validation phase). */
export function useRevisitCandidates(phaseId: string, enabled = true) {
  return useQuery({ ...trpc.findings.revisitCandidates.queryOptions({ phaseId }), enabled });
}

/** The programmes the benchmark's filter offers: those within the caller's reach. */
export function useProgrammeChoices() {
  return useQuery({
    ...trpc.programmes.list.queryOptions({ limit: 100 }),
    select: (page) => page.items.map((p) => ({ value: p.id, label: p.name })),
  });
}
