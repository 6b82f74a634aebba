// The parliament's review of a roadmap, through the router as each role: submitting
// freezes an immutable revision; only the parliament's own staff decide, and only on the
// revision under review; endorsing makes the baseline, which later edits leave as it was;
// revisions compare field by field; comments thread and resolve; progress is the staff's
// once there is a baseline; the list holds what each person may see.
import type { SessionUser } from "@hemicycle/server/context";
import { beforeAll, describe, expect, it } from "vitest";
import { createExpert, createFinding, createParliament, createUser } from "../factories/records.ts";
import { createRoadmapAt } from "../factories/roadmap-review.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { appErrorOf } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

let ownParliamentId: string;
let admin: SessionUser;
let coordinator: SessionUser;
let lead: SessionUser;
let member: SessionUser;
let outsider: SessionUser;
let staff: SessionUser;
let colleague: SessionUser;
let otherStaff: SessionUser;

beforeAll(async () => {
  ownParliamentId = (await createParliament(db())).id;
  const otherParliamentId = (await createParliament(db())).id;
  admin = await createUser(db(), { role: "ADMIN" });
  coordinator = await createUser(db(), { role: "COORDINATOR" });
  lead = await createUser(db(), { role: "EXPERT", expertId: (await createExpert(db())).id });
  member = await createUser(db(), { role: "EXPERT", expertId: (await createExpert(db())).id });
  outsider = await createUser(db(), { role: "EXPERT", expertId: (await createExpert(db())).id });
  staff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId: ownParliamentId });
  colleague = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId: ownParliamentId });
  otherStaff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId: otherParliamentId });
});

/** A draft roadmap of the own parliament: `lead` leads its phase, `member` is on the team. */
function draftRoadmap(items: number | string[] = 2) {
  return createRoadmapAt(db(), {
    parliamentId: ownParliamentId,
    stage: "DRAFT",
    items,
    team: [
      { expertId: lead.expertId!, role: "LEAD" },
      { expertId: member.expertId!, role: "MEMBER" },
    ],
  });
}

const versionOf = async (id: string) =>
  (await prisma().roadmap.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

const storedRevision = (roadmapId: string, number: number) =>
  prisma().roadmapRevision.findUniqueOrThrow({
    where: { roadmapId_number: { roadmapId, number } },
    select: { kind: true, snapshot: true, createdById: true, createdAt: true },
  });

async function submit(user: SessionUser, roadmapId: string) {
  return as(user).roadmaps.submitForReview({ id: roadmapId, version: await versionOf(roadmapId) });
}

const decide = (user: SessionUser, id: string, revision: number, decision: "ENDORSE" | "REQUEST_CHANGES") =>
  as(user).roadmaps.review({ id, revision, decision, comment: `${decision} by the ICT committee` });

describe("submitting for review", () => {
  it("freezes the roadmap and its items into revision 1, moves it to review and audits it", async () => {
    const r = await draftRoadmap();
    const state = await as(coordinator).roadmaps.submitForReview({ id: r.roadmapId, version: 1 });
    expect(state).toMatchObject({
      id: r.roadmapId,
      status: "IN_REVIEW",
      version: 2,
      baselineRevision: null,
      latestRevision: { number: 1, kind: "SUBMISSION" },
    });
    const revision = await storedRevision(r.roadmapId, 1);
    expect(revision).toMatchObject({ kind: "SUBMISSION", createdById: coordinator.id });
    const snapshot = revision.snapshot as { roadmap: { title: string }; items: { id: string }[] };
    expect(snapshot.items.map((i) => i.id)).toEqual(r.itemIds);
    const audit = await prisma().auditEvent.findFirstOrThrow({
      where: { entityId: r.roadmapId, action: "roadmap.submitForReview" },
      select: { actorId: true, before: true, after: true },
    });
    expect(audit).toEqual({
      actorId: coordinator.id,
      before: { status: "DRAFT", version: 1, revision: null },
      after: { status: "IN_REVIEW", version: 2, revision: 1 },
    });
    // Staff now see it; the team may not submit it twice.
    expect((await as(staff).roadmaps.byId({ id: r.roadmapId })).status).toBe("IN_REVIEW");
    expect(await appErrorOf(as(coordinator).roadmaps.submitForReview({ id: r.roadmapId, version: 2 }))).toMatchObject({
      trpcCode: "BAD_REQUEST",
      reason: "INVALID_TRANSITION",
      message: { code: "roadmapTransition", params: { status: "IN_REVIEW" } },
    });
  });

  it("is the coordinator's or a lead expert's: a member, an admin are refused; staff and outsiders do not see a draft", async () => {
    const r = await draftRoadmap();
    for (const user of [member, admin]) {
      expect(await appErrorOf(as(user).roadmaps.submitForReview({ id: r.roadmapId, version: 1 }))).toMatchObject({
        trpcCode: "FORBIDDEN",
      });
    }
    for (const user of [staff, otherStaff, outsider]) {
      expect(await appErrorOf(as(user).roadmaps.submitForReview({ id: r.roadmapId, version: 1 }))).toMatchObject({
        trpcCode: "NOT_FOUND",
      });
    }
    expect((await as(lead).roadmaps.submitForReview({ id: r.roadmapId, version: 1 })).status).toBe("IN_REVIEW");
  });

  it("refuses a stale version with the roadmap's review state, and an empty roadmap", async () => {
    const r = await draftRoadmap();
    await prisma().roadmap.update({ where: { id: r.roadmapId }, data: { version: 3 } });
    expect(await appErrorOf(as(coordinator).roadmaps.submitForReview({ id: r.roadmapId, version: 2 }))).toMatchObject({
      trpcCode: "CONFLICT",
      reason: "STALE_VERSION",
      details: { current: { id: r.roadmapId, status: "DRAFT", version: 3, latestRevision: null } },
    });
    const empty = await draftRoadmap(0);
    expect(
      await appErrorOf(as(coordinator).roadmaps.submitForReview({ id: empty.roadmapId, version: 1 })),
    ).toMatchObject({ trpcCode: "BAD_REQUEST", message: { code: "roadmapEmpty" } });
    expect(await prisma().roadmapRevision.count({ where: { roadmapId: { in: [r.roadmapId, empty.roadmapId] } } })).toBe(
      0,
    );
  });
});

describe("deciding", () => {
  it("is only for the roadmap's own parliament's staff: other staff and outsiders NOT_FOUND, the team and admins FORBIDDEN", async () => {
    const r = await draftRoadmap();
    await submit(coordinator, r.roadmapId);
    for (const user of [otherStaff, outsider]) {
      expect(await appErrorOf(decide(user, r.roadmapId, 1, "ENDORSE"))).toMatchObject({ trpcCode: "NOT_FOUND" });
    }
    for (const user of [coordinator, lead, member, admin]) {
      expect(await appErrorOf(decide(user, r.roadmapId, 1, "ENDORSE"))).toMatchObject({ trpcCode: "FORBIDDEN" });
    }
    expect(await prisma().reviewDecision.count({ where: { roadmapId: r.roadmapId } })).toBe(0);
    expect((await decide(staff, r.roadmapId, 1, "ENDORSE")).status).toBe("ENDORSED");
  });

  it("endorses only the revision under review: any other number, or a roadmap already decided, is a CONFLICT", async () => {
    const r = await draftRoadmap();
    await submit(coordinator, r.roadmapId);
    expect(await appErrorOf(decide(staff, r.roadmapId, 2, "ENDORSE"))).toMatchObject({
      trpcCode: "CONFLICT",
      reason: "STALE_VERSION",
      message: { code: "revisionNotUnderReview", params: { revision: 2, current: 1 } },
      details: { current: { status: "IN_REVIEW", latestRevision: { number: 1, kind: "SUBMISSION" } } },
    });
    await decide(colleague, r.roadmapId, 1, "REQUEST_CHANGES");
    expect(await appErrorOf(decide(staff, r.roadmapId, 1, "ENDORSE"))).toMatchObject({
      trpcCode: "CONFLICT",
      message: { code: "noRevisionUnderReview", params: { status: "CHANGES_REQUESTED" } },
    });
    expect(await prisma().reviewDecision.count({ where: { roadmapId: r.roadmapId } })).toBe(1);
  });

  it("request changes → resubmit → revision 2 → endorse: revision 3 is the baseline, and the history says who did what", async () => {
    const r = await draftRoadmap();
    await submit(coordinator, r.roadmapId);
    const sent = await decide(staff, r.roadmapId, 1, "REQUEST_CHANGES");
    expect(sent).toMatchObject({
      status: "CHANGES_REQUESTED",
      baselineRevision: null,
      decision: { decision: "REQUEST_CHANGES", revision: 1, comment: "REQUEST_CHANGES by the ICT committee" },
    });
    const again = await submit(lead, r.roadmapId);
    expect(again).toMatchObject({ status: "IN_REVIEW", latestRevision: { number: 2, kind: "SUBMISSION" } });
    // Revision 1 is no longer the one under review.
    expect(await appErrorOf(decide(staff, r.roadmapId, 1, "ENDORSE"))).toMatchObject({
      message: { code: "revisionNotUnderReview", params: { revision: 1, current: 2 } },
    });
    const endorsed = await decide(colleague, r.roadmapId, 2, "ENDORSE");
    expect(endorsed).toMatchObject({
      status: "ENDORSED",
      baselineRevision: 3,
      latestRevision: { number: 3, kind: "ENDORSEMENT" },
    });
    // The endorsement stores the submitted snapshot itself.
    expect((await storedRevision(r.roadmapId, 3)).snapshot).toEqual((await storedRevision(r.roadmapId, 2)).snapshot);

    const history = await as(staff).roadmaps.revisions({ id: r.roadmapId });
    const who = (u: SessionUser) => ({ id: u.id, name: u.name });
    expect(
      history.map(({ createdAt: _, decisions, ...rest }) => ({
        ...rest,
        decisions: decisions.map(({ createdAt: __, ...d }) => d),
      })),
    ).toEqual([
      { number: 3, kind: "ENDORSEMENT", createdBy: who(colleague), decisions: [] },
      {
        number: 2,
        kind: "SUBMISSION",
        createdBy: who(lead),
        decisions: [{ decision: "ENDORSE", comment: "ENDORSE by the ICT committee", decidedBy: who(colleague) }],
      },
      {
        number: 1,
        kind: "SUBMISSION",
        createdBy: who(coordinator),
        decisions: [
          { decision: "REQUEST_CHANGES", comment: "REQUEST_CHANGES by the ICT committee", decidedBy: who(staff) },
        ],
      },
    ]);
    expect(history.every((h) => h.createdAt instanceof Date)).toBe(true);
    const audits = await prisma().auditEvent.count({ where: { entityId: r.roadmapId, action: "roadmap.review" } });
    expect(audits).toBe(2);
  });
});

describe("revisions are immutable", () => {
  it("keeps the endorsed revision as it was when the plan is edited again (a new draft on top of the baseline)", async () => {
    const r = await draftRoadmap(["Digital bills", "Open data portal"]);
    await submit(coordinator, r.roadmapId);
    await decide(staff, r.roadmapId, 1, "ENDORSE");
    const endorsed = await storedRevision(r.roadmapId, 2);
    const submitted = await storedRevision(r.roadmapId, 1);

    const item = await prisma().roadmapItem.findUniqueOrThrow({
      where: { id: r.itemIds[0] },
      select: { version: true },
    });
    await as(lead).roadmaps.updateItem({ id: r.itemIds[0]!, version: item.version, title: "Digital bills and acts" });
    const after = await prisma().roadmap.findUniqueOrThrow({
      where: { id: r.roadmapId },
      select: { status: true, baselineRevision: true },
    });
    expect(after).toEqual({ status: "DRAFT", baselineRevision: 2 });
    expect(await storedRevision(r.roadmapId, 2)).toEqual(endorsed);
    expect(await storedRevision(r.roadmapId, 1)).toEqual(submitted);
    // The parliament still sees its baseline's roadmap, and what changed since.
    expect(await as(staff).roadmaps.compare({ id: r.roadmapId, from: 2, to: "current" })).toEqual({
      from: 2,
      to: "current",
      roadmap: [],
      added: [],
      removed: [],
      changed: [
        {
          id: r.itemIds[0],
          title: "Digital bills and acts",
          changes: [{ field: "title", from: "Digital bills", to: "Digital bills and acts" }],
        },
      ],
    });
  });

  it("is enforced by the database: an UPDATE of a revision or a decision fails", async () => {
    const r = await draftRoadmap();
    await submit(coordinator, r.roadmapId);
    await decide(staff, r.roadmapId, 1, "REQUEST_CHANGES");
    await expect(
      prisma().$executeRaw`UPDATE roadmap_revisions SET snapshot = '{}'::jsonb WHERE "roadmapId" = ${r.roadmapId}`,
    ).rejects.toThrow(/immutable/);
    await expect(
      prisma().$executeRaw`UPDATE review_decisions SET comment = 'rewritten' WHERE "roadmapId" = ${r.roadmapId}`,
    ).rejects.toThrow(/immutable/);
    expect((await prisma().reviewDecision.findFirstOrThrow({ where: { roadmapId: r.roadmapId } })).comment).toBe(
      "REQUEST_CHANGES by the ICT committee",
    );
  });
});

describe("comparing revisions", () => {
  it("lists the roadmap's changed fields, items added and removed, and each changed field, as the caller may see them", async () => {
    const r = await draftRoadmap(["Digital bills", "Open data portal", "Legacy archive"]);
    const [a, b, c] = r.itemIds as [string, string, string];
    const validated = await createFinding(db(), { phaseId: r.phaseId, authorId: lead.id, status: "VALIDATED" });
    const drafted = await createFinding(db(), { phaseId: r.phaseId, authorId: lead.id, status: "DRAFT" });
    const titleOf = async (id: string) =>
      (await prisma().finding.findUniqueOrThrow({ where: { id }, select: { title: true } })).title;
    const [validatedTitle, draftTitle] = [await titleOf(validated.id), await titleOf(drafted.id)];
    const oldTitle = (await prisma().roadmap.findUniqueOrThrow({ where: { id: r.roadmapId } })).title;

    await submit(coordinator, r.roadmapId);
    await decide(staff, r.roadmapId, 1, "REQUEST_CHANGES");
    const editor = as(coordinator).roadmaps;
    await editor.update({
      id: r.roadmapId,
      version: await versionOf(r.roadmapId),
      title: "ICT strategic plan 2027–2030",
    });
    await editor.updateItem({
      id: b,
      version: 1,
      title: "Open data portal and API",
      endDate: "2028-06-30",
      costEstimate: "12500.50",
    });
    await editor.removeItem({ id: c, version: 1 });
    const added = await editor.createItem({ roadmapId: r.roadmapId, title: "Cybersecurity baseline", area: "SEC" });
    await editor.setDependencies({ itemId: b, dependsOn: [a] });
    await editor.linkFindings({ itemId: a, findingIds: [validated.id, drafted.id] });
    await submit(coordinator, r.roadmapId);

    const expected = (findings: string) => ({
      from: 1,
      to: 2,
      roadmap: [{ field: "title", from: oldTitle, to: "ICT strategic plan 2027–2030" }],
      added: [{ id: added.item.id, title: "Cybersecurity baseline" }],
      removed: [{ id: c, title: "Legacy archive" }],
      changed: [
        { id: a, title: "Digital bills", changes: [{ field: "findings", from: null, to: findings }] },
        {
          id: b,
          title: "Open data portal and API",
          changes: [
            { field: "title", from: "Open data portal", to: "Open data portal and API" },
            { field: "endDate", from: "2027-12-31", to: "2028-06-30" },
            { field: "costEstimate", from: "10000.00", to: "12500.50" },
            { field: "dependsOn", from: null, to: "Digital bills" },
          ],
        },
      ],
    });
    // Staff read validated findings only: the draft one is not even named.
    expect(await as(staff).roadmaps.compare({ id: r.roadmapId, from: 1, to: 2 })).toEqual(expected(validatedTitle));
    expect(await as(coordinator).roadmaps.compare({ id: r.roadmapId, from: 1, to: 2 })).toEqual(
      expected([validatedTitle, draftTitle].sort((x, y) => x.localeCompare(y)).join(", ")),
    );
    // The frozen roadmap is what revision 2 holds.
    expect(await as(staff).roadmaps.compare({ id: r.roadmapId, from: 2, to: "current" })).toMatchObject({
      roadmap: [],
      added: [],
      removed: [],
      changed: [],
    });
    expect(await appErrorOf(as(staff).roadmaps.compare({ id: r.roadmapId, from: 1, to: 7 }))).toMatchObject({
      trpcCode: "NOT_FOUND",
      message: { code: "notFound", params: { entity: "revision" } },
    });
    expect(await appErrorOf(as(otherStaff).roadmaps.compare({ id: r.roadmapId, from: 1, to: 2 }))).toMatchObject({
      trpcCode: "NOT_FOUND",
      message: { params: { entity: "roadmap" } },
    });
  });
});

describe("the last revision each person saw", () => {
  it("moves forward only, per person, and shows in byId as lastSeenRevision", async () => {
    const r = await draftRoadmap();
    await submit(coordinator, r.roadmapId);
    await decide(staff, r.roadmapId, 1, "REQUEST_CHANGES");
    await submit(coordinator, r.roadmapId);
    expect(await as(staff).roadmaps.markRevisionSeen({ id: r.roadmapId, number: 2 })).toEqual({
      roadmapId: r.roadmapId,
      lastSeenRevision: 2,
    });
    expect(await as(staff).roadmaps.markRevisionSeen({ id: r.roadmapId, number: 1 })).toEqual({
      roadmapId: r.roadmapId,
      lastSeenRevision: 2,
    });
    expect((await as(staff).roadmaps.byId({ id: r.roadmapId })).lastSeenRevision).toBe(2);
    expect((await as(colleague).roadmaps.byId({ id: r.roadmapId })).lastSeenRevision).toBeNull();
    expect(await appErrorOf(as(staff).roadmaps.markRevisionSeen({ id: r.roadmapId, number: 5 }))).toMatchObject({
      trpcCode: "NOT_FOUND",
      message: { params: { entity: "revision" } },
    });
  });
});

describe("comments", () => {
  it("threads on the roadmap and its items, replies in order, resolve and reopen with versions", async () => {
    const r = await draftRoadmap(["Digital bills", "Open data portal"]);
    await submit(coordinator, r.roadmapId);
    const onItem = await as(staff).roadmaps.comment({
      roadmapId: r.roadmapId,
      itemId: r.itemIds[1],
      body: "Is the budget realistic?",
    });
    expect(onItem).toMatchObject({ roadmapId: r.roadmapId, itemId: r.itemIds[1], parentId: null, version: 1 });
    const general = await as(lead).roadmaps.comment({ roadmapId: r.roadmapId, body: "Thanks for the review" });
    const reply = await as(coordinator).roadmaps.comment({
      roadmapId: r.roadmapId,
      parentId: onItem.id,
      body: "It follows last year's tender",
    });
    // A reply is on its thread's item.
    expect(reply).toMatchObject({ parentId: onItem.id, itemId: r.itemIds[1] });
    expect(
      await appErrorOf(as(staff).roadmaps.comment({ roadmapId: r.roadmapId, parentId: reply.id, body: "Deeper" })),
    ).toMatchObject({ trpcCode: "BAD_REQUEST", fieldErrors: { parentId: ["replyToThreadOnly"] } });

    const resolved = await as(staff).roadmaps.resolveComment({ id: onItem.id, version: 1, resolved: true });
    expect(resolved).toMatchObject({ resolved: true, resolvedBy: { id: staff.id, name: staff.name }, version: 2 });
    expect(resolved.resolvedAt).toBeInstanceOf(Date);
    expect(
      await appErrorOf(as(coordinator).roadmaps.resolveComment({ id: onItem.id, version: 1, resolved: false })),
    ).toMatchObject({
      trpcCode: "CONFLICT",
      reason: "STALE_VERSION",
      details: { current: { id: onItem.id, version: 2 } },
    });
    expect(
      await appErrorOf(as(coordinator).roadmaps.resolveComment({ id: reply.id, version: 1, resolved: true })),
    ).toMatchObject({ trpcCode: "BAD_REQUEST", fieldErrors: { id: ["replyToThreadOnly"] } });

    const threads = await as(member).roadmaps.comments({ id: r.roadmapId });
    const person = (u: SessionUser) => ({ id: u.id, name: u.name, role: u.role });
    expect(
      threads.map(({ createdAt: _, resolvedAt: __, replies, ...t }) => ({
        ...t,
        replies: replies.map(({ createdAt: ___, ...rep }) => rep),
      })),
    ).toEqual([
      {
        id: onItem.id,
        itemId: r.itemIds[1],
        itemTitle: "Open data portal",
        body: "Is the budget realistic?",
        author: person(staff),
        resolved: true,
        resolvedBy: { id: staff.id, name: staff.name },
        version: 2,
        replies: [{ id: reply.id, body: "It follows last year's tender", author: person(coordinator) }],
      },
      {
        id: general.id,
        itemId: null,
        itemTitle: null,
        body: "Thanks for the review",
        author: person(lead),
        resolved: false,
        resolvedBy: null,
        version: 1,
        replies: [],
      },
    ]);
    const reopened = await as(lead).roadmaps.resolveComment({ id: onItem.id, version: 2, resolved: false });
    expect(reopened).toMatchObject({ resolved: false, resolvedBy: null, resolvedAt: null, version: 3 });
    expect(await prisma().auditEvent.count({ where: { entityId: onItem.id } })).toBe(3);
  });

  it("stay within the roadmap and its readers", async () => {
    const r = await draftRoadmap();
    const elsewhere = await draftRoadmap();
    // A draft: its parliament's staff cannot see it, so cannot comment on it either.
    expect(await appErrorOf(as(staff).roadmaps.comment({ roadmapId: r.roadmapId, body: "Hello" }))).toMatchObject({
      trpcCode: "NOT_FOUND",
    });
    expect(
      await appErrorOf(
        as(lead).roadmaps.comment({ roadmapId: r.roadmapId, itemId: elsewhere.itemIds[0], body: "Wrong roadmap" }),
      ),
    ).toMatchObject({ trpcCode: "NOT_FOUND", message: { params: { entity: "roadmapItem" } } });
    const thread = await as(lead).roadmaps.comment({ roadmapId: r.roadmapId, body: "A note for the team" });
    expect(
      await appErrorOf(
        as(lead).roadmaps.comment({ roadmapId: elsewhere.roadmapId, parentId: thread.id, body: "Here?" }),
      ),
    ).toMatchObject({ trpcCode: "BAD_REQUEST", fieldErrors: { parentId: ["replyToThreadOnly"] } });
    for (const user of [outsider, otherStaff, staff]) {
      expect(
        await appErrorOf(as(user).roadmaps.resolveComment({ id: thread.id, version: 1, resolved: true })),
      ).toMatchObject({ trpcCode: "NOT_FOUND" });
      expect(await appErrorOf(as(user).roadmaps.comments({ id: r.roadmapId }))).toMatchObject({
        trpcCode: "NOT_FOUND",
      });
    }
  });
});

describe("progress", () => {
  it("is the staff's only once the roadmap has a baseline, never changes the status, and keeps the note unless given", async () => {
    const r = await draftRoadmap();
    const [itemId] = r.itemIds as [string];
    await submit(coordinator, r.roadmapId);
    expect(
      await appErrorOf(as(staff).roadmaps.updateProgress({ itemId, version: 1, progress: "IN_PROGRESS" })),
    ).toMatchObject({ trpcCode: "FORBIDDEN" });
    // The editors may at any time, in review too: progress is not the plan.
    const byLead = await as(lead).roadmaps.updateProgress({
      itemId,
      version: 1,
      progress: "IN_PROGRESS",
      progressNote: "Kick-off held",
    });
    expect(byLead).toMatchObject({
      id: itemId,
      roadmapId: r.roadmapId,
      progress: "IN_PROGRESS",
      progressNote: "Kick-off held",
      version: 2,
    });
    expect((await prisma().roadmap.findUniqueOrThrow({ where: { id: r.roadmapId } })).status).toBe("IN_REVIEW");

    await decide(staff, r.roadmapId, 1, "ENDORSE");
    const byStaff = await as(staff).roadmaps.updateProgress({ itemId, version: 2, progress: "BLOCKED" });
    expect(byStaff).toMatchObject({ progress: "BLOCKED", progressNote: "Kick-off held", version: 3 });
    const cleared = await as(colleague).roadmaps.updateProgress({
      itemId,
      version: 3,
      progress: "DONE",
      progressNote: null,
    });
    expect(cleared).toMatchObject({ progress: "DONE", progressNote: null, version: 4 });
    const roadmap = await prisma().roadmap.findUniqueOrThrow({ where: { id: r.roadmapId } });
    expect({ status: roadmap.status, baselineRevision: roadmap.baselineRevision }).toEqual({
      status: "ENDORSED",
      baselineRevision: 2,
    });
    expect(
      await appErrorOf(as(staff).roadmaps.updateProgress({ itemId, version: 3, progress: "IN_PROGRESS" })),
    ).toMatchObject({
      trpcCode: "CONFLICT",
      reason: "STALE_VERSION",
      details: { current: { id: itemId, progress: "DONE", version: 4 } },
    });
    for (const user of [otherStaff, outsider]) {
      expect(
        await appErrorOf(as(user).roadmaps.updateProgress({ itemId, version: 4, progress: "IN_PROGRESS" })),
      ).toMatchObject({ trpcCode: "NOT_FOUND" });
    }
    const audits = await prisma().auditEvent.findMany({
      where: { entityId: itemId, action: "roadmapItem.updateProgress" },
      orderBy: { createdAt: "asc" },
      select: { actorId: true, after: true },
    });
    expect(audits.map((a) => a.actorId)).toEqual([lead.id, staff.id, colleague.id]);
    expect(audits[2]!.after).toEqual({ progress: "DONE", progressNote: null, version: 4 });
  });
});

describe("the list of roadmaps", () => {
  it("holds what each person may see, newest change first, with its mission, parliament and revisions", async () => {
    const inDraft = await draftRoadmap(3);
    const inReview = await draftRoadmap(1);
    await submit(coordinator, inReview.roadmapId);
    const ids = [inDraft.roadmapId, inReview.roadmapId];
    const listed = async (user: SessionUser, filters = {}) =>
      (await as(user).roadmaps.list({ limit: 100, ...filters })).items
        .map((i) => i.id)
        .filter((id) => ids.includes(id));

    expect(await listed(coordinator)).toEqual([inReview.roadmapId, inDraft.roadmapId]);
    expect(await listed(lead)).toEqual([inReview.roadmapId, inDraft.roadmapId]);
    expect(await listed(staff)).toEqual([inReview.roadmapId]);
    expect(await listed(otherStaff)).toEqual([]);
    expect(await listed(outsider)).toEqual([]);
    expect(await listed(coordinator, { status: "DRAFT" })).toEqual([inDraft.roadmapId]);
    // A filter cannot widen the scope.
    expect(await listed(otherStaff, { parliamentId: ownParliamentId })).toEqual([]);

    const mission = await prisma().mission.findUniqueOrThrow({
      where: { id: inReview.missionId },
      select: { code: true, title: true, parliament: { select: { name: true } } },
    });
    const entry = (await as(staff).roadmaps.list({ limit: 100 })).items.find((i) => i.id === inReview.roadmapId)!;
    expect(entry).toEqual({
      id: inReview.roadmapId,
      missionId: inReview.missionId,
      missionCode: mission.code,
      missionTitle: mission.title,
      parliamentId: ownParliamentId,
      parliamentName: mission.parliament.name,
      title: expect.any(String),
      status: "IN_REVIEW",
      horizonStart: 2027,
      horizonEnd: 2030,
      baselineRevision: null,
      latestRevision: { number: 1, kind: "SUBMISSION", createdAt: expect.any(Date) },
      itemCount: 1,
      updatedAt: expect.any(Date),
    });
    const firstPage = await as(coordinator).roadmaps.list({ limit: 1 });
    expect(firstPage.items).toHaveLength(1);
    expect(firstPage.nextCursor).not.toBeNull();
  });
});
