// Parliaments, programmes and experts as the mission screens need them: options for
// filters and forms, and the expert search of the assign dialog.
import { useQuery } from "@tanstack/react-query";
import type { IctArea } from "@hemicycle/shared/enums";
import { trpc } from "../../../lib/trpc.ts";
import type { RouterOutputs } from "../../../lib/router-types.ts";

export type ExpertListItem = RouterOutputs["experts"]["list"]["items"][number];

export function useParliaments(enabled = true) {
  return useQuery({ ...trpc.parliaments.list.queryOptions({ limit: 100 }), enabled, staleTime: 5 * 60_000 });
}

export function useProgrammes() {
  return useQuery({ ...trpc.programmes.list.queryOptions({ limit: 100 }), staleTime: 5 * 60_000 });
}

export function useExpertSearch(search: string, area: IctArea | undefined) {
  return useQuery({
    ...trpc.experts.list.queryOptions({ search: search || undefined, area, limit: 20 }),
    placeholderData: (previous) => previous,
  });
}
