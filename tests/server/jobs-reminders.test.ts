// The reminders scan (server/src/jobs/reminders.ts; docs/notifications.md, "Reminders"):
// each kind to whom it concerns and to no one else, with its params and link, on a fixed
// day; exactly once per reader and occasion however many scans run, also at the same
// moment; a date moved is a new occasion.
import type { SessionUser } from "@hemicycle/server/context";
import { OVERDUE_HORIZON_DAYS, scanReminders } from "@hemicycle/server/jobs/reminders";
import type { PhaseKind, PhaseStatus } from "@hemicycle/shared/enums";
import { beforeAll, describe, expect, it } from "vitest";
import { createExpert, createParliament, createUser, day } from "../factories/records.ts";
import { useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
/** The scan's moment: 08:00 UTC on 10 March 2027. */
const NOW = new Date("2027-03-10T08:00:00.000Z");
const DAY_MS = 86_400_000;
const daysFromToday = (days: number) => new Date(day("2027-03-10").getTime() + days * DAY_MS);
const iso = (date: Date) => date.toISOString().slice(0, 10);

let parliamentId: string;
let coordinator: SessionUser;
let member: SessionUser;
let inactiveMember: SessionUser;
let staff: SessionUser;
let otherStaff: SessionUser;
let bystander: SessionUser;
let missionId: string;
let missionTitle: string;

async function phase(spec: { kind?: PhaseKind; status: PhaseStatus; start?: number; due?: number | null }) {
  const start = daysFromToday(spec.start ?? -20);
  const created = await prisma().phase.create({
    data: {
      missionId,
      kind: spec.kind ?? "ASSESSMENT",
      status: spec.status,
      startDate: start,
      endDate: new Date(start.getTime() + 4 * DAY_MS),
      reportDueDate: spec.due === undefined || spec.due === null ? null : daysFromToday(spec.due),
    },
    select: { id: true, kind: true },
  });
  // The team: one expert with an account, one whose account is inactive, one without an account.
  for (const expertId of [member.expertId!, inactiveMember.expertId!, (await createExpert(db())).id]) {
    await prisma().assignment.create({ data: { phaseId: created.id, expertId, role: "MEMBER" } });
  }
  return created;
}

async function noticesOf(dedupePrefix: string) {
  return prisma().notification.findMany({
    where: { dedupeKey: { startsWith: dedupePrefix } },
    select: { userId: true, kind: true, params: true, link: true, actorId: true, dedupeKey: true, emailStatus: true },
    orderBy: { userId: "asc" },
  });
}

const ids = (rows: { userId: string }[]) => rows.map((row) => row.userId).sort();

beforeAll(async () => {
  const parliament = await createParliament(db());
  const other = await createParliament(db());
  parliamentId = parliament.id;
  coordinator = await createUser(db(), { role: "COORDINATOR" });
  member = await createUser(db(), { role: "EXPERT", expertId: (await createExpert(db())).id });
  inactiveMember = await createUser(db(), { role: "EXPERT", expertId: (await createExpert(db())).id, active: false });
  staff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId });
  otherStaff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId: other.id });
  bystander = await createUser(db(), { role: "COORDINATOR" });
  // The member chose reports due soon by e-mail.
  await prisma().user.update({ where: { id: member.id }, data: { emailNotificationKinds: ["REPORT_DUE_SOON"] } });
  const mission = await prisma().mission.create({
    data: {
      code: "REM-1",
      title: "Reminders mission",
      type: "ASSESSMENT_AND_PLAN",
      parliamentId,
      coordinatorId: coordinator.id,
    },
    select: { id: true, title: true },
  });
  missionId = mission.id;
  missionTitle = mission.title;
});

describe("reminders.scan", () => {
  it("tells the team and the coordinator of a report due within three days, once, by e-mail to who chose it", async () => {
    const soon = await phase({ status: "DRAFT_REPORT", due: 3 });
    const today = await phase({ status: "FIELDWORK", due: 0 });
    const later = await phase({ status: "DRAFT_REPORT", due: 4 });
    const delivered = await phase({ status: "PARLIAMENT_REVIEW", due: 1 });
    const workshop = await phase({ kind: "WORKSHOP", status: "FIELDWORK", due: 1 });
    await scanReminders(prisma(), NOW);

    const told = await noticesOf(`REPORT_DUE_SOON:${soon.id}:`);
    expect(ids(told)).toEqual([coordinator.id, member.id].sort());
    const toMember = told.find((row) => row.userId === member.id)!;
    expect(toMember).toMatchObject({
      kind: "REPORT_DUE_SOON",
      params: { mission: missionTitle, phaseKind: "ASSESSMENT", dueDate: iso(daysFromToday(3)) },
      link: `/missions/${missionId}/phases/${soon.id}/report`,
      actorId: null,
      dedupeKey: `REPORT_DUE_SOON:${soon.id}:${iso(daysFromToday(3))}`,
      emailStatus: "PENDING",
    });
    expect(told.find((row) => row.userId === coordinator.id)!.emailStatus).toBeNull();
    expect(ids(await noticesOf(`REPORT_DUE_SOON:${today.id}:`))).toEqual([coordinator.id, member.id].sort());
    for (const quiet of [later, delivered, workshop]) {
      expect(await noticesOf(`REPORT_DUE_SOON:${quiet.id}:`)).toEqual([]);
      expect(await noticesOf(`REPORT_OVERDUE:${quiet.id}:`)).toEqual([]);
    }
  });

  it("tells of a report overdue once, and not of one late for longer than the horizon", async () => {
    const late = await phase({ status: "FIELDWORK", due: -2 });
    const longLate = await phase({ status: "DRAFT_REPORT", due: -(OVERDUE_HORIZON_DAYS + 1) });
    const finalised = await phase({ status: "FINALISED", due: -2 });
    await scanReminders(prisma(), NOW);
    await scanReminders(prisma(), new Date(NOW.getTime() + DAY_MS));

    const told = await noticesOf(`REPORT_OVERDUE:${late.id}:`);
    expect(ids(told)).toEqual([coordinator.id, member.id].sort());
    expect(told[0]!.params).toEqual({
      mission: missionTitle,
      phaseKind: "ASSESSMENT",
      dueDate: iso(daysFromToday(-2)),
    });
    expect(await noticesOf(`REPORT_OVERDUE:${longLate.id}:`)).toEqual([]);
    expect(await noticesOf(`REPORT_OVERDUE:${finalised.id}:`)).toEqual([]);
  });

  it("tells the team and the coordinator of fieldwork starting within a week, not of one started or cancelled", async () => {
    const soon = await phase({ status: "TEAM_CONFIRMED", start: 7 });
    const far = await phase({ status: "PLANNED", start: 8 });
    const cancelled = await phase({ status: "CANCELLED", start: 2 });
    const started = await phase({ status: "FIELDWORK", start: 1 });
    await scanReminders(prisma(), NOW);

    const told = await noticesOf(`FIELDWORK_SOON:${soon.id}:`);
    expect(ids(told)).toEqual([coordinator.id, member.id].sort());
    expect(told[0]).toMatchObject({
      params: { mission: missionTitle, phaseKind: "ASSESSMENT", startDate: iso(daysFromToday(7)) },
      link: `/missions/${missionId}`,
    });
    for (const quiet of [far, cancelled, started]) expect(await noticesOf(`FIELDWORK_SOON:${quiet.id}:`)).toEqual([]);
  });

  it("tells the parliament's staff of a roadmap in review for more than 14 days since its latest submission", async () => {
    const roadmapMission = await prisma().mission.create({
      data: { code: "REM-2", title: "Roadmap mission", type: "ASSESSMENT_AND_PLAN", parliamentId },
      select: { id: true },
    });
    const roadmap = await prisma().roadmap.create({
      data: {
        missionId: roadmapMission.id,
        title: "ICT roadmap 2027–2030",
        horizonStart: 2027,
        horizonEnd: 2030,
        status: "IN_REVIEW",
        revisions: {
          create: [
            { number: 1, kind: "SUBMISSION", snapshot: {}, createdAt: new Date(NOW.getTime() - 40 * DAY_MS) },
            { number: 2, kind: "SUBMISSION", snapshot: {}, createdAt: new Date(NOW.getTime() - 15 * DAY_MS) },
          ],
        },
      },
      select: { id: true },
    });
    const recentMission = await prisma().mission.create({
      data: { code: "REM-3", title: "Recent mission", type: "ASSESSMENT_AND_PLAN", parliamentId },
      select: { id: true },
    });
    const recent = await prisma().roadmap.create({
      data: {
        missionId: recentMission.id,
        title: "Recent roadmap",
        horizonStart: 2027,
        horizonEnd: 2030,
        status: "IN_REVIEW",
        revisions: {
          create: { number: 1, kind: "SUBMISSION", snapshot: {}, createdAt: new Date(NOW.getTime() - 13 * DAY_MS) },
        },
      },
      select: { id: true },
    });
    await scanReminders(prisma(), NOW);

    const told = await noticesOf(`REVIEW_WAITING:${roadmap.id}:`);
    expect(told).toEqual([
      {
        userId: staff.id,
        kind: "REVIEW_WAITING",
        params: { roadmap: "ICT roadmap 2027–2030", since: iso(new Date(NOW.getTime() - 15 * DAY_MS)) },
        link: `/parliament/roadmaps/${roadmap.id}`,
        actorId: null,
        dedupeKey: `REVIEW_WAITING:${roadmap.id}:2`,
        emailStatus: null,
      },
    ]);
    expect(await noticesOf(`REVIEW_WAITING:${recent.id}:`)).toEqual([]);
  });

  it("never tells the same occasion twice, even from scans at the same moment; a moved date is told again", async () => {
    const due = await phase({ status: "DRAFT_REPORT", due: 2 });
    const results = await Promise.all([1, 2, 3].map(() => scanReminders(prisma(), NOW)));
    expect(ids(await noticesOf(`REPORT_DUE_SOON:${due.id}:`))).toEqual([coordinator.id, member.id].sort());
    // The three scans found every occasion told already, or told it between them once.
    const again = await scanReminders(prisma(), NOW);
    expect(again.written).toBe(0);
    expect(results.reduce((sum, result) => sum + result.written, 0)).toBeGreaterThanOrEqual(2);

    await prisma().phase.update({ where: { id: due.id }, data: { reportDueDate: daysFromToday(1) } });
    await scanReminders(prisma(), NOW);
    const told = await noticesOf(`REPORT_DUE_SOON:${due.id}:`);
    expect(told.map((row) => row.dedupeKey).sort()).toEqual(
      [
        `REPORT_DUE_SOON:${due.id}:${iso(daysFromToday(1))}`,
        `REPORT_DUE_SOON:${due.id}:${iso(daysFromToday(1))}`,
        `REPORT_DUE_SOON:${due.id}:${iso(daysFromToday(2))}`,
        `REPORT_DUE_SOON:${due.id}:${iso(daysFromToday(2))}`,
      ].sort(),
    );
  });

  it("tells no one outside: the inactive member, another parliament's staff, a coordinator of other missions", async () => {
    await scanReminders(prisma(), NOW);
    for (const user of [inactiveMember, otherStaff, bystander]) {
      expect(await prisma().notification.count({ where: { userId: user.id } })).toBe(0);
    }
  });
});
