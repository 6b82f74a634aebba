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
import { ZCopyTeamInput, ZSetLeadInput } from "@hemicycle/shared/schemas/team";
import { assignExpert, copyTeam, setLead, unassignExpert } from "../../services/assignments.ts";
import { listMissions } from "../../services/mission-list.ts";
import { createMission, getMission, updateMission } from "../../services/missions.ts";
import { addPhase, updatePhase } from "../../services/phases.ts";
import { ZMissionActivityInput } from "@hemicycle/shared/schemas/activity";
import { missionActivity } from "../../services/activity.ts";
import { missionManagerProcedure, missionProcedure, protectedProcedure, router } from "../../trpc.ts";

export const missionsRouter = router({
  list: protectedProcedure.input(ZMissionListInput).query(({ ctx, input }) => listMissions(ctx.db, ctx.user, input)),
  byId: protectedProcedure.input(ZByIdInput).query(({ ctx, input }) => getMission(ctx.db, ctx.user, input.id)),
  activity: missionProcedure
    .input(ZMissionActivityInput)
    .query(({ ctx, input }) => missionActivity(ctx.db, ctx.user, ctx.mission.id, input)),
  create: missionManagerProcedure
    .input(ZCreateMissionInput)
    .mutation(({ ctx, input }) => createMission(ctx.db, ctx.user, input)),
  update: missionManagerProcedure
    .input(ZUpdateMissionInput)
    .mutation(({ ctx, input }) => updateMission(ctx.db, ctx.user, input)),
  addPhase: missionManagerProcedure
    .input(ZAddPhaseInput)
    .mutation(({ ctx, input }) => addPhase(ctx.db, ctx.user, input)),
  updatePhase: missionManagerProcedure
    .input(ZUpdatePhaseInput)
    .mutation(({ ctx, input }) => updatePhase(ctx.db, ctx.user, input)),
  assignExpert: missionManagerProcedure
    .input(ZAssignExpertInput)
    .mutation(({ ctx, input }) => assignExpert(ctx.db, ctx.user, input)),
  unassignExpert: missionManagerProcedure
    .input(ZUnassignExpertInput)
    .mutation(({ ctx, input }) => unassignExpert(ctx.db, ctx.user, input)),
  copyTeam: missionManagerProcedure
    .input(ZCopyTeamInput)
    .mutation(({ ctx, input }) => copyTeam(ctx.db, ctx.user, input)),
  setLead: missionManagerProcedure.input(ZSetLeadInput).mutation(({ ctx, input }) => setLead(ctx.db, ctx.user, input)),
});
