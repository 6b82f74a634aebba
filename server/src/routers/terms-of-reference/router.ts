import { ZByIdInput } from "@hemicycle/shared/schemas/common";
import {
  ZCompareTorInput,
  ZCreateTorInput,
  ZSaveTorInput,
  ZTorVersionInput,
} from "@hemicycle/shared/schemas/terms-of-reference";
import {
  compareTermsOfReference,
  createTermsOfReference,
  getTermsOfReference,
  getTermsOfReferenceVersion,
  listTermsOfReference,
  listTermsOfReferenceSources,
  saveTermsOfReference,
} from "../../services/terms-of-reference.ts";
import { missionProcedure, protectedProcedure, router } from "../../trpc.ts";

// Terms of reference (docs/documents.md, "Terms of reference"): reads within the mission's
// reach, writes checked in the services (managers and the mission's experts).
export const termsOfReferenceRouter = router({
  list: missionProcedure.query(({ ctx }) => listTermsOfReference(ctx.db, ctx.user, ctx.mission.id)),
  sources: missionProcedure.query(({ ctx }) => listTermsOfReferenceSources(ctx.db, ctx.user, ctx.mission.id)),
  byId: protectedProcedure.input(ZByIdInput).query(({ ctx, input }) => getTermsOfReference(ctx.db, ctx.user, input.id)),
  version: protectedProcedure
    .input(ZTorVersionInput)
    .query(({ ctx, input }) => getTermsOfReferenceVersion(ctx.db, ctx.user, input)),
  compare: protectedProcedure
    .input(ZCompareTorInput)
    .query(({ ctx, input }) => compareTermsOfReference(ctx.db, ctx.user, input)),
  create: protectedProcedure
    .input(ZCreateTorInput)
    .mutation(({ ctx, input }) => createTermsOfReference(ctx.db, ctx.user, input)),
  save: protectedProcedure
    .input(ZSaveTorInput)
    .mutation(({ ctx, input }) => saveTermsOfReference(ctx.db, ctx.user, input)),
});
