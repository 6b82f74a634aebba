// The list's search and role filter live in the URL, so that a filtered list survives a
// reload and the back button restores it.
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { ROLES, type Role } from "@hemicycle/shared/enums";

function asRole(value: string | null): Role | undefined {
  return ROLES.find((r) => r === value);
}

export function useUserFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => ({ search: params.get("q") ?? "", role: asRole(params.get("role")) }), [params]);

  const setFilter = useCallback(
    (key: "q" | "role", value: string) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const clear = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  const active = !!(filters.search || filters.role);
  return { filters, setFilter, clear, active };
}
