// A list the server pages with a cursor: the query ladder, the rows, and "Load more" with
// how many are shown (and of how many, when the server counts them). While new filters
// load, the previous rows stay, dimmed.
import type { ReactNode } from "react";
import { LoadMore } from "../ui/pagination.tsx";
import { QueryState, type QueryStatus } from "./query-state.tsx";
import { Refreshing } from "./refreshing.tsx";

export type PagedQuery<T> = QueryStatus & {
  items: readonly T[];
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
  isPlaceholderData: boolean;
};

type PagedListProps<T> = {
  list: PagedQuery<T>;
  empty: ReactNode;
  /** "N shown" under the list; off where the count means little (a short panel). */
  showCount?: boolean;
  children: (items: readonly T[]) => ReactNode;
};

export function PagedList<T>({ list, empty, showCount = true, children }: PagedListProps<T>) {
  return (
    <QueryState query={list} isEmpty={list.items.length === 0} empty={empty}>
      <Refreshing busy={list.isPlaceholderData}>
        {children(list.items)}
        <LoadMore
          hasNextPage={list.hasNextPage}
          isFetchingNextPage={list.isFetchingNextPage}
          fetchNextPage={list.fetchNextPage}
          shown={showCount ? list.items.length : undefined}
        />
      </Refreshing>
    </QueryState>
  );
}
