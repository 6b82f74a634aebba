import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@hemicycle/server/router";

/** What each procedure returns, as the server declares it. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
