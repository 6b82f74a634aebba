import { ZByIdInput } from "@hemicycle/shared/schemas/common";
import { getRoadmap, getRoadmapByMission } from "../../services/roadmaps.ts";
import { missionProcedure, protectedProcedure, router } from "../../trpc.ts";
import { roadmapEditingProcedures } from "./editing.ts";
import { roadmapReviewProcedures } from "./review.ts";

// One flat `roadmaps.*` namespace (docs/design.md, "API"), written in two files: the
// editor's procedures and the review's (with revisions, comments and the live feed).
export const roadmapsRouter = router({
  byMission: missionProcedure.query(({ ctx }) => getRoadmapByMission(ctx.db, ctx.user, ctx.mission.id)),
  byId: protectedProcedure.input(ZByIdInput).query(({ ctx, input }) => getRoadmap(ctx.db, ctx.user, input.id)),
  ...roadmapEditingProcedures,
  ...roadmapReviewProcedures,
});
