// Renders a client component inside what the app puts around it: a fresh QueryClient per
// test (no retries, so a failing query fails at once) and a router at a chosen address.
// Returns Testing Library's queries plus a user-event instance to drive it.
//
// What a page reads from the server is put in the cache beforehand: `me` is the signed-in
// user (`useMe()`), `seed` puts anything else there with the client's own query keys
// (`trpc.missions.byId.queryKey({ id })`). Cached data never goes stale here, so nothing
// a test seeded is refetched behind its back; a query nobody seeded fails at once (the
// tRPC client's relative URL cannot be fetched in jsdom), so no test reaches a server.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, type RenderOptions } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement, ReactNode } from "react";
import { MemoryRouter } from "react-router";
import type { RouterOutputs } from "../../client/src/lib/router-types.ts";
import { meQueryOptions } from "../../client/src/lib/session.ts";

/** The signed-in user as `auth.me` answers it. */
export type Me = RouterOutputs["auth"]["me"];

type RenderAppOptions = Omit<RenderOptions, "wrapper"> & {
  /** The address the router starts at. */
  route?: string;
  /** The signed-in user, read by `useMe()`. */
  me?: Me;
  /** Puts what the rendered components load into the cache before the first render. */
  seed?: (queryClient: QueryClient) => void;
};

export function renderWithApp(ui: ReactElement, { route = "/", me, seed, ...options }: RenderAppOptions = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  });
  if (me) queryClient.setQueryData(meQueryOptions().queryKey, me);
  seed?.(queryClient);
  const user = userEvent.setup();
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[route]}>{children}</MemoryRouter>
      </QueryClientProvider>
    );
  }
  return { user, queryClient, ...render(ui, { wrapper: Wrapper, ...options }) };
}
