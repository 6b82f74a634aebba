import { ZGlobalSearchInput } from "@hemicycle/shared/schemas/search";
import { globalSearch } from "../../services/global-search.ts";
import { protectedProcedure, router } from "../../trpc.ts";

export const searchRouter = router({
  global: protectedProcedure.input(ZGlobalSearchInput).query(({ ctx, input }) => globalSearch(ctx.db, ctx.user, input)),
});
