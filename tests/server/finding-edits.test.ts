// Editing a finding (findings.update) by its status: its author fixes a rejected finding,
// a validated one is locked (findingLocked), and a stale edit is answered with the
// finding as saved and who saved it last, so the form can show both versions.
import type { SessionUser } from "@hemicycle/server/context";
import { seedDemoData } from "@hemicycle/server/seed/seed-demo";
import type { FindingStatus } from "@hemicycle/shared/enums";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, sessionUserByEmail } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { appErrorOf } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

let lead: SessionUser; // LEAD on Zambia's assessment
let member: SessionUser; // MEMBER on it
let assessmentId: string;

beforeAll(async () => {
  expect(await seedDemoData(prisma())).toEqual({ seeded: true });
  [lead, member] = (await Promise.all(
    ["lead.expert@hemicycle.test", "expert@hemicycle.test"].map((email) => sessionUserByEmail(db(), email)),
  )) as [SessionUser, SessionUser];
  const mission = await prisma().mission.findUniqueOrThrow({
    where: { code: "SADC-ZMB-2026" },
    select: { phases: { select: { id: true, kind: true } } },
  });
  assessmentId = mission.phases.find((p) => p.kind === "ASSESSMENT")!.id;
});

/** A member's finding put straight into `status` (the workflow's own rules are tested elsewhere). */
async function findingIn(status: FindingStatus, title: string) {
  const created = await as(member).findings.create({
    phaseId: assessmentId,
    area: "WEB",
    kind: "GAP",
    severity: "MEDIUM",
    title,
    description: "The order paper is published **days** after the sitting.",
  });
  await prisma().finding.update({
    where: { id: created.id },
    data: { status, version: { increment: 1 }, validatedById: status === "VALIDATED" ? lead.id : null },
  });
  return { id: created.id, version: created.version + 1 };
}

const stored = (id: string) =>
  prisma().finding.findUniqueOrThrow({ where: { id }, select: { title: true, status: true, version: true } });

describe("findings.update by status", () => {
  it("lets the author fix a rejected finding, which stays rejected until they send it back", async () => {
    const { id, version } = await findingIn("REJECTED", "Order papers are late");
    const updated = await as(member).findings.update({
      id,
      version,
      title: "Order papers are published two days late",
      recommendation: "Publish the order paper [on the website](https://parliament.example) the same day.",
    });
    expect(updated).toMatchObject({
      title: "Order papers are published two days late",
      status: "REJECTED",
      version: version + 1,
    });
    expect(await stored(id)).toMatchObject({ title: "Order papers are published two days late", version: version + 1 });
  });

  it("refuses any edit of a validated finding by its author (findingLocked), changing nothing", async () => {
    const { id, version } = await findingIn("VALIDATED", "Hansard is not searchable");
    const error = await appErrorOf(as(member).findings.update({ id, version, title: "Changed after validation" }));
    expect(error).toMatchObject({ trpcCode: "FORBIDDEN", message: { code: "findingLocked" } });
    expect(await stored(id)).toEqual({ title: "Hansard is not searchable", status: "VALIDATED", version });
  });

  it("answers a stale edit with the finding as saved and who saved it last, and when", async () => {
    const { id, version } = await findingIn("DRAFT", "No live stream of plenary");
    await as(lead).findings.update({ id, version, severity: "HIGH" });
    const error = await appErrorOf(as(member).findings.update({ id, version, title: "Stale title" }));
    expect(error).toMatchObject({ trpcCode: "CONFLICT", reason: "STALE_VERSION" });
    const current = error.details?.current as { version: number; severity: string; savedBy: unknown };
    expect(current).toMatchObject({
      id,
      version: version + 1,
      severity: "HIGH",
      title: "No live stream of plenary",
      savedBy: { id: lead.id, name: lead.name },
    });
    expect((current.savedBy as { at: unknown }).at).toBeInstanceOf(Date);
    expect(await stored(id)).toMatchObject({ title: "No live stream of plenary", version: version + 1 });
  });
});
