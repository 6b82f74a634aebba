// The review of findings through the real router on the demo data: a reason to reject or
// reopen (nothing changes without one), kept as a note its author reads and parliament
// staff never see; four eyes (nobody reviews their own finding; a coordinator reviews the lead's);
// the lead's queue; and the bulk validation, all or none, whose rows are locked before they
// are checked (the race at the end shows on PostgreSQL, the server-postgres project).
import type { SessionUser } from "@hemicycle/server/context";
import { seedDemoData } from "@hemicycle/server/seed/seed-demo";
import { beforeAll, describe, expect, it } from "vitest";
import { createFinding } from "../factories/records.ts";
import { callerFor, sessionUserByEmail } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { appErrorOf, issuePaths, rejection } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

/** Many rounds of rival calls: slow on a busy two-core machine. */
const RACE_TIMEOUT_MS = 90_000;
const RACE_ROUNDS = 12;

let coordinator: SessionUser;
let lead: SessionUser; // LEAD on the Zambia assessment
let member: SessionUser; // MEMBER on the Zambia assessment
let outsider: SessionUser; // on no mission
let staffZambia: SessionUser;
let assessmentId: string;
let zambiaMissionId: string;

beforeAll(async () => {
  expect(await seedDemoData(prisma())).toEqual({ seeded: true });
  [coordinator, lead, member, outsider, staffZambia] = (await Promise.all(
    [
      "coordinator@hemicycle.test",
      "lead.expert@hemicycle.test",
      "expert@hemicycle.test",
      "outsider.expert@hemicycle.test",
      "staff.zambia@hemicycle.test",
    ].map((email) => sessionUserByEmail(db(), email)),
  )) as [SessionUser, SessionUser, SessionUser, SessionUser, SessionUser];
  const mission = await prisma().mission.findUniqueOrThrow({
    where: { code: "SADC-ZMB-2026" },
    select: { id: true, phases: { where: { kind: "ASSESSMENT" }, select: { id: true } } },
  });
  zambiaMissionId = mission.id;
  assessmentId = mission.phases[0]!.id;
});

const submittedBy = (author: SessionUser) =>
  createFinding(db(), { phaseId: assessmentId, authorId: author.id, status: "SUBMITTED" });
const validatedBy = async (author: SessionUser) => {
  const f = await createFinding(db(), { phaseId: assessmentId, authorId: author.id, status: "VALIDATED" });
  return f;
};
const stateOf = (id: string) =>
  prisma().finding.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, validatedById: true } });
const notesOf = (id: string) => prisma().findingReviewNote.count({ where: { findingId: id } });

describe("a reason to reject or reopen", () => {
  it("refuses a rejection without a reason, next to the comment field, and changes nothing", async () => {
    const f = await submittedBy(member);
    for (const comment of [undefined, "", "   "]) {
      const error = await rejection(
        as(lead).findings.setStatus({ id: f.id, version: f.version, status: "REJECTED", comment }),
      );
      expect(error.code).toBe("BAD_REQUEST");
      expect(issuePaths(error)).toEqual(["comment"]);
    }
    expect(await stateOf(f.id)).toMatchObject({ status: "SUBMITTED", version: f.version });
    expect(await notesOf(f.id)).toBe(0);
  });

  it("refuses a reopening without a reason (the server knows the move), and changes nothing", async () => {
    const f = await validatedBy(member);
    const error = await appErrorOf(as(lead).findings.setStatus({ id: f.id, version: f.version, status: "SUBMITTED" }));
    expect(error).toMatchObject({ trpcCode: "BAD_REQUEST", fieldErrors: { comment: ["reasonRequired"] } });
    expect(await stateOf(f.id)).toMatchObject({ status: "VALIDATED", version: f.version });
    expect(await notesOf(f.id)).toBe(0);
    expect(await prisma().auditEvent.count({ where: { entityId: f.id } })).toBe(0);
  });

  it("refuses a reason over 2,000 characters", async () => {
    const f = await submittedBy(member);
    const error = await rejection(
      as(lead).findings.setStatus({ id: f.id, version: f.version, status: "REJECTED", comment: "x".repeat(2001) }),
    );
    expect(issuePaths(error)).toEqual(["comment"]);
  });

  it("keeps the reason as a note the author reads, with the move in the audit event", async () => {
    const f = await submittedBy(member);
    const rejected = await as(lead).findings.setStatus({
      id: f.id,
      version: f.version,
      status: "REJECTED",
      comment: "  The evidence names no source: say who told you.  ",
    });
    expect(rejected.status).toBe("REJECTED");
    const seen = await as(member).findings.byId({ id: f.id });
    expect(seen.reviewNotes).toEqual([
      {
        id: expect.any(String),
        fromStatus: "SUBMITTED",
        toStatus: "REJECTED",
        body: "The evidence names no source: say who told you.",
        createdAt: expect.any(Date),
        author: { id: lead.id, name: expect.any(String) },
      },
    ]);
    const event = await prisma().auditEvent.findFirstOrThrow({
      where: { entityId: f.id, action: "finding.setStatus" },
      select: { after: true, actorId: true },
    });
    expect(event).toMatchObject({
      actorId: lead.id,
      after: { status: "REJECTED", move: "reject", comment: "The evidence names no source: say who told you." },
    });
  });

  it("lets the author resubmit a rejected finding; the notes stay in order, oldest first", async () => {
    const f = await submittedBy(member);
    const rejected = await as(lead).findings.setStatus({
      id: f.id,
      version: f.version,
      status: "REJECTED",
      comment: "Too vague",
    });
    const resubmitted = await as(member).findings.setStatus({
      id: f.id,
      version: rejected.version,
      status: "SUBMITTED",
      comment: "Named the department and the date",
    });
    expect(resubmitted.status).toBe("SUBMITTED");
    expect(resubmitted.reviewNotes.map((n) => [n.fromStatus, n.toStatus, n.body])).toEqual([
      ["SUBMITTED", "REJECTED", "Too vague"],
      ["REJECTED", "SUBMITTED", "Named the department and the date"],
    ]);
  });

  it("audits a reopening as one, with its reason, and a validation needs none", async () => {
    const f = await submittedBy(member);
    const validated = await as(lead).findings.setStatus({ id: f.id, version: f.version, status: "VALIDATED" });
    expect(validated.reviewNotes).toEqual([]);
    const reopened = await as(coordinator).findings.setStatus({
      id: f.id,
      version: validated.version,
      status: "SUBMITTED",
      comment: "The grade contradicts the evidence",
    });
    expect(reopened).toMatchObject({ status: "SUBMITTED", validatedAt: null });
    const events = await prisma().auditEvent.findMany({
      where: { entityId: f.id },
      orderBy: { createdAt: "asc" },
      select: { after: true },
    });
    expect(events.map((e) => e.after)).toEqual([
      expect.objectContaining({ status: "VALIDATED", move: "validate" }),
      expect.objectContaining({ status: "SUBMITTED", move: "reopen", comment: "The grade contradicts the evidence" }),
    ]);
  });

  it("never shows the notes to parliament staff, even on a validated finding they read", async () => {
    const f = await submittedBy(member);
    const rejected = await as(lead).findings.setStatus({
      id: f.id,
      version: f.version,
      status: "REJECTED",
      comment: "Internal: weak evidence",
    });
    const resubmitted = await as(member).findings.setStatus({
      id: f.id,
      version: rejected.version,
      status: "SUBMITTED",
    });
    await as(lead).findings.setStatus({ id: f.id, version: resubmitted.version, status: "VALIDATED" });
    expect((await as(staffZambia).findings.byId({ id: f.id })).reviewNotes).toEqual([]);
    expect((await as(coordinator).findings.byId({ id: f.id })).reviewNotes).toHaveLength(1);
  });

  it("seeds a rejected demo finding with the lead's reason", async () => {
    const tablets = await prisma().finding.findFirstOrThrow({
      where: { title: "Members lack devices for paperless sittings" },
      select: { id: true },
    });
    const notes = (await as(member).findings.byId({ id: tablets.id })).reviewNotes;
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ fromStatus: "SUBMITTED", toStatus: "REJECTED", author: { id: lead.id } });
  });
});

describe("four eyes", () => {
  it("refuses the lead validating, rejecting or reopening their own finding, and says why", async () => {
    const own = await submittedBy(lead);
    for (const [status, comment] of [
      ["VALIDATED", undefined],
      ["REJECTED", "Not mine to judge"],
    ] as const) {
      const error = await appErrorOf(
        as(lead).findings.setStatus({ id: own.id, version: own.version, status, comment }),
      );
      expect(error).toMatchObject({ trpcCode: "FORBIDDEN", message: { code: "ownFindingReviewedByCoordinator" } });
    }
    const ownValidated = await validatedBy(lead);
    const reopen = await appErrorOf(
      as(lead).findings.setStatus({ id: ownValidated.id, version: 1, status: "SUBMITTED", comment: "Second look" }),
    );
    expect(reopen.trpcCode).toBe("FORBIDDEN");
    expect(await stateOf(own.id)).toMatchObject({ status: "SUBMITTED", version: own.version });
  });

  it("lets the lead withdraw their own submitted finding (a team move)", async () => {
    const own = await submittedBy(lead);
    expect((await as(lead).findings.setStatus({ id: own.id, version: own.version, status: "DRAFT" })).status).toBe(
      "DRAFT",
    );
  });

  it("lets a coordinator validate the lead's finding, and the lead validate a member's", async () => {
    const leads = await submittedBy(lead);
    const members = await submittedBy(member);
    expect(
      await as(coordinator).findings.setStatus({ id: leads.id, version: leads.version, status: "VALIDATED" }),
    ).toMatchObject({ status: "VALIDATED", validatedBy: { id: coordinator.id } });
    expect(
      await as(lead).findings.setStatus({ id: members.id, version: members.version, status: "VALIDATED" }),
    ).toMatchObject({ status: "VALIDATED", validatedBy: { id: lead.id } });
  });

  it("refuses a coordinator reviewing their own finding, and leaves it out of their queue", async () => {
    const own = await submittedBy(coordinator);
    const error = await appErrorOf(
      as(coordinator).findings.setStatus({ id: own.id, version: own.version, status: "VALIDATED" }),
    );
    expect(error).toMatchObject({ trpcCode: "FORBIDDEN", message: { code: "ownFindingReviewedByCoordinator" } });
    const bulk = await appErrorOf(
      as(coordinator).findings.validateMany({ items: [{ id: own.id, version: own.version }] }),
    );
    expect(bulk.trpcCode).toBe("FORBIDDEN");
    const queue = await as(coordinator).findings.reviewQueue({ missionId: zambiaMissionId });
    expect(queue.items.map((f) => f.id)).not.toContain(own.id);
    expect(await stateOf(own.id)).toMatchObject({ status: "SUBMITTED", version: own.version });
  });

  it("keeps the demo data to it: nobody validated their own finding", async () => {
    const selfValidated = await prisma().finding.findMany({
      where: { status: "VALIDATED" },
      select: { authorId: true, validatedById: true },
    });
    expect(selfValidated.length).toBeGreaterThan(0);
    expect(selfValidated.filter((f) => f.authorId === f.validatedById)).toEqual([]);
  });
});

describe("findings.reviewQueue", () => {
  it("gives the lead the others' submitted findings on the phases they lead, not their own", async () => {
    const mine = await submittedBy(lead);
    const theirs = await submittedBy(member);
    const queue = await as(lead).findings.reviewQueue({ missionId: zambiaMissionId, limit: 100 });
    const ids = queue.items.map((f) => f.id);
    expect(ids).toContain(theirs.id);
    expect(ids).not.toContain(mine.id);
    expect(queue.items.every((f) => f.status === "SUBMITTED" && f.author.id !== lead.id)).toBe(true);
    // A coordinator reviews the lead's.
    const coordinators = await as(coordinator).findings.reviewQueue({ missionId: zambiaMissionId, limit: 100 });
    expect(coordinators.items.map((f) => f.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
  });

  it("is empty for a member and for an expert on no mission, and refused to parliament staff", async () => {
    expect((await as(member).findings.reviewQueue({})).items).toEqual([]);
    expect((await as(outsider).findings.reviewQueue({})).items).toEqual([]);
    expect((await rejection(as(staffZambia).findings.reviewQueue({}))).code).toBe("FORBIDDEN");
  });

  it("narrows by area, severity and status", async () => {
    const sec = await createFinding(db(), {
      phaseId: assessmentId,
      authorId: member.id,
      status: "SUBMITTED",
      area: "SEC",
    });
    const queue = await as(lead).findings.reviewQueue({ area: "SEC", severity: "HIGH", limit: 100 });
    expect(queue.items.map((f) => f.id)).toContain(sec.id);
    expect(queue.items.every((f) => f.area === "SEC" && f.severity === "HIGH")).toBe(true);
    const rejected = await as(lead).findings.reviewQueue({ status: "REJECTED", limit: 100 });
    expect(rejected.items.length).toBeGreaterThan(0);
    expect(rejected.items.every((f) => f.status === "REJECTED")).toBe(true);
  });
});

describe("findings.validateMany", () => {
  it("validates every finding given, audits each, and answers how many", async () => {
    const a = await submittedBy(member);
    const b = await submittedBy(member);
    const result = await as(lead).findings.validateMany({
      items: [
        { id: a.id, version: a.version },
        { id: b.id, version: b.version },
      ],
    });
    expect(result).toEqual({ validated: 2 });
    for (const f of [a, b]) {
      expect(await stateOf(f.id)).toEqual({ status: "VALIDATED", version: f.version + 1, validatedById: lead.id });
      const event = await prisma().auditEvent.findFirstOrThrow({ where: { entityId: f.id }, select: { after: true } });
      expect(event.after).toMatchObject({ status: "VALIDATED", move: "validate", bulk: true });
    }
  });

  it("changes nothing when one finding is stale, and names it in the CONFLICT", async () => {
    const fresh = await submittedBy(member);
    const stale = await submittedBy(member);
    const title = (await prisma().finding.findUniqueOrThrow({ where: { id: stale.id }, select: { title: true } }))
      .title;
    const error = await appErrorOf(
      as(lead).findings.validateMany({
        items: [
          { id: fresh.id, version: fresh.version },
          { id: stale.id, version: stale.version + 1 },
        ],
      }),
    );
    expect(error).toMatchObject({
      trpcCode: "CONFLICT",
      reason: "STALE_VERSION",
      message: { code: "findingChangedSince", params: { title } },
      details: { current: { id: stale.id, title } },
    });
    expect(await stateOf(fresh.id)).toMatchObject({ status: "SUBMITTED", version: fresh.version });
    expect(await prisma().auditEvent.count({ where: { entityId: { in: [fresh.id, stale.id] } } })).toBe(0);
  });

  it("changes nothing when one finding is the lead's own, or no longer submitted", async () => {
    const members = await submittedBy(member);
    const own = await submittedBy(lead);
    const draft = await createFinding(db(), { phaseId: assessmentId, authorId: member.id, status: "DRAFT" });
    const ownError = await appErrorOf(
      as(lead).findings.validateMany({
        items: [
          { id: members.id, version: members.version },
          { id: own.id, version: own.version },
        ],
      }),
    );
    expect(ownError).toMatchObject({ trpcCode: "FORBIDDEN", message: { code: "ownFindingReviewedByCoordinator" } });
    const draftError = await appErrorOf(
      as(lead).findings.validateMany({
        items: [
          { id: members.id, version: members.version },
          { id: draft.id, version: draft.version },
        ],
      }),
    );
    expect(draftError).toMatchObject({ trpcCode: "BAD_REQUEST", message: { code: "findingNotAwaitingReview" } });
    expect(await stateOf(members.id)).toMatchObject({ status: "SUBMITTED" });
  });

  it("refuses a member of the team (FORBIDDEN), an expert off the mission (NOT_FOUND) and staff (FORBIDDEN)", async () => {
    const f = await submittedBy(lead);
    const items = [{ id: f.id, version: f.version }];
    expect(await appErrorOf(as(member).findings.validateMany({ items }))).toMatchObject({
      trpcCode: "FORBIDDEN",
      message: { code: "onlyLeadReviewsFindings" },
    });
    expect((await rejection(as(outsider).findings.validateMany({ items }))).code).toBe("NOT_FOUND");
    expect((await rejection(as(staffZambia).findings.validateMany({ items }))).code).toBe("FORBIDDEN");
    expect(await stateOf(f.id)).toMatchObject({ status: "SUBMITTED", version: f.version });
  });

  it("takes 1 to 100 distinct findings", async () => {
    for (const items of [[], Array.from({ length: 101 }, (_, n) => ({ id: `f${n}`, version: 1 }))]) {
      const error = await rejection(as(lead).findings.validateMany({ items }));
      expect(error.code).toBe("BAD_REQUEST");
    }
    const twice = await rejection(
      as(lead).findings.validateMany({
        items: [
          { id: "same", version: 1 },
          { id: "same", version: 1 },
        ],
      }),
    );
    expect(twice.code).toBe("BAD_REQUEST");
  });

  it(
    "racing a rejection: exactly one wins, the other is told, and the finding agrees with the winner",
    { timeout: RACE_TIMEOUT_MS },
    async () => {
      const failures: string[] = [];
      for (let round = 0; round < RACE_ROUNDS; round++) {
        const other = await submittedBy(member);
        const f = await submittedBy(member);
        const results = await Promise.allSettled([
          as(lead).findings.validateMany({
            items: [
              { id: other.id, version: other.version },
              { id: f.id, version: f.version },
            ],
          }),
          as(coordinator).findings.setStatus({ id: f.id, version: f.version, status: "REJECTED", comment: "No" }),
        ]);
        const outcomes = results.map((r) =>
          r.status === "fulfilled" ? "ok" : ((r.reason as { code?: string }).code ?? String(r.reason)),
        );
        const [bulk, reject] = outcomes;
        const state = await stateOf(f.id);
        const otherState = await stateOf(other.id);
        const agrees =
          (bulk === "ok" &&
            reject === "CONFLICT" &&
            state.status === "VALIDATED" &&
            otherState.status === "VALIDATED") ||
          (bulk === "CONFLICT" && reject === "ok" && state.status === "REJECTED" && otherState.status === "SUBMITTED");
        if (!agrees || (await notesOf(f.id)) !== (state.status === "REJECTED" ? 1 : 0))
          failures.push(`round ${round}: ${outcomes.join(" / ")} → ${state.status}, other ${otherState.status}`);
      }
      expect(failures).toEqual([]);
    },
  );
});
