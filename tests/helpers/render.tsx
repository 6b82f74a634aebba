// Renders a client component inside what the app puts around it: a fresh QueryClient per
// test (no retries, so a failing query fails at once) and a router at a chosen address.
// Returns Testing Library's queries plus a user-event instance to drive it.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, type RenderOptions } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement, ReactNode } from "react";
import { MemoryRouter } from "react-router";

type RenderAppOptions = Omit<RenderOptions, "wrapper"> & {
  /** The address the router starts at. */
  route?: string;
};

export function renderWithApp(ui: ReactElement, { route = "/", ...options }: RenderAppOptions = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
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
