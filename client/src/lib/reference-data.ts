// Parliaments, programmes and experts as pickers and filters need them: the first page
// the server allows (100), cached for a few minutes. One module for every screen, so a
// list of choices is fetched once and shared.
import { useQuery } from "@tanstack/react-query";
import type { IctArea } from "@hemicycle/shared/enums";
import { MAX_PAGE_SIZE } from "@hemicycle/shared/schemas/common";
import { trpc } from "./trpc.ts";

const CHOICES_STALE_MS = 5 * 60_000;

/** How many choices a picker loads; `truncated` tells when there are more. */
export const CHOICES_LIMIT = MAX_PAGE_SIZE;

export function useParliamentChoices(enabled = true) {
  return useQuery({
    ...trpc.parliaments.list.queryOptions({ limit: CHOICES_LIMIT }),
    enabled,
    staleTime: CHOICES_STALE_MS,
  });
}

export function useProgrammeChoices() {
  return useQuery({ ...trpc.programmes.list.queryOptions({ limit: CHOICES_LIMIT }), staleTime: CHOICES_STALE_MS });
}

export function useExpertChoices() {
  return useQuery({ ...trpc.experts.list.queryOptions({ limit: CHOICES_LIMIT }), staleTime: CHOICES_STALE_MS });
}

/** The experts matching a search, as the assign dialog lists them while one types (only while it is open). */
export function useExpertSearch(search: string, area: IctArea | undefined, enabled: boolean) {
  return useQuery({
    ...trpc.experts.list.queryOptions({ search: search || undefined, area, limit: 20 }),
    enabled,
    placeholderData: (previous) => previous,
  });
}
