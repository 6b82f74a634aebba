import { ZByIdInput } from "@hemicycle/shared/schemas/common";
import { getRoadmap, getRoadmapByMission } from "../../services/roadmaps.ts";
import { missionProcedure, protectedProcedure, router } from "../../trpc.ts";

export const roadmapsRouter = router({
  byMission: missionProcedure.query(({ ctx }) => getRoadmapByMission(ctx.db, ctx.user, ctx.mission.id)),
  byId: protectedProcedure.input(ZByIdInput).query(({ ctx, input }) => getRoadmap(ctx.db, ctx.user, input.id)),
});
