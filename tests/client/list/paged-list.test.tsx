// The list kit takes a query's state as plain values, so each rung of its ladder is
// rendered here from a hand-made state: loading, failed, empty, rows, "Load more".
import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { PagedList, type PagedQuery } from "../../../client/src/components/list/paged-list.tsx";
import { QueryState, type QueryStatus } from "../../../client/src/components/list/query-state.tsx";
import { renderWithApp } from "../../helpers/render.tsx";
import { serverError } from "../fixtures.ts";

type Row = { id: string; name: string };

const settled: QueryStatus = {
  isPending: false,
  isError: false,
  error: null,
  isRefetching: false,
  refetch: () => {},
};

function paged(overrides: Partial<PagedQuery<Row>> = {}): PagedQuery<Row> {
  return {
    ...settled,
    items: [
      { id: "1", name: "Zambia" },
      { id: "2", name: "Kenya" },
    ],
    hasNextPage: false,
    isFetchingNextPage: false,
    fetchNextPage: () => {},
    isPlaceholderData: false,
    ...overrides,
  };
}

function renderList(list: PagedQuery<Row>, showCount?: boolean) {
  return renderWithApp(
    <PagedList list={list} empty={<p>No parliaments yet</p>} showCount={showCount}>
      {(items) => (
        <ul aria-label="Parliaments">
          {items.map((item) => (
            <li key={item.id}>{item.name}</li>
          ))}
        </ul>
      )}
    </PagedList>,
  );
}

describe("QueryState", () => {
  it("shows the loading state, not the content, while pending", () => {
    renderWithApp(
      <QueryState query={{ ...settled, isPending: true }}>
        <p>Content</p>
      </QueryState>,
    );
    expect(screen.getByRole("status")).toHaveTextContent("Loading…");
    expect(screen.queryByText("Content")).not.toBeInTheDocument();
  });

  it("shows the error with a Try again that refetches", async () => {
    const refetch = vi.fn();
    const { user } = renderWithApp(
      <QueryState query={{ ...settled, isError: true, error: new Error("boom"), refetch }}>
        <p>Content</p>
      </QueryState>,
    );
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("Could not load this");
    // Not a call's answer but a fault in the page: the generic words (nothing was logged
    // on the server), never the raw exception text.
    expect(alert).toHaveTextContent("Something went wrong.");
    expect(alert).not.toHaveTextContent("logged");
    expect(alert).not.toHaveTextContent("boom");
    expect(screen.queryByText("Content")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(refetch).toHaveBeenCalledTimes(1);
  });

  it("words the error with the server's own message", () => {
    renderWithApp(
      <QueryState
        query={{ ...settled, isError: true, error: serverError({ code: "FORBIDDEN", message: { code: "forbidden" } }) }}
      >
        <p>Content</p>
      </QueryState>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("Your role does not allow this.");
  });

  it("marks the Try again button busy while refetching", () => {
    renderWithApp(
      <QueryState query={{ ...settled, isError: true, error: new Error("boom"), isRefetching: true }}>
        <p>Content</p>
      </QueryState>,
    );
    expect(screen.getByRole("button", { name: /Try again/ })).toBeDisabled();
  });

  it("lets renderError replace the generic error for some errors, and keeps it for others", () => {
    const notFound = serverError({ code: "NOT_FOUND", message: { code: "notFound", params: { entity: "mission" } } });
    const renderError = (error: unknown) => (error === notFound ? <h2>Mission not found</h2> : null);
    const { rerender } = renderWithApp(
      <QueryState query={{ ...settled, isError: true, error: notFound }} renderError={renderError}>
        <p>Content</p>
      </QueryState>,
    );
    expect(screen.getByRole("heading", { name: "Mission not found" })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Try again" })).not.toBeInTheDocument();

    rerender(
      <QueryState query={{ ...settled, isError: true, error: new Error("boom") }} renderError={renderError}>
        <p>Content</p>
      </QueryState>,
    );
    expect(screen.queryByRole("heading", { name: "Mission not found" })).not.toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("Could not load this");
  });

  it("shows the empty node when loaded with nothing, else the content", () => {
    const { rerender } = renderWithApp(
      <QueryState query={settled} isEmpty empty={<p>Nothing here</p>}>
        <p>Content</p>
      </QueryState>,
    );
    expect(screen.getByText("Nothing here")).toBeInTheDocument();
    expect(screen.queryByText("Content")).not.toBeInTheDocument();

    rerender(
      <QueryState query={settled} isEmpty={false} empty={<p>Nothing here</p>}>
        <p>Content</p>
      </QueryState>,
    );
    expect(screen.getByText("Content")).toBeInTheDocument();
    expect(screen.queryByText("Nothing here")).not.toBeInTheDocument();
  });
});

describe("PagedList", () => {
  it("renders the rows through its children function, with how many are shown", () => {
    renderList(paged());
    const rows = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(rows).toEqual(["Zambia", "Kenya"]);
    expect(screen.getByText("2 shown")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Load more" })).not.toBeInTheDocument();
  });

  it("shows the empty node, not an empty list, when there are no rows", () => {
    renderList(paged({ items: [] }));
    expect(screen.getByText("No parliaments yet")).toBeInTheDocument();
    expect(screen.queryByRole("list")).not.toBeInTheDocument();
    expect(screen.queryByText(/shown/)).not.toBeInTheDocument();
  });

  it("goes through the ladder: loading and failed lists show no rows", () => {
    const { rerender } = renderList(paged({ isPending: true, items: [] }));
    expect(screen.getByRole("status")).toHaveTextContent("Loading…");
    expect(screen.queryByText("No parliaments yet")).not.toBeInTheDocument();

    rerender(
      <PagedList list={paged({ isError: true, error: new Error("boom") })} empty={<p>No parliaments yet</p>}>
        {(items) => <p>{items.length} rows</p>}
      </PagedList>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("Could not load this");
    expect(screen.queryByText("2 rows")).not.toBeInTheDocument();
  });

  it("offers Load more only when there is a next page, and it fetches that page", async () => {
    const fetchNextPage = vi.fn();
    const { user } = renderList(paged({ hasNextPage: true, fetchNextPage }));
    await user.click(screen.getByRole("button", { name: "Load more" }));
    expect(fetchNextPage).toHaveBeenCalledTimes(1);
  });

  it("shows Load more busy while the next page loads", () => {
    renderList(paged({ hasNextPage: true, isFetchingNextPage: true }));
    expect(screen.getByRole("button", { name: /Load more/ })).toBeDisabled();
  });

  it("leaves the count out when asked to", () => {
    renderList(paged({ hasNextPage: true }), false);
    expect(screen.queryByText("2 shown")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Load more" })).toBeInTheDocument();
  });

  it("keeps the previous rows, marked busy, while new filters load", () => {
    renderList(paged({ isPlaceholderData: true }));
    expect(screen.getByRole("list", { name: "Parliaments" }).parentElement).toHaveAttribute("aria-busy", "true");
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
  });
});
