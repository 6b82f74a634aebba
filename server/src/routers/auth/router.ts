import {
  ZChangePasswordInput,
  ZLoginInput,
  ZRevokeSessionInput,
  ZSetLanguageInput,
} from "@hemicycle/shared/schemas/auth";
import { setLanguage } from "../../services/account-language.ts";
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
  // The caller's own language for the screens and their documents (docs/languages.md).
  setLanguage: protectedProcedure.input(ZSetLanguageInput).mutation(({ ctx, input }) => setLanguage(ctx, input)),
});
