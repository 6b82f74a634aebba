import { ZByIdInput, zId } from "@hemicycle/shared/schemas/common";
import { z } from "zod";
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
import { directoryManagerProcedure, protectedProcedure, router } from "../../trpc.ts";

export const parliamentsRouter = router({
  list: protectedProcedure
    .input(ZParliamentListInput)
    .query(({ ctx, input }) => listParliaments(ctx.db, ctx.user, input)),
  byId: protectedProcedure.input(ZByIdInput).query(({ ctx, input }) => getParliament(ctx.db, ctx.user, input.id)),
  // Not parliamentProcedure: the overview reads the parliament (NOT_FOUND out of scope) itself,
  // beside its counts, rather than once more before them.
  overview: protectedProcedure
    .input(z.object({ parliamentId: zId }))
    .query(({ ctx, input }) => getParliamentOverview(ctx.db, ctx.user, input.parliamentId)),
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
