// The mission's activity feed, a page at a time (missions.activity).
import { useInfiniteQuery } from "@tanstack/react-query";
import { pagedListOptions, withItems } from "../../../lib/paged-list.ts";
import type { RouterOutputs } from "../../../lib/router-types.ts";
import { trpc } from "../../../lib/trpc.ts";

export type ActivityItem = RouterOutputs["missions"]["activity"]["items"][number];

export function useMissionActivity(missionId: string, pageSize = 20) {
  return withItems(
    useInfiniteQuery(trpc.missions.activity.infiniteQueryOptions({ missionId, limit: pageSize }, pagedListOptions)),
  );
}
