// Refused attempts join the audit log (issue 9, "Audit log"): a mutation answered
// FORBIDDEN or NOT_FOUND and a failed sign-in, written outside the failed transaction,
// without the input's body, and rate-limited per actor or address so that a flood
// cannot fill the table.
import type { SessionUser } from "@hemicycle/server/context";
import { deniedAttemptRecorder, deniedAttempts, recordDeniedAttempt } from "@hemicycle/server/services/denied-attempts";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMission, createParliament, createUser } from "../factories/records.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { rejection } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;

let coordinator: SessionUser;
let staff: SessionUser;

beforeAll(async () => {
  coordinator = await createUser(db(), { role: "COORDINATOR" });
  const parliament = await createParliament(db());
  staff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId: parliament.id });
});

beforeEach(() => deniedAttempts.reset());

const eventsOf = (actorId: string | null, actions = ["access.denied", "auth.loginFailed", "access.deniedSuppressed"]) =>
  prisma().auditEvent.findMany({
    where: { actorId, action: { in: actions } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      action: true,
      actorId: true,
      actorRole: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
    },
  });

describe("refused mutations", () => {
  it("records a FORBIDDEN mutation with who, what, why and from where, and none of its input", async () => {
    const parliament = await createParliament(db());
    const error = await rejection(
      callerFor(db(), staff, { ip: "198.51.100.7" }).missions.create({
        code: "SECRET-1",
        title: "A title that must not be logged",
        type: "WORKSHOP",
        parliamentId: parliament.id,
        phases: [{ kind: "WORKSHOP", startDate: "2031-03-02", endDate: "2031-03-04" }],
      }),
    );
    expect(error.code).toBe("FORBIDDEN");

    const events = await eventsOf(staff.id);
    expect(events).toEqual([
      {
        action: "access.denied",
        actorId: staff.id,
        actorRole: "PARLIAMENT_STAFF",
        entityType: "parliament",
        entityId: parliament.id,
        before: null,
        after: { attempted: "missions.create", reason: "FORBIDDEN", ip: "198.51.100.7" },
      },
    ]);
    expect(JSON.stringify(events)).not.toContain("must not be logged");
    expect(JSON.stringify(events)).not.toContain("SECRET-1");
  });

  it("records a NOT_FOUND mutation on the record it named, and not a refused query or a bad input", async () => {
    const as = callerFor(db(), coordinator);
    expect((await rejection(as.missions.update({ id: "no-such-mission", version: 1, title: "Mine" }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await rejection(as.missions.byId({ id: "no-such-mission" }))).code).toBe("NOT_FOUND");
    expect((await rejection(as.missions.update({ id: "", version: 1 }))).code).toBe("BAD_REQUEST");

    expect(await eventsOf(coordinator.id)).toEqual([
      expect.objectContaining({
        action: "access.denied",
        entityType: "mission",
        entityId: "no-such-mission",
        after: { attempted: "missions.update", reason: "NOT_FOUND", ip: "127.0.0.1" },
      }),
    ]);
  });

  it("writes at most ten a minute per user and the count of the others once the window ends", async () => {
    const parliament = await createParliament(db());
    const mission = await createMission(db(), { parliamentId: parliament.id });
    const other = await createUser(db(), { role: "EXPERT" });
    const as = callerFor(db(), other);
    const flooder = await createUser(db(), { role: "EXPERT" });
    const asFlooder = callerFor(db(), flooder);
    for (let i = 0; i < 30; i++) {
      await rejection(asFlooder.missions.update({ id: mission.id, version: 1, title: `Try ${i}` }));
    }
    // Another user's budget is their own.
    await rejection(as.missions.update({ id: mission.id, version: 1, title: "Once" }));

    expect(await eventsOf(flooder.id, ["access.denied"])).toHaveLength(10);
    expect(await eventsOf(other.id, ["access.denied"])).toHaveLength(1);
    await deniedAttempts.flush(db().prisma);
    expect(await eventsOf(flooder.id, ["access.deniedSuppressed"])).toEqual([
      expect.objectContaining({
        entityType: "user",
        entityId: flooder.id,
        after: { suppressed: 20, attempted: "missions.update", reason: "FORBIDDEN", ip: "127.0.0.1" },
      }),
    ]);
  });
});

describe("the recorder's limits", () => {
  it("counts the held-back attempts and writes the count with the next window's first event", async () => {
    let clock = 1_000_000;
    const recorder = deniedAttemptRecorder({ now: () => clock, perWindow: 3, windowMs: 60_000 });
    const attempt = {
      actor: null,
      action: "auth.login",
      entityType: "user",
      entityId: null,
      reason: "INVALID_CREDENTIALS",
      ip: "203.0.113.9",
    };
    const outcomes = [];
    for (let i = 0; i < 8; i++) outcomes.push(await recorder.record(prisma(), attempt));
    expect(outcomes).toEqual([...Array(3).fill("recorded"), ...Array(5).fill("suppressed")]);
    // Another address has its own budget.
    expect(await recorder.record(prisma(), { ...attempt, ip: "203.0.113.10" })).toBe("recorded");

    clock += 60_000;
    expect(await recorder.record(prisma(), attempt)).toBe("recorded");
    recorder.reset();

    const events = await prisma().auditEvent.findMany({
      where: { action: "auth.loginFailed", after: { path: ["ip"], equals: "203.0.113.9" } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { actorId: true, entityType: true, entityId: true, after: true },
    });
    expect(events).toHaveLength(4);
    expect(events[0]).toEqual({
      actorId: null,
      entityType: "user",
      entityId: "",
      after: { reason: "INVALID_CREDENTIALS", ip: "203.0.113.9" },
    });
    expect(events[3]!.after).toEqual({ reason: "INVALID_CREDENTIALS", ip: "203.0.113.9", suppressed: 5 });
  });

  it("writes the count by itself when the window ends with no attempt after it", async () => {
    const recorder = deniedAttemptRecorder({ perWindow: 1, windowMs: 50 });
    const attempt = {
      actor: { id: coordinator.id, role: coordinator.role },
      action: "roadmaps.update",
      entityType: "roadmap",
      entityId: "c0000000000000000000000000",
      reason: "FORBIDDEN",
      ip: "192.0.2.1",
    };
    for (let i = 0; i < 4; i++) await recorder.record(prisma(), attempt);
    await new Promise((resolve) => setTimeout(resolve, 120));
    await recorder.flush(prisma());
    const summary = await prisma().auditEvent.findMany({
      where: { actorId: coordinator.id, action: "access.deniedSuppressed" },
      select: { after: true },
    });
    expect(summary).toEqual([
      { after: { suppressed: 3, attempted: "roadmaps.update", reason: "FORBIDDEN", ip: "192.0.2.1" } },
    ]);
    expect(recorder.keyCount).toBe(0);
  });

  it("holds the whole server to its own budget, whatever the number of addresses", async () => {
    const recorder = deniedAttemptRecorder({ perWindow: 5, globalPerWindow: 12, windowMs: 60_000 });
    const before = await prisma().auditEvent.count({ where: { action: "auth.loginFailed" } });
    for (let i = 0; i < 40; i++) {
      await recorder.record(prisma(), {
        actor: null,
        action: "auth.login",
        entityType: "user",
        reason: "INVALID_CREDENTIALS",
        ip: `10.0.0.${i}`,
      });
    }
    expect(await prisma().auditEvent.count({ where: { action: "auth.loginFailed" } })).toBe(before + 12);
    recorder.reset();
  });

  it("never throws: a write that fails is reported and the refusal stands", async () => {
    const errors: unknown[] = [];
    const recorder = deniedAttemptRecorder({ onError: (e) => errors.push(e) });
    const outcome = await recorder.record(prisma(), {
      // No such user: the actor's foreign key refuses the event.
      actor: { id: "no-such-user", role: "ADMIN" },
      action: "users.update",
      entityType: "user",
      reason: "FORBIDDEN",
      ip: "192.0.2.2",
    });
    expect(outcome).toBe("recorded");
    expect(errors).toHaveLength(1);
  });

  it("is what the sign-in path calls: recordDeniedAttempt writes auth.loginFailed for auth.login", async () => {
    await recordDeniedAttempt(prisma(), {
      actor: null,
      action: "auth.login",
      entityType: "user",
      entityId: staff.id,
      reason: "INVALID_CREDENTIALS",
      ip: "192.0.2.3",
    });
    expect(await eventsOf(null, ["auth.loginFailed"])).toContainEqual(
      expect.objectContaining({ entityId: staff.id, after: { reason: "INVALID_CREDENTIALS", ip: "192.0.2.3" } }),
    );
  });
});
