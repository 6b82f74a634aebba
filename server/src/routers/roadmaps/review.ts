// The parliament's review: submitting, deciding, comments, revisions and their
// comparison, progress after endorsement, the list of roadmaps, and the live feed of
// saved changes. Writes check everything inside their transaction and tell the roadmap's
// open viewers once it has committed (services/roadmap-*.ts, given `ctx.events`).
import {
  ZCompareRevisionsInput,
  ZMarkRevisionSeenInput,
  ZResolveCommentInput,
  ZReviewRoadmapInput,
  ZRoadmapCommentInput,
  ZRoadmapListInput,
  ZSubmitRoadmapInput,
  ZUpdateProgressInput,
} from "@hemicycle/shared/schemas/roadmaps";
import { watchRoadmap } from "../../live/roadmap-watch.ts";
import { addComment, listComments, resolveComment } from "../../services/roadmap-comments.ts";
import { listRoadmaps } from "../../services/roadmap-list.ts";
import { updateProgress } from "../../services/roadmap-progress.ts";
import { reviewRoadmap, submitRoadmap } from "../../services/roadmap-review.ts";
import { compareRevisions, listRevisions, markRevisionSeen } from "../../services/roadmap-revisions.ts";
import { protectedProcedure, roadmapProcedure } from "../../trpc.ts";

export const roadmapReviewProcedures = {
  list: protectedProcedure.input(ZRoadmapListInput).query(({ ctx, input }) => listRoadmaps(ctx.db, ctx.user, input)),

  submitForReview: protectedProcedure
    .input(ZSubmitRoadmapInput)
    .mutation(({ ctx, input }) => submitRoadmap(ctx.db, ctx.user, input, ctx.events)),
  review: protectedProcedure
    .input(ZReviewRoadmapInput)
    .mutation(({ ctx, input }) => reviewRoadmap(ctx.db, ctx.user, input, ctx.events)),

  revisions: roadmapProcedure.query(({ ctx }) => listRevisions(ctx.db, ctx.roadmap.id)),
  compare: roadmapProcedure
    .input(ZCompareRevisionsInput)
    .query(({ ctx, input }) => compareRevisions(ctx.db, ctx.user, input)),
  markRevisionSeen: roadmapProcedure
    .input(ZMarkRevisionSeenInput)
    .mutation(({ ctx, input }) => markRevisionSeen(ctx.db, ctx.user, input)),

  comments: roadmapProcedure.query(({ ctx }) => listComments(ctx.db, ctx.roadmap.id)),
  comment: protectedProcedure
    .input(ZRoadmapCommentInput)
    .mutation(({ ctx, input }) => addComment(ctx.db, ctx.user, input, ctx.events)),
  resolveComment: protectedProcedure
    .input(ZResolveCommentInput)
    .mutation(({ ctx, input }) => resolveComment(ctx.db, ctx.user, input, ctx.events)),

  updateProgress: protectedProcedure
    .input(ZUpdateProgressInput)
    .mutation(({ ctx, input }) => updateProgress(ctx.db, ctx.user, input, ctx.events)),

  /**
   * Server-sent events: a notice for each change someone else saves, for as long as the
   * caller may read the roadmap. The base procedure's check answers NOT_FOUND at the start.
   */
  onChange: roadmapProcedure.subscription(({ ctx, signal }) =>
    watchRoadmap({ db: ctx.db, events: ctx.events, viewerId: ctx.user.id, roadmapId: ctx.roadmap.id, signal }),
  ),
};
