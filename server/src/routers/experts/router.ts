import { ZByIdInput } from "@hemicycle/shared/schemas/common";
import {
  ZCreateExpertInput,
  ZExpertListInput,
  ZImportExpertsCsvInput,
  ZUpdateExpertInput,
} from "@hemicycle/shared/schemas/experts";
import { importExpertsCsv } from "../../services/expert-import.ts";
import { createExpert, getExpert, listExperts, updateExpert } from "../../services/experts.ts";
import { ZSuggestExpertsInput } from "@hemicycle/shared/schemas/team";
import { suggestExperts } from "../../services/expert-matching.ts";
import { directoryManagerProcedure, missionManagerProcedure, protectedProcedure, router } from "../../trpc.ts";

export const expertsRouter = router({
  list: protectedProcedure.input(ZExpertListInput).query(({ ctx, input }) => listExperts(ctx.db, ctx.user, input)),
  byId: protectedProcedure.input(ZByIdInput).query(({ ctx, input }) => getExpert(ctx.db, ctx.user, input.id)),
  /** Experts ranked for a phase's team, with why and what clashes (docs/design.md, "Expert matching"). */
  suggest: missionManagerProcedure
    .input(ZSuggestExpertsInput)
    .query(({ ctx, input }) => suggestExperts(ctx.db, ctx.user, input)),
  create: directoryManagerProcedure
    .input(ZCreateExpertInput)
    .mutation(({ ctx, input }) => createExpert(ctx.db, ctx.user, input)),
  update: directoryManagerProcedure
    .input(ZUpdateExpertInput)
    .mutation(({ ctx, input }) => updateExpert(ctx.db, ctx.user, input)),
  importCsv: directoryManagerProcedure
    .input(ZImportExpertsCsvInput)
    .mutation(({ ctx, input }) => importExpertsCsv(ctx.db, ctx.user, input)),
});
