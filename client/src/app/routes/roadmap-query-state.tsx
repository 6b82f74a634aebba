// The roadmap pages' ladder while their records load: the spinner, the error with "Try
// again", and "not found" for a record the user may not see (the server answers
// NOT_FOUND for one out of their reach, so it reads as if it did not exist).
import type { ReactNode } from "react";
import { isMissingRecord } from "../../lib/errors.ts";
import { QueryState, type QueryStatus } from "../../components/list/query-state.tsx";
import { NotFoundState } from "../not-found-state.tsx";

type RoadmapQueryStateProps = {
  /** What the page loads, outermost first: each waits for the one before. */
  queries: readonly QueryStatus[];
  notFound: { title: string; description: string };
  children: ReactNode;
};

export function RoadmapQueryState({ queries, notFound, children }: RoadmapQueryStateProps) {
  const renderError = (error: unknown) => (isMissingRecord(error) ? <NotFoundState {...notFound} /> : null);
  return queries.reduceRight<ReactNode>(
    (inner, query) => (
      <QueryState query={query} renderError={renderError}>
        {inner}
      </QueryState>
    ),
    children,
  );
}
