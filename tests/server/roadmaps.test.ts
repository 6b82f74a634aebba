// Roadmaps as each role sees them: the team works on a draft that the parliament's staff
// only see once it is submitted, and then without the ids of findings they may not read.
import type { SessionUser } from "@hemicycle/server/context";
import { seedDemoData } from "@hemicycle/server/seed/seed-demo";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, sessionUserByEmail } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { appErrorOf } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

let lead: SessionUser;
let staffZambia: SessionUser;
let staffMontenegro: SessionUser;
let roadmap: { id: string; missionId: string };

beforeAll(async () => {
  await seedDemoData(prisma());
  lead = await sessionUserByEmail(db(), "lead.expert@hemicycle.test");
  staffZambia = await sessionUserByEmail(db(), "staff.zambia@hemicycle.test");
  staffMontenegro = await sessionUserByEmail(db(), "staff.montenegro@hemicycle.test");
  roadmap = await prisma().roadmap.findFirstOrThrow({
    where: { mission: { code: "SADC-ZMB-2026" } },
    select: { id: true, missionId: true },
  });
});

describe("roadmap visibility", () => {
  it("shows the team the draft with every linked finding", async () => {
    const seen = await as(lead).roadmaps.byMission({ missionId: roadmap.missionId });
    expect(seen?.status).toBe("DRAFT");
    const linked = await prisma().roadmapItemFinding.count({ where: { item: { roadmapId: roadmap.id } } });
    expect(seen!.items.flatMap((i) => i.findingIds)).toHaveLength(linked);
  });

  it("keeps a draft from the parliament's staff: none by mission, not found by id", async () => {
    expect(await as(staffZambia).roadmaps.byMission({ missionId: roadmap.missionId })).toBeNull();
    expect(await appErrorOf(as(staffZambia).roadmaps.byId({ id: roadmap.id }))).toMatchObject({
      trpcCode: "NOT_FOUND",
    });
  });

  it("shows staff a submitted roadmap with only the validated findings it answers", async () => {
    await prisma().roadmap.update({ where: { id: roadmap.id }, data: { status: "IN_REVIEW" } });
    const seen = await as(staffZambia).roadmaps.byId({ id: roadmap.id });
    const ids = seen.items.flatMap((i) => i.findingIds);
    const validated = await prisma().roadmapItemFinding.findMany({
      where: { item: { roadmapId: roadmap.id }, finding: { status: "VALIDATED" } },
      select: { findingId: true },
    });
    const unvalidated = await prisma().roadmapItemFinding.count({
      where: { item: { roadmapId: roadmap.id }, finding: { status: { not: "VALIDATED" } } },
    });
    expect(unvalidated).toBeGreaterThan(0);
    expect(ids.sort()).toEqual(validated.map((v) => v.findingId).sort());
    // Another parliament's staff still know nothing of it.
    expect(await appErrorOf(as(staffMontenegro).roadmaps.byId({ id: roadmap.id }))).toMatchObject({
      trpcCode: "NOT_FOUND",
    });
    expect(await appErrorOf(as(staffMontenegro).roadmaps.byMission({ missionId: roadmap.missionId }))).toMatchObject({
      trpcCode: "NOT_FOUND",
    });
  });
});
