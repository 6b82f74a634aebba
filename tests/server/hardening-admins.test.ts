// Hemicycle must always keep an active admin. An admin cannot demote or deactivate
// themselves, but two admins doing it to each other at the same moment could both
// succeed: each call checked its actor's role when the request arrived, not inside the
// change. The same gap lets an admin demoted meanwhile finish a request as an admin.
import type { SessionUser } from "@hemicycle/server/context";
import { describe, expect, it } from "vitest";
import { createUser } from "../factories/records.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { rejection } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

const activeAdmins = () => prisma().user.count({ where: { role: "ADMIN", active: true } });

/** Two fresh admins, and no other active admin: each round starts from the edge case. */
async function exactlyTwoAdmins() {
  const a = await createUser(db(), { role: "ADMIN" });
  const b = await createUser(db(), { role: "ADMIN" });
  await prisma().user.updateMany({
    where: { role: "ADMIN", active: true, id: { notIn: [a.id, b.id] } },
    data: { active: false },
  });
  expect(await activeAdmins()).toBe(2);
  return [a, b] as const;
}

describe("the last two admins", () => {
  it("demoting or deactivating each other at the same moment: one call is refused and an admin remains", async () => {
    const problems: string[] = [];
    for (let round = 0; round < 10; round++) {
      const [a, b] = await exactlyTwoAdmins();
      const change = round % 2 === 0 ? { role: "COORDINATOR" as const } : { active: false };
      const results = await Promise.allSettled([
        as(a).users.update({ id: b.id, version: 1, ...change }),
        as(b).users.update({ id: a.id, version: 1, ...change }),
      ]);
      const outcomes = results.map((r) =>
        r.status === "fulfilled" ? "ok" : ((r.reason as { code?: string }).code ?? String(r.reason)),
      );
      const refused = outcomes.filter((o) => o !== "ok");
      const remaining = await activeAdmins();
      // A refusal is the caller's matter (FORBIDDEN, CONFLICT…), never a server fault.
      if (refused.length !== 1 || refused[0] === "INTERNAL_SERVER_ERROR" || remaining < 1) {
        problems.push(
          `round ${round} (${JSON.stringify(change)}): ${outcomes.join(" + ")}, ${remaining} active admins`,
        );
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("an admin demoted or deactivated while their session is still in use", () => {
  it("a call with the session user of an admin demoted meanwhile is refused with FORBIDDEN", async () => {
    const a = await createUser(db(), { role: "ADMIN" });
    const b = await createUser(db(), { role: "ADMIN" });
    const target = await createUser(db(), { role: "COORDINATOR" });
    await as(a).users.update({ id: b.id, version: 1, role: "COORDINATOR" });
    // `b` is the session user as it was resolved before the demotion: it still says ADMIN.
    const error = await rejection(as(b).users.update({ id: target.id, version: 1, name: "Renamed by a former admin" }));
    expect(error.code).toBe("FORBIDDEN");
    expect(
      await prisma().user.findUniqueOrThrow({ where: { id: target.id }, select: { name: true, version: true } }),
    ).toEqual({ name: target.name, version: 1 });
  });

  it("a call with the session user of an admin deactivated meanwhile is refused", async () => {
    const a = await createUser(db(), { role: "ADMIN" });
    const b = await createUser(db(), { role: "ADMIN" });
    const target = await createUser(db(), { role: "COORDINATOR" });
    await as(a).users.update({ id: b.id, version: 1, active: false });
    const error = await rejection(as(b).users.update({ id: target.id, version: 1, role: "ADMIN" }));
    expect(["FORBIDDEN", "UNAUTHORIZED"]).toContain(error.code);
    expect(
      await prisma().user.findUniqueOrThrow({ where: { id: target.id }, select: { role: true, version: true } }),
    ).toEqual({ role: "COORDINATOR", version: 1 });
  });
});
