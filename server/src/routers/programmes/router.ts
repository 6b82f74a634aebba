import { ZByIdInput } from "@hemicycle/shared/schemas/common";
import {
  ZCreateProgrammeInput,
  ZProgrammeListInput,
  ZUpdateProgrammeInput,
} from "@hemicycle/shared/schemas/programmes";
import {
  createProgramme,
  getProgramme,
  listProgrammeFunders,
  listProgrammes,
  updateProgramme,
} from "../../services/programmes.ts";
import { directoryManagerProcedure, protectedProcedure, router } from "../../trpc.ts";

export const programmesRouter = router({
  list: protectedProcedure
    .input(ZProgrammeListInput)
    .query(({ ctx, input }) => listProgrammes(ctx.db, ctx.user, input)),
  funders: protectedProcedure.query(({ ctx }) => listProgrammeFunders(ctx.db, ctx.user)),
  byId: protectedProcedure.input(ZByIdInput).query(({ ctx, input }) => getProgramme(ctx.db, ctx.user, input.id)),
  create: directoryManagerProcedure
    .input(ZCreateProgrammeInput)
    .mutation(({ ctx, input }) => createProgramme(ctx.db, ctx.user, input)),
  update: directoryManagerProcedure
    .input(ZUpdateProgrammeInput)
    .mutation(({ ctx, input }) => updateProgramme(ctx.db, ctx.user, input)),
});
