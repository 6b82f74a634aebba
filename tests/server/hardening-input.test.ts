// Input that each check lets through although the stored record then breaks a rule: a
// phase's actual end before its actual start when the two dates come in separate
// updates, and a parliament website that is a script or an inline document rather than
// a web address (the client renders it as a link).
import type { SessionUser } from "@hemicycle/server/context";
import { beforeAll, describe, expect, it } from "vitest";
import { createMission, createParliament, createUser, day } from "../factories/records.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { formattedRejection } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

let coordinator: SessionUser;

beforeAll(async () => {
  coordinator = await createUser(db(), { role: "COORDINATOR" });
});

describe("a phase's actual dates sent in separate updates", () => {
  const newPhase = async () => {
    const parliament = await createParliament(db());
    const mission = await createMission(db(), {
      parliamentId: parliament.id,
      phases: [{ startDate: "2033-03-01", endDate: "2033-03-20", status: "FIELDWORK" }],
    });
    return mission.phases[0]!;
  };
  const stored = (id: string) =>
    prisma().phase.findUniqueOrThrow({
      where: { id },
      select: { actualStartDate: true, actualEndDate: true, version: true },
    });

  it("refuses an actual end before the stored actual start (defect: merged actual dates not compared)", async () => {
    const phase = await newPhase();
    const started = await as(coordinator).missions.updatePhase({
      id: phase.id,
      version: phase.version,
      actualStartDate: "2033-03-10",
    });
    const shape = await formattedRejection(
      as(coordinator).missions.updatePhase({ id: phase.id, version: started.version, actualEndDate: "2033-03-05" }),
    );
    expect(shape.data.code).toBe("BAD_REQUEST");
    expect(Object.keys(shape.data.fieldErrors ?? {})).toContain("actualEndDate");
    expect(await stored(phase.id)).toEqual({
      actualStartDate: day("2033-03-10"),
      actualEndDate: null,
      version: started.version,
    });
  });

  it("refuses an actual start after the stored actual end (defect: merged actual dates not compared)", async () => {
    const phase = await newPhase();
    const ended = await as(coordinator).missions.updatePhase({
      id: phase.id,
      version: phase.version,
      actualEndDate: "2033-03-05",
    });
    const shape = await formattedRejection(
      as(coordinator).missions.updatePhase({ id: phase.id, version: ended.version, actualStartDate: "2033-03-10" }),
    );
    expect(shape.data.code).toBe("BAD_REQUEST");
    // Either field may carry the message: both name the same contradiction.
    const keys = Object.keys(shape.data.fieldErrors ?? {});
    expect(
      keys.some((key) => key === "actualStartDate" || key === "actualEndDate"),
      keys.join(),
    ).toBe(true);
    expect(await stored(phase.id)).toEqual({
      actualStartDate: null,
      actualEndDate: day("2033-03-05"),
      version: ended.version,
    });
  });
});

describe("a parliament's website", () => {
  const hostile = [
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "ftp://x.example",
  ];
  const fine = ["https://parliament.example", "http://www.parlamento.gob.example"];
  let counter = 0;
  /** How a call was refused (code and fields named), or "accepted": every address is tried. */
  const refusal = async (call: Promise<unknown>) => {
    try {
      await call;
      return "accepted";
    } catch {
      const shape = await formattedRejection(call);
      return { code: shape.data.code, fields: Object.keys(shape.data.fieldErrors ?? {}) };
    }
  };
  const fields = (website: string) => ({
    name: `Website test parliament ${++counter}`,
    countryCode: "ZZ",
    region: "SADC" as const,
    structure: "UNICAMERAL" as const,
    website,
  });

  it("parliaments.create refuses a javascript:, data: or ftp: website (defect: any URL scheme accepted)", async () => {
    const before = await prisma().parliament.count();
    const refusals: Record<string, unknown> = {};
    for (const website of hostile)
      refusals[website] = await refusal(as(coordinator).parliaments.create(fields(website)));
    expect(refusals).toEqual(
      Object.fromEntries(hostile.map((website) => [website, { code: "BAD_REQUEST", fields: ["website"] }])),
    );
    expect(await prisma().parliament.count()).toBe(before);
  });

  it("parliaments.update refuses a javascript:, data: or ftp: website and keeps the stored one (defect: any URL scheme accepted)", async () => {
    const parliament = await as(coordinator).parliaments.create(fields("https://parliament.example"));
    const refusals: Record<string, unknown> = {};
    for (const website of hostile) {
      // The stored version, in case an earlier address was wrongly accepted.
      const { version } = await prisma().parliament.findUniqueOrThrow({ where: { id: parliament.id } });
      refusals[website] = await refusal(as(coordinator).parliaments.update({ id: parliament.id, version, website }));
    }
    expect(refusals).toEqual(
      Object.fromEntries(hostile.map((website) => [website, { code: "BAD_REQUEST", fields: ["website"] }])),
    );
    expect(
      await prisma().parliament.findUniqueOrThrow({
        where: { id: parliament.id },
        select: { website: true, version: true },
      }),
    ).toEqual({ website: "https://parliament.example", version: parliament.version });
  });

  it("accepts http and https websites on create and update", async () => {
    for (const website of fine) {
      const created = await as(coordinator).parliaments.create(fields(website));
      expect(created.website).toBe(website);
      const other = fine.find((w) => w !== website)!;
      const updated = await as(coordinator).parliaments.update({
        id: created.id,
        version: created.version,
        website: other,
      });
      expect(updated.website).toBe(other);
    }
  });
});
