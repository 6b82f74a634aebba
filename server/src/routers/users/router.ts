import { ZCreateUserInput, ZUpdateUserInput, ZUserListInput } from "@hemicycle/shared/schemas/users";
import { createUser, listUsers, updateUser } from "../../services/users.ts";
import { adminProcedure, router } from "../../trpc.ts";

export const usersRouter = router({
  list: adminProcedure.input(ZUserListInput).query(({ ctx, input }) => listUsers(ctx.db, input)),
  create: adminProcedure.input(ZCreateUserInput).mutation(({ ctx, input }) => createUser(ctx.db, ctx.user, input)),
  update: adminProcedure.input(ZUpdateUserInput).mutation(({ ctx, input }) => updateUser(ctx.db, ctx.user, input)),
});
