// Faults the hostile-input fuzz found (tests/helpers/fuzz.ts), each kept as a plain test
// so that it stays fixed whatever the fuzz happens to draw.
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@hemicycle/server/context";
import { toAppError } from "@hemicycle/server/lib/prisma-errors";
import { createExpert, createMission, createParliament, createUser } from "../factories/records.ts";
import { createRoadmapAt, type RoadmapFixture } from "../factories/roadmap-review.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase();

let admin: SessionUser;
let roadmap: RoadmapFixture;

beforeAll(async () => {
  admin = await createUser(db(), { role: "ADMIN" });
  const parliament = await createParliament(db());
  roadmap = await createRoadmapAt(db(), { parliamentId: parliament.id, stage: "IN_REVIEW" });
});

async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : `not a TRPCError: ${String(error)}`;
  }
}

describe("whole numbers past a PostgreSQL integer (found by the fuzz: 500 from markRevisionSeen)", () => {
  const TOO_BIG = 2 ** 31;

  it("are refused as invalid input by every procedure that takes a version, revision or position", async () => {
    const caller = callerFor(db(), admin);
    const [itemId] = roadmap.itemIds;
    const codes = {
      markRevisionSeen: await codeOf(caller.roadmaps.markRevisionSeen({ id: roadmap.roadmapId, number: TOO_BIG })),
      compareFrom: await codeOf(caller.roadmaps.compare({ id: roadmap.roadmapId, from: TOO_BIG, to: "current" })),
      compareTo: await codeOf(caller.roadmaps.compare({ id: roadmap.roadmapId, from: 1, to: TOO_BIG })),
      review: await codeOf(
        caller.roadmaps.review({ id: roadmap.roadmapId, revision: TOO_BIG, decision: "ENDORSE", comment: "Fine" }),
      ),
      updateVersion: await codeOf(caller.roadmaps.update({ id: roadmap.roadmapId, version: TOO_BIG, title: "Plan" })),
      itemPosition: await codeOf(
        caller.roadmaps.createItem({ roadmapId: roadmap.roadmapId, title: "Records", area: "LEG", position: TOO_BIG }),
      ),
      itemVersion: await codeOf(caller.roadmaps.updateItem({ id: itemId!, version: TOO_BIG, title: "Records" })),
    };
    expect(codes).toEqual({
      markRevisionSeen: "BAD_REQUEST",
      compareFrom: "BAD_REQUEST",
      compareTo: "BAD_REQUEST",
      review: "BAD_REQUEST",
      updateVersion: "BAD_REQUEST",
      itemPosition: "BAD_REQUEST",
      itemVersion: "BAD_REQUEST",
    });
  });

  it("that still reach the database become a validation error, not a fault (the safety net)", async () => {
    let caught: unknown;
    try {
      await db().prisma.roadmapRevision.findFirst({ where: { number: TOO_BIG } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeDefined();
    expect(toAppError(caught)?.kind).toBe("BAD_REQUEST");
  });
});

describe("a NUL character in free text (found by the fuzz: 500 from missions.assignExpert on PostgreSQL)", () => {
  it("is refused as invalid input, next to its field, before it reaches the database", async () => {
    const caller = callerFor(db(), admin);
    const parliament = await createParliament(db());
    const mission = await createMission(db(), { parliamentId: parliament.id });
    const expert = await createExpert(db());
    let caught: unknown;
    try {
      await caller.missions.assignExpert({
        phaseId: mission.phases[0]!.id,
        expertId: expert.id,
        role: "MEMBER",
        overrideReason: "Agreed\u0000 by the clerk",
      });
    } catch (error) {
      caught = error;
    }
    expect(caught instanceof TRPCError && caught.code).toBe("BAD_REQUEST");
    expect(JSON.stringify((caught as TRPCError).cause)).toContain("unstorableCharacter");
    expect(await db().prisma.assignment.count({ where: { phaseId: mission.phases[0]!.id } })).toBe(0);
  });

  it("that still reaches the database in a raw query becomes a validation error, not a fault (the safety net)", async () => {
    let caught: unknown;
    try {
      await db().prisma.$queryRaw`SELECT ${"a\u0000b"}::text AS t`;
    } catch (error) {
      caught = error;
    }
    // PGlite passes the parameter through its own protocol; where the database refuses it,
    // the refusal must read as the input's fault.
    if (caught !== undefined) expect(toAppError(caught)?.kind).toBe("BAD_REQUEST");
  });
});
