import { useQuery } from "@tanstack/react-query";
import type { TAuditFilterInput } from "@hemicycle/shared/schemas/audit";
import { currentLanguage } from "../../../lib/i18n.ts";
import { trpc } from "../../../lib/trpc.ts";
import type { RouterOutputs } from "../../../lib/router-types.ts";

export type AuditEvent = RouterOutputs["audit"]["list"]["items"][number];

/** The filters as the address holds them: days as `YYYY-MM-DD`. */
export type AuditFilters = Omit<TAuditFilterInput, "from" | "to"> & { from?: string; to?: string };

const AUDIT_PAGE_SIZE = 50;

export function useAuditPage(filters: AuditFilters, cursor: string | null) {
  return useQuery({
    ...trpc.audit.list.queryOptions({ ...filters, cursor, limit: AUDIT_PAGE_SIZE }),
    placeholderData: (previous) => previous,
  });
}

/** The people the log names, for the person filter. */
export function useAuditActors() {
  return useQuery({ ...trpc.audit.actors.queryOptions(), staleTime: 60_000 });
}

/** `/export/audit.csv` with the filters that are set: the CSV of what the view shows (every page), in the screens' language. */
export function auditCsvHref(filters: AuditFilters): string {
  const params = new URLSearchParams();
  for (const key of ["actorId", "entityType", "entityId", "action", "from", "to"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  params.set("language", currentLanguage());
  return `/export/audit.csv?${params.toString()}`;
}
