// Who is told what (services/notification-triggers.ts, docs/notifications.md "Who is
// told"): each trigger through the router, as the people who act, checking who gets the
// notice (and who does not: never the actor, never another parliament's staff), its params
// and its link.
import type { SessionUser } from "@hemicycle/server/context";
import type { NotificationKind } from "@hemicycle/shared/enums";
import { beforeAll, describe, expect, it } from "vitest";
import { createExpert, createFinding, createMission, createParliament, createUser } from "../factories/records.ts";
import { createRoadmapAt } from "../factories/roadmap-review.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

let parliamentId: string;
let coordinator: SessionUser;
let otherCoordinator: SessionUser;
let lead: SessionUser;
let member: SessionUser;
let staff: SessionUser;
let colleague: SessionUser;
let otherStaff: SessionUser;
let everyone: SessionUser[];
/** An expert of the directory without an account: told nothing, and nothing breaks. */
let accountless: { id: string; name: string };

beforeAll(async () => {
  parliamentId = (await createParliament(db())).id;
  const otherParliamentId = (await createParliament(db())).id;
  coordinator = await createUser(db(), { role: "COORDINATOR" });
  otherCoordinator = await createUser(db(), { role: "COORDINATOR" });
  lead = await createUser(db(), { role: "EXPERT", expertId: (await createExpert(db())).id });
  member = await createUser(db(), { role: "EXPERT", expertId: (await createExpert(db())).id });
  staff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId });
  colleague = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId });
  otherStaff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId: otherParliamentId });
  accountless = await createExpert(db());
  everyone = [coordinator, otherCoordinator, lead, member, staff, colleague, otherStaff];
});

/** Everyone's notices written since `since`, by user, as [kind, link]. */
async function told(since: Date) {
  const rows = await prisma().notification.findMany({
    where: { createdAt: { gte: since } },
    select: { userId: true, kind: true, link: true, params: true, actorId: true },
    orderBy: [{ createdAt: "asc" }, { kind: "asc" }],
  });
  const byUser = new Map<string, typeof rows>();
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
  return {
    rows,
    kinds: (user: SessionUser) => (byUser.get(user.id) ?? []).map((row) => row.kind),
    /** Who got a notice of `kind`, by name in `everyone`'s order. */
    readers: (kind: NotificationKind) =>
      everyone.filter((user) => (byUser.get(user.id) ?? []).some((row) => row.kind === kind)).map((u) => u.id),
    one: (user: SessionUser, kind: NotificationKind) => {
      const found = (byUser.get(user.id) ?? []).filter((row) => row.kind === kind);
      expect(found).toHaveLength(1);
      return found[0]!;
    },
  };
}

const mark = async () => {
  // The clock of the database, a millisecond on: what this test's writes stamp comes after it.
  const [row] = await prisma().$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`;
  await new Promise((resolve) => setTimeout(resolve, 2));
  return row!.now;
};

async function missionWithPhase(options: { coordinatorId?: string; start?: string; end?: string } = {}) {
  const mission = await createMission(db(), {
    parliamentId,
    phases: [{ kind: "ASSESSMENT", startDate: options.start ?? "2031-03-01", endDate: options.end ?? "2031-03-05" }],
  });
  await prisma().mission.update({
    where: { id: mission.id },
    data: { coordinatorId: options.coordinatorId ?? coordinator.id },
  });
  const title = (await prisma().mission.findUniqueOrThrow({ where: { id: mission.id }, select: { title: true } }))
    .title;
  return { id: mission.id, title, phaseId: mission.phases[0]!.id };
}

describe("a phase's team", () => {
  it("tells the expert they were put on a phase, and taken off it; nobody else, and not an expert without an account", async () => {
    const mission = await missionWithPhase();
    const since = await mark();
    await as(coordinator).missions.assignExpert({ phaseId: mission.phaseId, expertId: member.expertId!, role: "LEAD" });
    await as(coordinator).missions.assignExpert({ phaseId: mission.phaseId, expertId: accountless.id, role: "MEMBER" });
    await as(coordinator).missions.unassignExpert({ phaseId: mission.phaseId, expertId: member.expertId! });
    const t = await told(since);
    expect(t.rows.map((row) => row.kind).sort()).toEqual(["PHASE_ASSIGNED", "PHASE_UNASSIGNED"]);
    expect(t.one(member, "PHASE_ASSIGNED")).toEqual({
      userId: member.id,
      kind: "PHASE_ASSIGNED",
      link: `/missions/${mission.id}`,
      actorId: coordinator.id,
      params: {
        actor: coordinator.name,
        mission: mission.title,
        phaseKind: "ASSESSMENT",
        role: "LEAD",
        startDate: "2031-03-01",
        endDate: "2031-03-05",
      },
    });
    expect(t.one(member, "PHASE_UNASSIGNED").params).toEqual({
      actor: coordinator.name,
      mission: mission.title,
      phaseKind: "ASSESSMENT",
    });
  });

  it("tells an expert kept despite a clash, and the coordinator of the other mission, of the override", async () => {
    const other = await missionWithPhase({
      coordinatorId: otherCoordinator.id,
      start: "2032-05-01",
      end: "2032-05-10",
    });
    await as(otherCoordinator).missions.assignExpert({
      phaseId: other.phaseId,
      expertId: lead.expertId!,
      role: "LEAD",
    });
    const mission = await missionWithPhase({ start: "2032-05-08", end: "2032-05-12" });
    const since = await mark();
    await as(coordinator).missions.assignExpert({
      phaseId: mission.phaseId,
      expertId: lead.expertId!,
      role: "MEMBER",
      overrideReason: "Two days of overlap, agreed with both parliaments",
    });
    const t = await told(since);
    expect(t.readers("CONFLICT_OVERRIDE")).toEqual([otherCoordinator.id, lead.id]);
    expect(t.kinds(lead).sort()).toEqual(["CONFLICT_OVERRIDE", "PHASE_ASSIGNED"]);
    expect(t.one(otherCoordinator, "CONFLICT_OVERRIDE")).toMatchObject({
      link: `/missions/${mission.id}`,
      params: {
        actor: coordinator.name,
        expert: expect.any(String),
        mission: mission.title,
        phaseKind: "ASSESSMENT",
        reason: "Two days of overlap, agreed with both parliaments",
      },
    });
    expect(t.kinds(coordinator)).toEqual([]);
  });

  it("tells each expert a copied team brings", async () => {
    const mission = await createMission(db(), {
      parliamentId,
      phases: [
        { kind: "ASSESSMENT", startDate: "2033-01-01", endDate: "2033-01-05" },
        { kind: "STRATEGIC_PLAN", startDate: "2033-06-01", endDate: "2033-06-05" },
      ],
    });
    const [from, to] = mission.phases;
    await as(coordinator).missions.assignExpert({ phaseId: from!.id, expertId: lead.expertId!, role: "LEAD" });
    await as(coordinator).missions.assignExpert({ phaseId: from!.id, expertId: member.expertId!, role: "MEMBER" });
    const since = await mark();
    await as(coordinator).missions.copyTeam({ fromPhaseId: from!.id, toPhaseId: to!.id });
    const t = await told(since);
    expect(t.readers("PHASE_ASSIGNED")).toEqual([lead.id, member.id]);
    expect(t.one(lead, "PHASE_ASSIGNED").params).toMatchObject({ phaseKind: "STRATEGIC_PLAN", role: "LEAD" });
  });
});

describe("findings", () => {
  async function submittedFinding() {
    const mission = await missionWithPhase();
    await prisma().assignment.createMany({
      data: [
        { phaseId: mission.phaseId, expertId: lead.expertId!, role: "LEAD" },
        { phaseId: mission.phaseId, expertId: member.expertId!, role: "MEMBER" },
      ],
    });
    const finding = await createFinding(db(), { phaseId: mission.phaseId, authorId: member.id, status: "SUBMITTED" });
    const title = (await prisma().finding.findUniqueOrThrow({ where: { id: finding.id }, select: { title: true } }))
      .title;
    return { ...finding, title, mission, phaseId: mission.phaseId };
  }

  it("tells the author their finding was validated, by its lead", async () => {
    const finding = await submittedFinding();
    const since = await mark();
    await as(lead).findings.setStatus({ id: finding.id, version: finding.version, status: "VALIDATED", comment: null });
    const t = await told(since);
    expect(t.rows).toHaveLength(1);
    expect(t.one(member, "FINDING_VALIDATED")).toMatchObject({
      link: `/findings/${finding.id}`,
      actorId: lead.id,
      params: { actor: lead.name, finding: finding.title, mission: finding.mission.title },
    });
  });

  it("tells the author of a rejection once (its reason is on the page), and of a reopening's note as a comment", async () => {
    const finding = await submittedFinding();
    const since = await mark();
    await as(lead).findings.setStatus({
      id: finding.id,
      version: finding.version,
      status: "REJECTED",
      comment: "No evidence attached",
    });
    let t = await told(since);
    expect(t.rows.map((row) => row.kind)).toEqual(["FINDING_REJECTED"]);
    expect(t.one(member, "FINDING_REJECTED").params).toEqual({
      actor: lead.name,
      finding: finding.title,
      mission: finding.mission.title,
    });

    const validated = await submittedFinding();
    await as(lead).findings.setStatus({ id: validated.id, version: 1, status: "VALIDATED", comment: null });
    const reopenedAt = await mark();
    await as(lead).findings.setStatus({ id: validated.id, version: 2, status: "SUBMITTED", comment: "Check the date" });
    t = await told(reopenedAt);
    expect(t.one(member, "COMMENT")).toMatchObject({
      link: `/findings/${validated.id}`,
      params: { actor: lead.name, subject: validated.title, excerpt: "Check the date" },
    });
    expect(t.rows).toHaveLength(1);
  });

  it("tells each author of a bulk validation", async () => {
    const first = await submittedFinding();
    const second = await submittedFinding();
    const since = await mark();
    await as(coordinator).findings.validateMany({
      items: [
        { id: first.id, version: first.version },
        { id: second.id, version: second.version },
      ],
    });
    const t = await told(since);
    expect(
      t.rows
        .filter((row) => row.userId === member.id)
        .map((row) => row.link)
        .sort(),
    ).toEqual([`/findings/${first.id}`, `/findings/${second.id}`].sort());
    expect(t.rows.every((row) => row.kind === "FINDING_VALIDATED" && row.actorId === coordinator.id)).toBe(true);
  });
});

describe("roadmaps", () => {
  async function roadmap(stage: "DRAFT" | "IN_REVIEW") {
    const r = await createRoadmapAt(db(), {
      parliamentId,
      stage,
      team: [
        { expertId: lead.expertId!, role: "LEAD" },
        { expertId: member.expertId!, role: "MEMBER" },
      ],
    });
    await prisma().mission.update({ where: { id: r.missionId }, data: { coordinatorId: coordinator.id } });
    const { title, version } = await prisma().roadmap.findUniqueOrThrow({
      where: { id: r.roadmapId },
      select: { title: true, version: true },
    });
    return { ...r, title, version };
  }

  it("tells the parliament's own staff that a roadmap awaits their review, leading to the review page", async () => {
    const r = await roadmap("DRAFT");
    const since = await mark();
    await as(lead).roadmaps.submitForReview({ id: r.roadmapId, version: r.version });
    const t = await told(since);
    expect(t.readers("ROADMAP_SUBMITTED")).toEqual([staff.id, colleague.id]);
    expect(t.rows).toHaveLength(2);
    expect(t.one(staff, "ROADMAP_SUBMITTED")).toMatchObject({
      link: `/parliament/roadmaps/${r.roadmapId}`,
      params: { actor: lead.name, roadmap: r.title },
    });
  });

  it("tells the team and the coordinator of an endorsement, and of a request for changes, leading to the editor", async () => {
    const endorsed = await roadmap("IN_REVIEW");
    let since = await mark();
    await as(staff).roadmaps.review({ id: endorsed.roadmapId, revision: 1, decision: "ENDORSE", comment: "Agreed" });
    let t = await told(since);
    expect(t.readers("ROADMAP_ENDORSED")).toEqual([coordinator.id, lead.id, member.id]);
    expect(t.rows).toHaveLength(3);
    expect(t.one(member, "ROADMAP_ENDORSED")).toMatchObject({
      link: `/missions/${endorsed.missionId}/roadmap`,
      params: { actor: staff.name, roadmap: endorsed.title },
    });

    const sentBack = await roadmap("IN_REVIEW");
    since = await mark();
    await as(colleague).roadmaps.review({
      id: sentBack.roadmapId,
      revision: 1,
      decision: "REQUEST_CHANGES",
      comment: "Cost the web portal",
    });
    t = await told(since);
    expect(t.readers("ROADMAP_CHANGES_REQUESTED")).toEqual([coordinator.id, lead.id, member.id]);
    expect(t.rows).toHaveLength(3);
  });

  it("tells the team and coordinator of the staff's comments, the staff of the team's, and a thread's author of a reply", async () => {
    const r = await roadmap("IN_REVIEW");
    let since = await mark();
    const fromStaff = await as(staff).roadmaps.comment({
      roadmapId: r.roadmapId,
      itemId: r.itemIds[0],
      body: "What does this initiative cost   in the second year?",
    });
    let t = await told(since);
    expect(t.readers("COMMENT")).toEqual([coordinator.id, lead.id, member.id]);
    const itemTitle = (
      await prisma().roadmapItem.findUniqueOrThrow({ where: { id: r.itemIds[0]! }, select: { title: true } })
    ).title;
    expect(t.one(lead, "COMMENT")).toMatchObject({
      link: `/missions/${r.missionId}/roadmap`,
      params: { actor: staff.name, subject: itemTitle, excerpt: "What does this initiative cost in the second year?" },
    });

    since = await mark();
    await as(lead).roadmaps.comment({ roadmapId: r.roadmapId, parentId: fromStaff.id, body: "About 40 000 USD." });
    t = await told(since);
    // The staff (the thread's author among them, once), not the rest of the team.
    expect(t.readers("COMMENT")).toEqual([staff.id, colleague.id]);
    expect(t.one(staff, "COMMENT").link).toBe(`/parliament/roadmaps/${r.roadmapId}`);

    // A colleague's reply to a thread the staff opened: the team, and the thread's author on the review page.
    since = await mark();
    await as(colleague).roadmaps.comment({ roadmapId: r.roadmapId, parentId: fromStaff.id, body: "Thanks." });
    t = await told(since);
    expect(t.readers("COMMENT")).toEqual([coordinator.id, lead.id, member.id, staff.id]);
    expect(t.one(staff, "COMMENT").link).toBe(`/parliament/roadmaps/${r.roadmapId}`);
    expect(t.kinds(otherStaff)).toEqual([]);
  });

  it("tells the staff nothing of a draft never submitted, which they cannot read", async () => {
    const r = await roadmap("DRAFT");
    const since = await mark();
    const thread = await as(lead).roadmaps.comment({ roadmapId: r.roadmapId, body: "Draft thoughts" });
    await as(member).roadmaps.comment({ roadmapId: r.roadmapId, parentId: thread.id, body: "Agreed" });
    const t = await told(since);
    // The lead hears of the member's reply to their thread; the staff of nothing.
    expect(t.rows.map((row) => [row.userId, row.kind])).toEqual([[lead.id, "COMMENT"]]);
  });

  it("tells a thread's author of a reply only while they may still read the roadmap", async () => {
    const r = await roadmap("IN_REVIEW");
    const thread = await as(member).roadmaps.comment({ roadmapId: r.roadmapId, body: "Question for the committee" });
    // The member leaves the team: they may no longer read the roadmap.
    await prisma().assignment.deleteMany({ where: { phaseId: r.phaseId, expertId: member.expertId! } });
    const since = await mark();
    await as(staff).roadmaps.comment({ roadmapId: r.roadmapId, parentId: thread.id, body: "Answered" });
    const t = await told(since);
    expect(t.readers("COMMENT")).toEqual([coordinator.id, lead.id]);
  });

  it("cuts a long comment's excerpt", async () => {
    const r = await roadmap("IN_REVIEW");
    const since = await mark();
    await as(staff).roadmaps.comment({ roadmapId: r.roadmapId, body: "word ".repeat(200) });
    const excerpt = (await told(since)).one(lead, "COMMENT").params as { excerpt: string; subject: string };
    expect(excerpt.excerpt.length).toBe(140);
    expect(excerpt.excerpt.endsWith("…")).toBe(true);
    expect(excerpt.subject).toBe(r.title);
  });
});

describe("the report's review", () => {
  it("tells the phase's team and coordinator of the staff's comment, and the staff of the team's", async () => {
    const mission = await missionWithPhase();
    await prisma().assignment.createMany({
      data: [{ phaseId: mission.phaseId, expertId: lead.expertId!, role: "LEAD" }],
    });
    // The member is on another phase of the mission only: not told of this phase's report.
    await prisma().phase.update({ where: { id: mission.phaseId }, data: { status: "PARLIAMENT_REVIEW" } });
    let since = await mark();
    await as(staff).reportReview.comment({ phaseId: mission.phaseId, body: "Section 2 needs the budget." });
    let t = await told(since);
    expect(t.readers("COMMENT")).toEqual([coordinator.id, lead.id]);
    expect(t.one(lead, "COMMENT")).toMatchObject({
      link: `/missions/${mission.id}/phases/${mission.phaseId}/report`,
      params: { actor: staff.name, subject: mission.title, excerpt: "Section 2 needs the budget." },
    });

    since = await mark();
    await as(lead).reportReview.comment({ phaseId: mission.phaseId, section: null, body: "Added." });
    t = await told(since);
    expect(t.readers("COMMENT")).toEqual([staff.id, colleague.id]);
  });
});

describe("nothing rolled back is told", () => {
  it("a refused assignment tells nobody", async () => {
    const mission = await missionWithPhase({ start: "2036-01-01", end: "2036-01-03" });
    await as(coordinator).missions.assignExpert({ phaseId: mission.phaseId, expertId: member.expertId!, role: "LEAD" });
    const since = await mark();
    await expect(
      as(coordinator).missions.assignExpert({ phaseId: mission.phaseId, expertId: lead.expertId!, role: "LEAD" }),
    ).rejects.toThrow();
    expect((await told(since)).rows).toEqual([]);
  });
});
