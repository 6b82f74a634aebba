// The list's filters live in the URL, so a filtered list can be shared and the back
// button restores it.
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { MISSION_STATUSES, type MissionStatus } from "@hemicycle/shared/enums";
import type { MissionFilters } from "../api/missions.ts";

function asStatus(value: string | null): MissionStatus | undefined {
  return MISSION_STATUSES.find((s) => s === value);
}

export function useMissionFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<MissionFilters & { search: string }>(
    () => ({
      search: params.get("q") ?? "",
      status: asStatus(params.get("status")),
      parliamentId: params.get("parliament") ?? undefined,
    }),
    [params],
  );

  const setFilter = useCallback(
    (key: "q" | "status" | "parliament", value: string) => {
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
  const active = !!(filters.search || filters.status || filters.parliamentId);
  return { filters, setFilter, clear, active };
}
