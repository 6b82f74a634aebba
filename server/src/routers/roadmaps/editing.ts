// The roadmap editor: the roadmap's fields, its items, their order, dependencies and
// linked findings, coverage and proposals from the findings. The services check reach
// and policy themselves (inside their transaction) and publish the saved changes once
// committed: the router hands them the bus (docs/roadmaps.md, "Editing").
import { ZByIdInput } from "@hemicycle/shared/schemas/common";
import {
  ZCreateRoadmapInput,
  ZCreateRoadmapItemInput,
  ZLinkFindingsInput,
  ZRemoveRoadmapItemInput,
  ZReorderRoadmapItemsInput,
  ZSetDependenciesInput,
  ZUpdateRoadmapInput,
  ZUpdateRoadmapItemInput,
} from "@hemicycle/shared/schemas/roadmaps";
import { linkRoadmapFindings, proposeRoadmapItems, roadmapCoverage } from "../../services/roadmap-coverage.ts";
import { setRoadmapDependencies } from "../../services/roadmap-dependencies.ts";
import {
  createRoadmap,
  createRoadmapItem,
  removeRoadmapItem,
  reorderRoadmapItems,
  updateRoadmap,
  updateRoadmapItem,
} from "../../services/roadmap-items.ts";
import { protectedProcedure } from "../../trpc.ts";

export const roadmapEditingProcedures = {
  create: protectedProcedure
    .input(ZCreateRoadmapInput)
    .mutation(({ ctx, input }) => createRoadmap(ctx.db, ctx.user, input, ctx.events)),
  update: protectedProcedure
    .input(ZUpdateRoadmapInput)
    .mutation(({ ctx, input }) => updateRoadmap(ctx.db, ctx.user, input, ctx.events)),
  createItem: protectedProcedure
    .input(ZCreateRoadmapItemInput)
    .mutation(({ ctx, input }) => createRoadmapItem(ctx.db, ctx.user, input, ctx.events)),
  updateItem: protectedProcedure
    .input(ZUpdateRoadmapItemInput)
    .mutation(({ ctx, input }) => updateRoadmapItem(ctx.db, ctx.user, input, ctx.events)),
  removeItem: protectedProcedure
    .input(ZRemoveRoadmapItemInput)
    .mutation(({ ctx, input }) => removeRoadmapItem(ctx.db, ctx.user, input, ctx.events)),
  reorderItems: protectedProcedure
    .input(ZReorderRoadmapItemsInput)
    .mutation(({ ctx, input }) => reorderRoadmapItems(ctx.db, ctx.user, input, ctx.events)),
  setDependencies: protectedProcedure
    .input(ZSetDependenciesInput)
    .mutation(({ ctx, input }) => setRoadmapDependencies(ctx.db, ctx.user, input, ctx.events)),
  linkFindings: protectedProcedure
    .input(ZLinkFindingsInput)
    .mutation(({ ctx, input }) => linkRoadmapFindings(ctx.db, ctx.user, input, ctx.events)),
  coverage: protectedProcedure.input(ZByIdInput).query(({ ctx, input }) => roadmapCoverage(ctx.db, ctx.user, input.id)),
  proposeItems: protectedProcedure
    .input(ZByIdInput)
    .query(({ ctx, input }) => proposeRoadmapItems(ctx.db, ctx.user, input.id)),
};
