import { useQuery } from "@tanstack/react-query";
import { trpc } from "../../../lib/trpc.ts";
import type { RouterOutputs } from "../../../lib/router-types.ts";

export type AuditEvent = RouterOutputs["audit"]["list"]["items"][number];

const AUDIT_PAGE_SIZE = 50;

export function useAuditPage(cursor: string | null) {
  return useQuery({
    ...trpc.audit.list.queryOptions({ cursor, limit: AUDIT_PAGE_SIZE }),
    placeholderData: (previous) => previous,
  });
}
