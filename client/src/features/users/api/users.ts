// Data access for user accounts (admins only): the list and the two mutations.
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import type { Role } from "@hemicycle/shared/enums";
import { pagedListOptions, withItems } from "../../../lib/paged-list.ts";
import type { RouterOutputs } from "../../../lib/router-types.ts";
import { meQueryOptions } from "../../../lib/session.ts";
import { shownInForm, trpc } from "../../../lib/trpc.ts";

export type UserListItem = RouterOutputs["users"]["list"]["items"][number];

const USERS_PAGE_SIZE = 25;

export type UserFilters = { search?: string; role?: Role };

export function useUserList(filters: UserFilters) {
  return withItems(
    useInfiniteQuery(trpc.users.list.infiniteQueryOptions({ ...filters, limit: USERS_PAGE_SIZE }, pagedListOptions)),
  );
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.users.create.mutationOptions({
      meta: shownInForm,
      onSuccess: () => queryClient.invalidateQueries(trpc.users.list.pathFilter()),
    }),
  );
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.users.update.mutationOptions({
      meta: shownInForm,
      onSettled: () => queryClient.invalidateQueries(trpc.users.list.pathFilter()),
      onSuccess: async (user) => {
        // Renaming yourself: the header shows the new name.
        const me = queryClient.getQueryData(meQueryOptions().queryKey);
        if (me?.id === user.id) await queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey });
      },
    }),
  );
}
