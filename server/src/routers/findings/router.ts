import { ZByIdInput } from "@hemicycle/shared/schemas/common";
import {
  ZCreateFindingInput,
  ZFindingFilterInput,
  ZFindingListInput,
  ZSetFindingStatusInput,
  ZUpdateFindingInput,
} from "@hemicycle/shared/schemas/findings";
import { ZReviewQueueInput, ZValidateManyInput } from "@hemicycle/shared/schemas/finding-review";
import { listFindings, summariseFindings } from "../../services/finding-list.ts";
import { listReviewQueue, setFindingStatus, validateMany } from "../../services/finding-review.ts";
import { createFinding, getFinding, updateFinding } from "../../services/findings.ts";
import { removeAttachment } from "../../services/finding-files.ts";
import {
  ZCompareAssessmentsInput,
  ZFindingBenchmarkInput,
  ZRevisitCandidatesInput,
} from "@hemicycle/shared/schemas/benchmark";
import { listRevisitCandidates } from "../../services/finding-revisits.ts";
import { getFindingBenchmark } from "../../services/findings-benchmark.ts";
import { compareAssessments } from "../../services/findings-compare.ts";
import { protectedProcedure, router } from "../../trpc.ts";

// Write rules depend on the caller's place on the phase's team, so the services check
// them against the finding's phase (services/findings.ts).
export const findingsRouter = router({
  list: protectedProcedure.input(ZFindingListInput).query(({ ctx, input }) => listFindings(ctx.db, ctx.user, input)),
  summary: protectedProcedure
    .input(ZFindingFilterInput)
    .query(({ ctx, input }) => summariseFindings(ctx.db, ctx.user, input)),
  byId: protectedProcedure.input(ZByIdInput).query(({ ctx, input }) => getFinding(ctx.db, ctx.user, input.id)),
  create: protectedProcedure
    .input(ZCreateFindingInput)
    .mutation(({ ctx, input }) => createFinding(ctx.db, ctx.user, input)),
  update: protectedProcedure
    .input(ZUpdateFindingInput)
    .mutation(({ ctx, input }) => updateFinding(ctx.db, ctx.user, input)),
  setStatus: protectedProcedure
    .input(ZSetFindingStatusInput)
    .mutation(({ ctx, input }) => setFindingStatus(ctx.db, ctx.user, input)),
  reviewQueue: protectedProcedure
    .input(ZReviewQueueInput)
    .query(({ ctx, input }) => listReviewQueue(ctx.db, ctx.user, input)),
  validateMany: protectedProcedure
    .input(ZValidateManyInput)
    .mutation(({ ctx, input }) => validateMany(ctx.db, ctx.user, input)),
  // Benchmarking: scoped inside (staff see other parliaments only anonymised).
  benchmark: protectedProcedure
    .input(ZFindingBenchmarkInput)
    .query(({ ctx, input }) => getFindingBenchmark(ctx.db, ctx.user, input)),
  compareAssessments: protectedProcedure
    .input(ZCompareAssessmentsInput)
    .query(({ ctx, input }) => compareAssessments(ctx.db, ctx.user, input)),
  revisitCandidates: protectedProcedure
    .input(ZRevisitCandidatesInput)
    .query(({ ctx, input }) => listRevisitCandidates(ctx.db, ctx.user, input)),
  // Files are uploaded and downloaded over plain HTTP (http/routes/finding-files.ts).
  removeAttachment: protectedProcedure
    .input(ZByIdInput)
    .mutation(({ ctx, input }) => removeAttachment(ctx.db, ctx.files, ctx.user, input)),
});
