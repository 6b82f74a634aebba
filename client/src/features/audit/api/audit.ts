import { useQuery } from "@tanstack/react-query";
import type { TAuditFilterInput } from "@hemicycle/shared/schemas/audit";
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
