// The query client and the tRPC options proxy: one of each for the whole app. Query
// defaults, the toast for failed mutations and the redirect to /login on UNAUTHORIZED
// live here and nowhere else.
import { MutationCache, QueryCache, QueryClient, type Mutation } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, retryLink, splitLink } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import superjson from "superjson";
import type { AppRouter } from "@hemicycle/server/router";
import { describeError } from "./describe-error.ts";
import { errorInfo, isRetryable, isUnauthorized, type ErrorInfo } from "./errors.ts";
import i18n from "./i18n.ts";
import { onUnauthorized } from "./session-events.ts";

declare module "@tanstack/react-query" {
  interface Register {
    mutationMeta: {
      /**
       * The errors the calling form shows itself (next to fields, in the dialog…).
       * Those get no toast; any other failure does.
       */
      handles?: (error: ErrorInfo) => boolean;
      /** Shown in the toast instead of the server's message. */
      errorTitle?: string;
    };
  }
}

/** For mutations whose form or dialog shows every failure itself (useSchemaForm's showServerError): no toast. */
export const shownInForm = { handles: () => true };

function mutationFailed(error: unknown, mutation: Mutation<unknown, unknown, unknown, unknown>) {
  if (isUnauthorized(error)) {
    onUnauthorized();
    return;
  }
  const info = errorInfo(error);
  if (mutation.meta?.handles?.(info)) return;
  const title = mutation.meta?.errorTitle ?? i18n.t("errors.actionFailed");
  const description = describeError(error);
  // sonner is a chunk of its own (app/provider.tsx), in by the time anything fails.
  void import("sonner").then(({ toast }) => toast.error(title, { description }));
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error) => {
      if (isUnauthorized(error)) onUnauthorized();
    },
  }),
  mutationCache: new MutationCache({
    onError: (error, _variables, _result, mutation) => mutationFailed(error, mutation),
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) => isRetryable(error) && failureCount < 2,
    },
    mutations: { retry: false },
  },
});

/** A live feed that broke for a reason other than the session or access: try again, more slowly each time. */
function retriesSubscription({ error }: { error: unknown }): boolean {
  const code = errorInfo(error).code;
  return code !== "UNAUTHORIZED" && code !== "FORBIDDEN" && code !== "NOT_FOUND" && code !== "BAD_REQUEST";
}

const trpcClient = createTRPCClient<AppRouter>({
  links: [
    splitLink({
      condition: (op) => op.type === "subscription",
      // Subscriptions (the roadmap's live feed) over server-sent events: the browser's
      // EventSource reconnects after a lost connection by itself; the retry link restarts
      // a feed the server ended with an error.
      true: [
        retryLink({ retry: retriesSubscription, retryDelayMs: (attempt) => Math.min(1000 * 2 ** attempt, 15_000) }),
        httpSubscriptionLink({ url: "/trpc", transformer: superjson }),
      ],
      // The server refuses batches of more than 50 calls (server/src/http/trpc-plugin.ts).
      false: httpBatchLink({ url: "/trpc", transformer: superjson, maxItems: 50 }),
    }),
  ],
});

export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
