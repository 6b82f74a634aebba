import { ZChangePasswordInput, ZLoginInput, ZRevokeSessionInput } from "@hemicycle/shared/schemas/auth";
import { changePassword, listSessions, revokeOtherSessions, revokeSession } from "../../services/account-sessions.ts";
import { login, logout } from "../../services/auth.ts";
import { protectedProcedure, publicProcedure, router } from "../../trpc.ts";

export const authRouter = router({
  login: publicProcedure.input(ZLoginInput).mutation(({ ctx, input }) => login(ctx, input)),
  logout: publicProcedure.mutation(({ ctx }) => logout(ctx)),
  me: protectedProcedure.query(({ ctx }) => ctx.user),
  // The session check of the sign-in page and the app's first load: a signed-out visitor
  // is an answer (null), not an error, so the browser logs no 401 for it.
  session: publicProcedure.query(({ ctx }) => ctx.user ?? null),
  // The caller's own sessions and password (docs/security.md, "Sessions and accounts").
  sessions: protectedProcedure.query(({ ctx }) => listSessions(ctx)),
  revokeSession: protectedProcedure.input(ZRevokeSessionInput).mutation(({ ctx, input }) => revokeSession(ctx, input)),
  revokeOtherSessions: protectedProcedure.mutation(({ ctx }) => revokeOtherSessions(ctx)),
  changePassword: protectedProcedure
    .input(ZChangePasswordInput)
    .mutation(({ ctx, input }) => changePassword(ctx, input)),
});
