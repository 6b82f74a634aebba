// The missions list's filters, kept in the URL.
import { useMemo } from "react";
import { MISSION_STATUSES, type MissionStatus } from "@hemicycle/shared/enums";
import { useUrlFilters } from "../../../lib/use-url-filters.ts";
import type { MissionFilters } from "../api/missions.ts";

const KEYS = ["q", "status", "parliament"] as const;

function asStatus(value: string | null): MissionStatus | undefined {
  return MISSION_STATUSES.find((s) => s === value);
}

export function useMissionFilters() {
  const { params, setFilter, clear, active } = useUrlFilters(KEYS);
  const filters = useMemo<MissionFilters & { search: string }>(
    () => ({
      search: params.get("q") ?? "",
      status: asStatus(params.get("status")),
      parliamentId: params.get("parliament") ?? undefined,
    }),
    [params],
  );
  return { filters, setFilter, clear, active };
}
