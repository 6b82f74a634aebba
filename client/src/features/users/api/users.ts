// Data access for user accounts (admins only). The list, the two mutations, and the
// parliaments and expert records an account can be tied to.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Role } from "@hemicycle/shared/enums";
import { trpc } from "../../../lib/trpc.ts";
import { hasFormErrors } from "../../../lib/errors.ts";
import { meQueryOptions } from "../../../lib/session.ts";
import type { RouterOutputs } from "../../../lib/router-types.ts";

export type UserListItem = RouterOutputs["users"]["list"]["items"][number];

export const USERS_PAGE_SIZE = 25;
/** The pickers load this many parliaments or expert records (the server's page cap). */
export const OPTIONS_LIMIT = 100;

export type UserFilters = { search?: string; role?: Role };

export function useUserList(filters: UserFilters) {
  return useInfiniteQuery(
    trpc.users.list.infiniteQueryOptions(
      { ...filters, limit: USERS_PAGE_SIZE },
      { getNextPageParam: (last) => last.nextCursor ?? undefined, placeholderData: (previous) => previous },
    ),
  );
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.users.create.mutationOptions({
      // Field errors, a duplicate e-mail among them, are shown next to the fields.
      meta: { handles: hasFormErrors },
      onSuccess: () => queryClient.invalidateQueries(trpc.users.list.pathFilter()),
    }),
  );
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.users.update.mutationOptions({
      // The edit dialog explains stale versions, refusals (an admin's own role or
      // status) and field errors itself.
      meta: { handles: (e) => e.reason === "STALE_VERSION" || e.code === "FORBIDDEN" || hasFormErrors(e) },
      onSettled: () => queryClient.invalidateQueries(trpc.users.list.pathFilter()),
      onSuccess: async (user) => {
        // Renaming yourself: the header shows the new name.
        const me = queryClient.getQueryData(meQueryOptions().queryKey);
        if (me?.id === user.id) await queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey });
      },
    }),
  );
}

export function useParliamentOptions() {
  return useQuery({ ...trpc.parliaments.list.queryOptions({ limit: OPTIONS_LIMIT }), staleTime: 5 * 60_000 });
}

export function useExpertOptions() {
  return useQuery({ ...trpc.experts.list.queryOptions({ limit: OPTIONS_LIMIT }), staleTime: 5 * 60_000 });
}
