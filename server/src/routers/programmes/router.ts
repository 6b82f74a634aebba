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
import { programmeIatiSummary } from "../../services/programme-iati.ts";
import { directoryManagerProcedure, policyProcedure, protectedProcedure, router } from "../../trpc.ts";
import { mayExportIati } from "@hemicycle/shared/policy";

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
  // What the programme's IATI file (GET /export/programmes/:id.iati.xml) will hold.
  iatiSummary: policyProcedure(mayExportIati)
    .input(ZByIdInput)
    .query(({ ctx, input }) => programmeIatiSummary(ctx.db, ctx.user, input.id)),
});
