import { ZDashboardSummaryInput } from "@hemicycle/shared/schemas/dashboard";
import { hasExpertHome, mayReadProgrammeDashboard } from "@hemicycle/shared/policy";
import { getDashboardSummary } from "../../services/dashboard.ts";
import { getExpertHome } from "../../services/expert-home.ts";
import { policyProcedure, router } from "../../trpc.ts";

export const dashboardRouter = router({
  summary: policyProcedure(mayReadProgrammeDashboard)
    .input(ZDashboardSummaryInput)
    .query(({ ctx, input }) => getDashboardSummary(ctx.db, ctx.user, input)),
  expertHome: policyProcedure(hasExpertHome).query(({ ctx }) => getExpertHome(ctx.db, ctx.user)),
});
