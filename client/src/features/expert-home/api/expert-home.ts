import { useQuery } from "@tanstack/react-query";
import { trpc } from "../../../lib/trpc.ts";
import type { RouterOutputs } from "../../../lib/router-types.ts";

export type ExpertHome = RouterOutputs["dashboard"]["expertHome"];

export function useExpertHome() {
  return useQuery(trpc.dashboard.expertHome.queryOptions());
}
