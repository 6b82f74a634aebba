// The list kit's ladder for anything loaded from the server: a spinner while it loads, the
// error with "Try again" when it failed, the empty state when there is nothing, else the
// content. Takes the query's state as plain values (TanStack Query results fit), so the
// kit stays apart from the data client.
import type { ReactNode } from "react";
import { ErrorState } from "../ui/error-state.tsx";
import { LoadingBlock } from "../ui/spinner.tsx";

export type QueryStatus = {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  isRefetching: boolean;
  refetch: () => unknown;
};

type QueryStateProps = {
  query: QueryStatus;
  /** Nothing to show once loaded. */
  isEmpty?: boolean;
  empty?: ReactNode;
  /** Replaces the generic error state for some errors (a record that is not there…); return null to keep it. */
  renderError?: (error: unknown) => ReactNode;
  children: ReactNode;
};

export function QueryState({ query, isEmpty = false, empty = null, renderError, children }: QueryStateProps) {
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) {
    return (
      renderError?.(query.error) ?? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />
      )
    );
  }
  return isEmpty ? empty : children;
}
