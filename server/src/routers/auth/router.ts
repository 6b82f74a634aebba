import { ZLoginInput } from "@hemicycle/shared/schemas/auth";
import { login, logout } from "../../services/auth.ts";
import { protectedProcedure, publicProcedure, router } from "../../trpc.ts";

export const authRouter = router({
  login: publicProcedure.input(ZLoginInput).mutation(({ ctx, input }) => login(ctx, input)),
  logout: publicProcedure.mutation(({ ctx }) => logout(ctx)),
  me: protectedProcedure.query(({ ctx }) => ctx.user),
});
