import { ZByIdInput } from "@hemicycle/shared/schemas/common";
import { ZCreateExpertInput, ZExpertListInput, ZUpdateExpertInput } from "@hemicycle/shared/schemas/experts";
import { createExpert, getExpert, listExperts, updateExpert } from "../../services/experts.ts";
import { directoryManagerProcedure, protectedProcedure, router } from "../../trpc.ts";

export const expertsRouter = router({
  list: protectedProcedure.input(ZExpertListInput).query(({ ctx, input }) => listExperts(ctx.db, ctx.user, input)),
  byId: protectedProcedure.input(ZByIdInput).query(({ ctx, input }) => getExpert(ctx.db, ctx.user, input.id)),
  create: directoryManagerProcedure
    .input(ZCreateExpertInput)
    .mutation(({ ctx, input }) => createExpert(ctx.db, ctx.user, input)),
  update: directoryManagerProcedure
    .input(ZUpdateExpertInput)
    .mutation(({ ctx, input }) => updateExpert(ctx.db, ctx.user, input)),
});
