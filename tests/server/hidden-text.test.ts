// Text that hides itself (issue 9, capability 2), through the real router: a mission, a
// finding or a parliament titled only with invisible characters is refused as empty with a
// field error and nothing stored, and bidirectional controls never reach the database.
import type { SessionUser } from "@hemicycle/server/context";
import { beforeAll, describe, expect, it } from "vitest";
import { createMission, createParliament, createUser } from "../factories/records.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { formattedRejection } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

/** Zero-width space, joiners, word joiner, BOM, soft hyphen, Hangul filler, a tag: nothing shows. */
const INVISIBLE = "\u200B\u200C\u200D\u2060\uFEFF\u00AD\u3164\u{E0020}";
const OVERRIDE = "\u202E";

let coordinator: SessionUser;
let parliamentId: string;
let phaseId: string;
let counter = 0;

beforeAll(async () => {
  coordinator = await createUser(db(), { role: "COORDINATOR" });
  parliamentId = (await createParliament(db())).id;
  const mission = await createMission(db(), {
    parliamentId,
    phases: [{ startDate: "2034-03-01", endDate: "2034-03-20", status: "FIELDWORK" }],
  });
  phaseId = mission.phases[0]!.id;
});

const missionInput = (title: string) => ({
  code: `hidden-${++counter}`,
  title,
  type: "ASSESSMENT_AND_PLAN" as const,
  parliamentId,
  phases: [{ kind: "ASSESSMENT" as const, startDate: "2034-06-02", endDate: "2034-06-06" }],
});
const findingInput = (title: string) => ({
  phaseId,
  area: "LEG" as const,
  kind: "GAP" as const,
  severity: "HIGH" as const,
  title,
  description: "Draft bills are exchanged by e-mail.",
});
const parliamentInput = (name: string) => ({
  name,
  countryCode: "ZZ",
  region: "SADC" as const,
  structure: "UNICAMERAL" as const,
});

/** The refusal's code and the field's message codes. */
async function refusalOf(call: Promise<unknown>, field: string) {
  const shape = await formattedRejection(call);
  return { code: shape.data.code, field: shape.data.fieldErrors?.[field]?.map((m) => m.code) };
}

describe("a title made only of invisible characters", () => {
  it("missions.create refuses it as required and stores nothing", async () => {
    const before = await prisma().mission.count();
    expect(await refusalOf(as(coordinator).missions.create(missionInput(INVISIBLE)), "title")).toEqual({
      code: "BAD_REQUEST",
      field: ["required"],
    });
    expect(await refusalOf(as(coordinator).missions.create(missionInput(` ${OVERRIDE}\u2066 `)), "title")).toEqual({
      code: "BAD_REQUEST",
      field: ["required"],
    });
    expect(await prisma().mission.count()).toBe(before);
  });

  it("findings.create refuses it as required and stores nothing", async () => {
    const before = await prisma().finding.count();
    expect(await refusalOf(as(coordinator).findings.create(findingInput(INVISIBLE)), "title")).toEqual({
      code: "BAD_REQUEST",
      field: ["required"],
    });
    expect(await prisma().finding.count()).toBe(before);
  });

  it("parliaments.create refuses it as required and stores nothing", async () => {
    const before = await prisma().parliament.count();
    expect(await refusalOf(as(coordinator).parliaments.create(parliamentInput(INVISIBLE)), "name")).toEqual({
      code: "BAD_REQUEST",
      field: ["required"],
    });
    expect(await prisma().parliament.count()).toBe(before);
  });
});

describe("a title with a right-to-left override", () => {
  it("is stored without it on a mission", async () => {
    const created = await as(coordinator).missions.create(missionInput(`Budget ${OVERRIDE}fdp.exe review`));
    const stored = await prisma().mission.findUniqueOrThrow({ where: { id: created.id }, select: { title: true } });
    expect(stored.title).toBe("Budget fdp.exe review");
  });

  it("is stored without it on a finding", async () => {
    const created = await as(coordinator).findings.create(findingInput(`Hansard ${OVERRIDE}lmth.exe\u202C delays`));
    const stored = await prisma().finding.findUniqueOrThrow({ where: { id: created.id }, select: { title: true } });
    expect(stored.title).toBe("Hansard lmth.exe delays");
  });

  it("is stored without it on a parliament, and a ZWNJ inside an Arabic-script word stays", async () => {
    const created = await as(coordinator).parliaments.create(parliamentInput(`${OVERRIDE}مجلس شورای\u200Cاسلامی`));
    const stored = await prisma().parliament.findUniqueOrThrow({ where: { id: created.id }, select: { name: true } });
    expect(stored.name).toBe("مجلس شورای\u200Cاسلامی");
  });
});
