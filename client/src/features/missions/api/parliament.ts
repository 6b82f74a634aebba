import { skipToken, useQuery } from "@tanstack/react-query";
import { trpc } from "../../../lib/trpc.ts";

export function useParliament(id: string | null | undefined) {
  return useQuery(trpc.parliaments.byId.queryOptions(id ? { id } : skipToken));
}
