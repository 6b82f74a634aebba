import { ZByIdInput } from "@hemicycle/shared/schemas/common";
import {
  ZCreateParliamentInput,
  ZImportParliamentsInput,
  ZParliamentListInput,
  ZUpdateParliamentInput,
} from "@hemicycle/shared/schemas/parliaments";
import {
  createParliament,
  getParliament,
  getParliamentOverview,
  listParliaments,
  updateParliament,
} from "../../services/parliaments.ts";
import { importParliaments } from "../../services/parliament-import.ts";
import { directoryManagerProcedure, parliamentProcedure, protectedProcedure, router } from "../../trpc.ts";

export const parliamentsRouter = router({
  list: protectedProcedure
    .input(ZParliamentListInput)
    .query(({ ctx, input }) => listParliaments(ctx.db, ctx.user, input)),
  byId: protectedProcedure.input(ZByIdInput).query(({ ctx, input }) => getParliament(ctx.db, ctx.user, input.id)),
  overview: parliamentProcedure.query(({ ctx }) => getParliamentOverview(ctx.db, ctx.user, ctx.parliament.id)),
  create: directoryManagerProcedure
    .input(ZCreateParliamentInput)
    .mutation(({ ctx, input }) => createParliament(ctx.db, ctx.user, input)),
  update: directoryManagerProcedure
    .input(ZUpdateParliamentInput)
    .mutation(({ ctx, input }) => updateParliament(ctx.db, ctx.user, input)),
  importCsv: directoryManagerProcedure
    .input(ZImportParliamentsInput)
    .mutation(({ ctx, input }) => importParliaments(ctx.db, ctx.user, input)),
});
