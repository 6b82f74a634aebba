// User accounts and roles, managed by admins. Passwords are set here with the same
// Argon2id hash better-auth verifies at sign-in.
import { randomUUID } from "node:crypto";
import type { SessionUser } from "../context.ts";
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import { hashPassword } from "../auth/password.ts";
import { AppError, fieldError, notFound, staleVersion } from "../lib/errors.ts";
import { paginate } from "../lib/pagination.ts";
import { searchWhere } from "../lib/search.ts";
import type { TCreateUserInput, TUpdateUserInput, TUserListInput } from "@hemicycle/shared/schemas/users";
import { recordAudit } from "./audit.ts";

type Tx = Prisma.TransactionClient;

export const userSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  parliamentId: true,
  expertId: true,
  active: true,
  version: true,
  createdAt: true,
  parliament: { select: { id: true, name: true } },
  expert: { select: { id: true, name: true } },
} satisfies Prisma.UserSelect;

export function listUsers(db: PrismaClient, input: TUserListInput) {
  const where: Prisma.UserWhereInput = {
    AND: [
      input.role ? { role: input.role } : {},
      searchWhere(input.search, (term) => [{ name: term }, { email: term }]),
    ],
  };
  return paginate(input, (args) =>
    db.user.findMany({ ...args, where, orderBy: [{ name: "asc" }, { id: "asc" }], select: userSelect }),
  );
}

async function assertScopeReferences(
  tx: Tx,
  role: string,
  parliamentId: string | null | undefined,
  expertId: string | null | undefined,
  exceptUserId?: string,
) {
  if (role === "PARLIAMENT_STAFF") {
    if (!parliamentId) throw fieldError("parliamentId", "Parliament staff must belong to a parliament");
    if (!(await tx.parliament.findUnique({ where: { id: parliamentId }, select: { id: true } })))
      throw fieldError("parliamentId", "Choose an existing parliament");
  }
  if (expertId) {
    const expert = await tx.expert.findUnique({ where: { id: expertId }, select: { user: { select: { id: true } } } });
    if (!expert) throw fieldError("expertId", "Choose an existing expert");
    if (expert.user && expert.user.id !== exceptUserId)
      throw fieldError("expertId", "This expert already has an account");
  }
}

export async function createUser(db: PrismaClient, actor: SessionUser, input: TCreateUserInput) {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError("DUPLICATE", "An account with this e-mail address already exists.", {
        fieldErrors: { email: ["Already in use"] },
      });
    }
    await assertScopeReferences(tx, input.role, input.parliamentId, input.expertId);
    const id = randomUUID();
    const created = await tx.user.create({
      data: {
        id,
        name: input.name,
        email: input.email,
        emailVerified: true,
        role: input.role,
        parliamentId: input.role === "PARLIAMENT_STAFF" ? (input.parliamentId ?? null) : null,
        expertId: input.expertId ?? null,
        accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password: passwordHash } },
      },
      select: userSelect,
    });
    const { parliament: _p, expert: _e, ...row } = created;
    await recordAudit(tx, actor, { action: "user.create", entityType: "user", entityId: id, after: row });
    return created;
  });
}

export async function updateUser(db: PrismaClient, actor: SessionUser, input: TUpdateUserInput) {
  const { id, version, password, ...changes } = input;
  const passwordHash = password ? await hashPassword(password) : null;
  return db.$transaction(async (tx) => {
    const current = await tx.user.findUnique({ where: { id }, select: userSelect });
    if (!current) throw notFound("User");
    if (current.version !== version) throw staleVersion("user", current);
    const { parliament: _p, expert: _e, ...before } = current;
    const role = changes.role ?? before.role;
    const parliamentId = role === "PARLIAMENT_STAFF" ? (changes.parliamentId ?? before.parliamentId) : null;
    const active = changes.active ?? before.active;
    // An admin never locks themselves out, so Hemicycle always keeps an active admin.
    if (id === actor.id && (!active || role !== "ADMIN")) {
      throw new AppError("FORBIDDEN", "You cannot demote or deactivate your own account.");
    }
    await assertScopeReferences(tx, role, parliamentId, changes.expertId, id);
    const updated = await tx.user.updateMany({
      where: { id, version },
      data: { ...changes, parliamentId, version: { increment: 1 } },
    });
    if (updated.count === 0)
      throw staleVersion("user", await tx.user.findUnique({ where: { id }, select: userSelect }));
    if (passwordHash) {
      const { count } = await tx.account.updateMany({
        where: { userId: id, providerId: "credential" },
        data: { password: passwordHash },
      });
      if (count === 0) {
        await tx.account.create({
          data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: passwordHash },
        });
      }
    }
    // A new password, or a change of role, scope or access, takes effect at once: the
    // user's sessions end. Sending an unchanged value changes nothing.
    if (passwordHash || !active || role !== before.role || parliamentId !== before.parliamentId) {
      await tx.session.deleteMany({ where: { userId: id } });
    }
    const after = await tx.user.findUniqueOrThrow({ where: { id }, select: userSelect });
    const { parliament: _p2, expert: _e2, ...afterRow } = after;
    await recordAudit(tx, actor, {
      action: "user.update",
      entityType: "user",
      entityId: id,
      before,
      // The password itself never reaches the log; that it was reset does.
      after: passwordHash ? { ...afterRow, passwordReset: true } : afterRow,
    });
    return after;
  });
}
