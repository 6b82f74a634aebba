// notify(): the one way notices are written (server/src/services/notifications.ts). In the
// caller's transaction (a rollback tells nobody), never to the actor or an inactive user,
// PENDING for e-mail only when the reader chose the kind, once per reader and dedupeKey,
// in one statement.
import { notify } from "@hemicycle/server/services/notifications";
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../factories/records.ts";
import { useTestDatabase } from "../helpers/database.ts";
import type { SessionUser } from "@hemicycle/server/context";

const db = useTestDatabase();
const prisma = () => db().prisma;

let actor: SessionUser;
let reader: SessionUser;
let emailReader: SessionUser;
let inactive: SessionUser;

beforeAll(async () => {
  actor = await createUser(db(), { role: "COORDINATOR" });
  reader = await createUser(db(), { role: "COORDINATOR" });
  emailReader = await createUser(db(), { role: "COORDINATOR" });
  inactive = await createUser(db(), { role: "COORDINATOR", active: false });
  await prisma().user.update({
    where: { id: emailReader.id },
    data: { emailNotificationKinds: ["ROADMAP_ENDORSED", "COMMENT"] },
  });
});

const rowsOf = (userId: string) =>
  prisma().notification.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { kind: true, params: true, link: true, actorId: true, dedupeKey: true, emailStatus: true, readAt: true },
  });

const endorsed = (userIds: (string | null)[], extra: { dedupeKey?: string; link?: string } = {}) =>
  ({
    kind: "ROADMAP_ENDORSED",
    userIds,
    actorId: actor.id,
    params: { actor: actor.name, roadmap: "ICT strategy 2027" },
    link: extra.link ?? "/roadmaps/r1",
    dedupeKey: extra.dedupeKey ?? null,
  }) as const;

describe("notify", () => {
  it("tells each reader once, never the actor nor an inactive user, PENDING only for the kinds chosen by e-mail", async () => {
    const result = await notify(prisma(), [
      endorsed([actor.id, reader.id, emailReader.id, inactive.id, reader.id, null, "no-such-user"]),
    ]);
    expect(result).toEqual({ written: 2, emailPending: 1 });
    expect(await rowsOf(actor.id)).toEqual([]);
    expect(await rowsOf(inactive.id)).toEqual([]);
    const [own] = await rowsOf(reader.id);
    expect(own).toEqual({
      kind: "ROADMAP_ENDORSED",
      params: { actor: actor.name, roadmap: "ICT strategy 2027" },
      link: "/roadmaps/r1",
      actorId: actor.id,
      dedupeKey: null,
      emailStatus: null,
      readAt: null,
    });
    expect((await rowsOf(emailReader.id)).map((row) => row.emailStatus)).toEqual(["PENDING"]);
  });

  it("writes nothing and runs nothing for no reader", async () => {
    expect(await notify(prisma(), [])).toEqual({ written: 0, emailPending: 0 });
    expect(await notify(prisma(), [endorsed([actor.id])])).toEqual({ written: 0, emailPending: 0 });
  });

  it("tells a reader once per dedupeKey, across calls", async () => {
    const someone = await createUser(db(), { role: "COORDINATOR" });
    const first = await notify(prisma(), [endorsed([someone.id], { dedupeKey: "ENDORSED:r1:1" })]);
    const again = await notify(prisma(), [endorsed([someone.id, reader.id], { dedupeKey: "ENDORSED:r1:1" })]);
    expect(first.written).toBe(1);
    expect(again.written).toBe(1); // only `reader`, new to this key
    expect((await rowsOf(someone.id)).length).toBe(1);
  });

  it("tells once when two transactions write the same key at the same moment (PostgreSQL: the second waits, then skips)", async () => {
    const someone = await createUser(db(), { role: "COORDINATOR" });
    const write = () =>
      prisma().$transaction(async (tx) => {
        const result = await notify(tx, [endorsed([someone.id, reader.id], { dedupeKey: "ENDORSED:race" })]);
        // Both hold their transaction open a moment, so that they overlap on a server.
        await new Promise((resolve) => setTimeout(resolve, 100));
        return result.written;
      });
    const written = await Promise.all([write(), write(), write()]);
    expect(written.reduce((a, b) => a + b, 0)).toBe(2);
    expect(await prisma().notification.count({ where: { dedupeKey: "ENDORSED:race" } })).toBe(2);
  });

  it("writes in the caller's transaction: a rollback leaves no notice", async () => {
    const someone = await createUser(db(), { role: "COORDINATOR" });
    await expect(
      prisma().$transaction(async (tx) => {
        await notify(tx, [endorsed([someone.id])]);
        expect((await tx.notification.count({ where: { userId: someone.id } })) as number).toBe(1);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await rowsOf(someone.id)).toEqual([]);
  });
});
