import { useQuery } from "@tanstack/react-query";
import type { TDashboardSummaryInput } from "@hemicycle/shared/schemas/dashboard";
import { trpc } from "../../../lib/trpc.ts";
import type { RouterOutputs } from "../../../lib/router-types.ts";

export type DashboardSummary = RouterOutputs["dashboard"]["summary"];

export function useDashboardSummary(filters: TDashboardSummaryInput) {
  return useQuery({
    ...trpc.dashboard.summary.queryOptions(filters),
    placeholderData: (previous) => previous,
  });
}
