import { ZByIdInput } from "@hemicycle/shared/schemas/common";
import {
  ZAddPhaseInput,
  ZAssignExpertInput,
  ZCreateMissionInput,
  ZMissionListInput,
  ZUnassignExpertInput,
  ZUpdateMissionInput,
  ZUpdatePhaseInput,
} from "@hemicycle/shared/schemas/missions";
import {
  addPhase,
  assignExpert,
  createMission,
  getMission,
  listMissions,
  unassignExpert,
  updateMission,
  updatePhase,
} from "../../services/missions.ts";
import { managerProcedure, protectedProcedure, router } from "../../trpc.ts";

export const missionsRouter = router({
  list: protectedProcedure.input(ZMissionListInput).query(({ ctx, input }) => listMissions(ctx.db, ctx.user, input)),
  byId: protectedProcedure.input(ZByIdInput).query(({ ctx, input }) => getMission(ctx.db, ctx.user, input.id)),
  create: managerProcedure
    .input(ZCreateMissionInput)
    .mutation(({ ctx, input }) => createMission(ctx.db, ctx.user, input)),
  update: managerProcedure
    .input(ZUpdateMissionInput)
    .mutation(({ ctx, input }) => updateMission(ctx.db, ctx.user, input)),
  addPhase: managerProcedure.input(ZAddPhaseInput).mutation(({ ctx, input }) => addPhase(ctx.db, ctx.user, input)),
  updatePhase: managerProcedure
    .input(ZUpdatePhaseInput)
    .mutation(({ ctx, input }) => updatePhase(ctx.db, ctx.user, input)),
  assignExpert: managerProcedure
    .input(ZAssignExpertInput)
    .mutation(({ ctx, input }) => assignExpert(ctx.db, ctx.user, input)),
  unassignExpert: managerProcedure
    .input(ZUnassignExpertInput)
    .mutation(({ ctx, input }) => unassignExpert(ctx.db, ctx.user, input)),
});
