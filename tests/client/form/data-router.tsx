// Renders pages inside a memory *data* router, for what needs one (react-router's
// useBlocker, behind the unsaved-changes guard): like renderWithApp, a fresh QueryClient
// per test with `me` and `seed` put in the cache first, and a user-event instance.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, RouterProvider, type RouteObject } from "react-router";
import { meQueryOptions } from "../../../client/src/lib/session.ts";
import type { Me } from "../../helpers/render.tsx";

type Options = { route: string; me?: Me; seed?: (queryClient: QueryClient) => void };

export function renderWithDataRouter(routes: RouteObject[], { route, me, seed }: Options) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  });
  if (me) queryClient.setQueryData(meQueryOptions().queryKey, me);
  seed?.(queryClient);
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { user, queryClient, router, ...view };
}
