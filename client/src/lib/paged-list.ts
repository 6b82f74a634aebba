// The server's lists answer `{ items, nextCursor }`: an infinite query fetches page after
// page, keeps the previous rows while new filters load, and hands the rows as one array.
//
//   withItems(useInfiniteQuery(trpc.missions.list.infiniteQueryOptions(input, pagedListOptions)))
import { keepPreviousData, type InfiniteData } from "@tanstack/react-query";

/** For `trpc.<domain>.list.infiniteQueryOptions(input, pagedListOptions)`. */
export const pagedListOptions = {
  getNextPageParam: (last: { nextCursor: string | null }) => last.nextCursor ?? undefined,
  placeholderData: keepPreviousData,
};

type PagedData = InfiniteData<{ items: readonly unknown[] }, unknown>;
// In two steps: a pending query's `data` is undefined, and `never extends …` would infer unknown.
type DataOf<Q> = Q extends { data: infer D } ? NonNullable<D> : never;
type ItemOf<Q> = DataOf<Q> extends { pages: readonly { items: readonly (infer T)[] }[] } ? T : never;

/** The query with every loaded page's rows as `items` (what the list kit's PagedList reads). */
export function withItems<Q extends { data: PagedData | undefined }>(query: Q): Q & { items: ItemOf<Q>[] } {
  return { ...query, items: (query.data?.pages.flatMap((page) => page.items) ?? []) as ItemOf<Q>[] };
}
