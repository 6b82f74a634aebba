// The audit log's filters, kept in the address (a filtered view can be shared, survives a
// reload, and the back button restores it): who, the record's type and id, the action and
// the days. Values the server would refuse are read as unset.
import { useMemo } from "react";
import { AUDIT_ACTIONS } from "@hemicycle/shared/audit-actions";
import { AUDIT_ENTITY_TYPES } from "@hemicycle/shared/schemas/audit";
import { useUrlFilters } from "../../../lib/use-url-filters.ts";
import type { AuditFilters } from "../api/audit.ts";

export const AUDIT_FILTER_KEYS = ["person", "type", "record", "action", "from", "to"] as const;
export type AuditFilterKey = (typeof AUDIT_FILTER_KEYS)[number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);

export function useAuditFilters() {
  const { params, setFilter, clear, active } = useUrlFilters<AuditFilterKey>(AUDIT_FILTER_KEYS);
  const filters = useMemo<AuditFilters>(() => {
    const day = (key: AuditFilterKey) => {
      const value = params.get(key);
      return value && DAY.test(value) ? value : undefined;
    };
    return {
      actorId: params.get("person") || undefined,
      entityType: oneOf(AUDIT_ENTITY_TYPES, params.get("type")),
      entityId: params.get("record") || undefined,
      action: oneOf(AUDIT_ACTIONS, params.get("action")),
      from: day("from"),
      to: day("to"),
    };
  }, [params]);
  return { filters, setFilter, clear, active };
}
