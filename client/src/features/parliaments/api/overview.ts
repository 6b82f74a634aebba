import { skipToken, useQuery } from "@tanstack/react-query";
import { trpc } from "../../../lib/trpc.ts";
import type { RouterOutputs } from "../../../lib/router-types.ts";

export type ParliamentOverview = RouterOutputs["parliaments"]["overview"];

/** The parliament, its missions by status and its validated findings by area and severity. */
export function useParliamentOverview(parliamentId: string | null | undefined) {
  return useQuery(trpc.parliaments.overview.queryOptions(parliamentId ? { parliamentId } : skipToken));
}
