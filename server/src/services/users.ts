// User accounts and roles, managed by admins. Passwords are set here with the same
// Argon2id hash better-auth verifies at sign-in. Hemicycle always keeps an active admin:
// nobody demotes or deactivates themselves, and a change that would leave no active admin
// is refused inside its transaction, even when two admins act at the same moment.
import { randomUUID } from "node:crypto";
import type { Role } from "@hemicycle/shared/enums";
import { message } from "@hemicycle/shared/messages";
import { mayChangeRoleOrAccessOf, maySetPasswordOf, type Actor } from "@hemicycle/shared/policy";
import {
  recordsOfRole,
  type TCreateUserInput,
  type TUpdateUserInput,
  type TUserListInput,
} from "@hemicycle/shared/schemas/users";
import { hashPassword } from "../auth/password.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { Db, Tx } from "../db/types.ts";
import { AppError, fail, fieldError } from "../lib/errors.ts";
import { paginate, type Keyset } from "../lib/pagination.ts";
import { searchWhere } from "../lib/search.ts";
import { scoped } from "../access/scopes.ts";
import { recordAudit } from "./audit.ts";
import { updateVersioned } from "./versioned-update.ts";

/** An account's own fields: what the audit log records of it. */
const userAuditSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  parliamentId: true,
  expertId: true,
  active: true,
  version: true,
  createdAt: true,
} satisfies Prisma.UserSelect;

/** An account as the admin screen shows it: with the names of the records it is tied to. */
const userSelect = {
  ...userAuditSelect,
  parliament: { select: { id: true, name: true } },
  expert: { select: { id: true, name: true } },
} satisfies Prisma.UserSelect;

const userOrder: Keyset<Prisma.UserWhereInput, Prisma.UserOrderByWithRelationInput> = {
  keys: [{ path: ["name"], direction: "asc", type: "string" }],
  idDirection: "asc",
};

export function listUsers(db: Db, input: TUserListInput) {
  const where = scoped<Prisma.UserWhereInput>(
    {},
    input.role && { role: input.role },
    searchWhere(input.search, (term) => [{ name: term }, { email: term }]),
  );
  return paginate(input, userOrder, (page) =>
    db.user.findMany({ ...page, where: { AND: [where, page.where] }, select: userSelect }),
  );
}

/**
 * The active admins, locked until the transaction ends, so that a concurrent change to
 * an admin waits for this one and then sees it. The actor must still be among them: a
 * request that began before its actor was demoted does not act as an admin.
 */
async function lockActiveAdmins(tx: Tx, actor: Actor): Promise<string[]> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM users WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
  const ids = admins.map((a) => a.id);
  if (!ids.includes(actor.id)) throw fail("FORBIDDEN", "forbidden");
  return ids;
}

async function assertScopeReferences(
  tx: Tx,
  role: Role,
  parliamentId: string | null | undefined,
  expertId: string | null | undefined,
  exceptUserId?: string,
) {
  if (recordsOfRole(role).parliament) {
    if (!parliamentId) throw fieldError("parliamentId", "staffNeedParliament");
    if (!(await tx.parliament.findUnique({ where: { id: parliamentId }, select: { id: true } })))
      throw fieldError("parliamentId", "unknownParliament");
  }
  if (expertId) {
    const expert = await tx.expert.findUnique({ where: { id: expertId }, select: { user: { select: { id: true } } } });
    if (!expert) throw fieldError("expertId", "unknownExpert");
    if (expert.user && expert.user.id !== exceptUserId) throw fieldError("expertId", "expertHasAccount");
  }
}

export async function createUser(db: Db, actor: Actor, input: TCreateUserInput) {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await lockActiveAdmins(tx, actor);
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw AppError.of("DUPLICATE", message("duplicateRecord"), { fieldErrors: { email: [message("emailInUse")] } });
    }
    const records = recordsOfRole(input.role);
    await assertScopeReferences(tx, input.role, input.parliamentId, records.expert ? input.expertId : null);
    const id = randomUUID();
    const created = await tx.user.create({
      data: {
        id,
        name: input.name,
        email: input.email,
        emailVerified: true,
        role: input.role,
        // Only the records the role uses are kept (shared recordsOfRole).
        parliamentId: recordsOfRole(input.role).parliament ? (input.parliamentId ?? null) : null,
        expertId: recordsOfRole(input.role).expert ? (input.expertId ?? null) : null,
        accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password: passwordHash } },
      },
      select: userSelect,
    });
    const { parliament: _p, expert: _e, ...row } = created;
    await recordAudit(tx, actor, { action: "user.create", entityType: "user", entityId: id, after: row });
    return created;
  });
}

export async function updateUser(db: Db, actor: Actor, input: TUpdateUserInput) {
  const { id, version, password, ...changes } = input;
  const passwordHash = password ? await hashPassword(password) : null;
  return db.$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx, actor);
    /** The records the account ends up tied to: only those its role uses. */
    let parliamentId: string | null = null;
    let expertId: string | null = null;
    let signOut = false;
    await updateVersioned(tx, actor, {
      entity: "user",
      id,
      version,
      read: () => tx.user.findUnique({ where: { id }, select: userAuditSelect }),
      current: () => tx.user.findUnique({ where: { id }, select: userSelect }),
      check: async (before) => {
        const role = changes.role ?? before.role;
        const active = changes.active ?? before.active;
        const staysAdmin = role === "ADMIN" && active;
        if (!staysAdmin && !mayChangeRoleOrAccessOf(actor, id)) throw fail("FORBIDDEN", "cannotChangeOwnAccount");
        if (passwordHash && !maySetPasswordOf(actor, id)) throw fail("FORBIDDEN", "ownPasswordElsewhere");
        // The invariant itself: while the actor must be an active admin other than the
        // account changed (checked above), this cannot fire; it states what must hold.
        if (!staysAdmin && admins.every((admin) => admin === id)) throw fail("LAST_ADMIN", "lastActiveAdmin");
        const records = recordsOfRole(role);
        parliamentId = records.parliament ? (changes.parliamentId ?? before.parliamentId) : null;
        expertId = records.expert ? (changes.expertId === undefined ? before.expertId : changes.expertId) : null;
        await assertScopeReferences(tx, role, parliamentId, changes.expertId && expertId, id);
        // A new password, or a change of role, scope or access, takes effect at once: the
        // user's sessions end. Sending an unchanged value changes nothing.
        signOut = !!passwordHash || !active || role !== before.role || parliamentId !== before.parliamentId;
      },
      write: async (where) => {
        const data = { ...changes, parliamentId, expertId, version: { increment: 1 } };
        const updated = await tx.user.updateMany({ where, data });
        if (updated.count && passwordHash) await setPassword(tx, id, passwordHash);
        if (updated.count && signOut) await tx.session.deleteMany({ where: { userId: id } });
        return updated;
      },
      // The password itself never reaches the log; that it was reset does.
      audit: { action: "user.update", note: () => (passwordHash ? { passwordReset: true } : undefined) },
    });
    return tx.user.findUniqueOrThrow({ where: { id }, select: userSelect });
  });
}

async function setPassword(tx: Tx, userId: string, passwordHash: string) {
  const { count } = await tx.account.updateMany({
    where: { userId, providerId: "credential" },
    data: { password: passwordHash },
  });
  if (count === 0) {
    await tx.account.create({
      data: { id: randomUUID(), accountId: userId, providerId: "credential", userId, password: passwordHash },
    });
  }
}
