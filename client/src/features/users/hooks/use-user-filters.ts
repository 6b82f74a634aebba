// The users list's search and role filter, kept in the URL.
import { useMemo } from "react";
import { ROLES, type Role } from "@hemicycle/shared/enums";
import { useUrlFilters } from "../../../lib/use-url-filters.ts";

const KEYS = ["q", "role"] as const;

function asRole(value: string | null): Role | undefined {
  return ROLES.find((r) => r === value);
}

export function useUserFilters() {
  const { params, setFilter, clear, active } = useUrlFilters(KEYS);
  const filters = useMemo(() => ({ search: params.get("q") ?? "", role: asRole(params.get("role")) }), [params]);
  return { filters, setFilter, clear, active };
}
