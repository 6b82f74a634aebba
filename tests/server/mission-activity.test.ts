// missions.activity on the demo data: the feed words the mission's own events (its
// phases, team, findings), newest first and a page at a time, and each viewer gets only
// what they may see: parliament staff see a finding once validated, never its draft
// life, and no one is told an override's reason.
import type { SessionUser } from "@hemicycle/server/context";
import { seedDemoData } from "@hemicycle/server/seed/seed-demo";
import { beforeAll, describe, expect, it } from "vitest";
import { createExpert } from "../factories/records.ts";
import { callerFor, sessionUserByEmail } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { appErrorOf } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

let coordinator: SessionUser;
let lead: SessionUser;
let member: SessionUser;
let outsider: SessionUser;
let staffZambia: SessionUser;
let staffMontenegro: SessionUser;
let missionId: string;
let assessmentId: string;
let draftId: string;
let validatedId: string;
let expertName: string;

function finding(phaseId: string, title: string) {
  return {
    phaseId,
    area: "LEG" as const,
    kind: "GAP" as const,
    severity: "HIGH" as const,
    title,
    description: "Draft bills are exchanged by e-mail; no single authoritative version exists.",
  };
}

beforeAll(async () => {
  expect(await seedDemoData(prisma())).toEqual({ seeded: true });
  [coordinator, lead, member, outsider, staffZambia, staffMontenegro] = (await Promise.all(
    [
      "coordinator@hemicycle.test",
      "lead.expert@hemicycle.test",
      "expert@hemicycle.test",
      "outsider.expert@hemicycle.test",
      "staff.zambia@hemicycle.test",
      "staff.montenegro@hemicycle.test",
    ].map((email) => sessionUserByEmail(db(), email)),
  )) as SessionUser[] as [SessionUser, SessionUser, SessionUser, SessionUser, SessionUser, SessionUser];
  const mission = await prisma().mission.findUniqueOrThrow({
    where: { code: "SADC-ZMB-2026" },
    select: { id: true, phases: { select: { id: true, kind: true } } },
  });
  missionId = mission.id;
  assessmentId = mission.phases.find((p) => p.kind === "ASSESSMENT")!.id;

  // A draft that stays a draft, and one that goes all the way to validated.
  draftId = (await as(member).findings.create(finding(assessmentId, "Activity: still a draft"))).id;
  const second = await as(member).findings.create(finding(assessmentId, "Activity: validated in the end"));
  validatedId = second.id;
  await as(member).findings.setStatus({ id: second.id, version: second.version, status: "SUBMITTED" });
  await as(lead).findings.setStatus({ id: second.id, version: second.version + 1, status: "VALIDATED" });

  // A new expert joins the assessment team (the coordinator's act, worded with the name).
  const expert = await createExpert(db(), { name: "Ada Activity" });
  expertName = expert.name;
  await as(coordinator).missions.assignExpert({ phaseId: assessmentId, expertId: expert.id, role: "MEMBER" });
});

const allItems = async (user: SessionUser) => {
  const items = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<ReturnType<typeof as>["missions"]["activity"]>> = await as(user).missions.activity({
      missionId,
      limit: 2,
      ...(cursor ? { cursor } : {}),
    });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
};

describe("missions.activity", () => {
  it("gives the coordinator every event, newest first, with who acted and the names a sentence needs", async () => {
    const first = await as(coordinator).missions.activity({ missionId, limit: 50 });
    expect(first.items[0]).toMatchObject({
      action: "phase.assignExpert",
      actorName: coordinator.name,
      expertName,
      phaseKind: "ASSESSMENT",
    });
    const actions = first.items.map((i) => `${i.action} ${i.findingTitle ?? ""}`.trim());
    expect(actions).toEqual(
      expect.arrayContaining([
        "finding.create Activity: still a draft",
        "finding.create Activity: validated in the end",
        "finding.setStatus Activity: validated in the end",
      ]),
    );
    const times = first.items.map((i) => i.at.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    // No before/after values ride along, so no override reason can.
    expect(Object.keys(first.items[0]!).sort()).toEqual(
      [
        "action",
        "actorName",
        "at",
        "entityType",
        "expertName",
        "fields",
        "findingTitle",
        "id",
        "phaseKind",
        "status",
      ].sort(),
    );
  });

  it("pages with a cursor without repeating or losing an event", async () => {
    const whole = await as(coordinator).missions.activity({ missionId, limit: 100 });
    const paged = await allItems(coordinator);
    expect(paged.map((i) => i.id)).toEqual(whole.items.map((i) => i.id));
  });

  it("shows the Zambia staff a finding's validation only, never a draft's events", async () => {
    const items = await allItems(staffZambia);
    // The demo's own findings (seed-demo.ts logs them too) show by their validation alone.
    expect(items.filter((i) => i.entityType === "finding").every((i) => i.status === "VALIDATED")).toBe(true);
    const findingEvents = items.filter((i) => i.entityType === "finding" && i.findingTitle?.startsWith("Activity:"));
    expect(findingEvents.map((i) => [i.action, i.status])).toEqual([["finding.setStatus", "VALIDATED"]]);
    expect(findingEvents[0]).toMatchObject({ findingTitle: "Activity: validated in the end" });
    expect(items.some((i) => i.findingTitle === "Activity: still a draft")).toBe(false);
    // The team changes are theirs to see.
    expect(items.some((i) => i.action === "phase.assignExpert" && i.expertName === expertName)).toBe(true);
  });

  it("shows the team's lead expert the drafts of their mission", async () => {
    const items = await allItems(lead);
    const titles = items.filter((i) => i.entityType === "finding").map((i) => i.findingTitle);
    expect(titles).toContain("Activity: still a draft");
    expect(await prisma().finding.count({ where: { id: { in: [draftId, validatedId] } } })).toBe(2);
  });

  it("answers NOT_FOUND to those who may not see the mission", async () => {
    for (const user of [outsider, staffMontenegro]) {
      expect(await appErrorOf(as(user).missions.activity({ missionId, limit: 10 }))).toMatchObject({
        trpcCode: "NOT_FOUND",
      });
    }
  });
});
