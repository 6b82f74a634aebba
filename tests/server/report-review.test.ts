// The assessment report's review through the real router (docs/documents.md, "Reviewing the
// report"): who reads and writes comments on a phase's report and when, deleting one's own,
// the audit, the staff's list of reports to review, and the race of a comment against the
// phase leaving review (a lock taken before the status is read: the deterministic race
// below fails without it on PostgreSQL, the server-postgres project).
import type { SessionUser } from "@hemicycle/server/context";
import type { PhaseKind, PhaseStatus } from "@hemicycle/shared/enums";
import { beforeAll, describe, expect, it } from "vitest";
import { assignToPhase, createExpert, createMission, createParliament, createUser } from "../factories/records.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { appErrorOf, issuePaths, rejection } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

const RACE_TIMEOUT_MS = 90_000;
const RACE_ROUNDS = 12;

let parliamentId: string;
let admin: SessionUser;
let coordinator: SessionUser;
let lead: SessionUser; // LEAD on each test mission's assessment phase
let planner: SessionUser; // on the mission's strategic-plan phase only
let outsider: SessionUser; // an expert on no mission
let staff: SessionUser; // the mission's parliament
let colleague: SessionUser; // the mission's parliament too
let otherStaff: SessionUser; // another parliament

beforeAll(async () => {
  parliamentId = (await createParliament(db())).id;
  const otherParliamentId = (await createParliament(db())).id;
  admin = await createUser(db(), { role: "ADMIN" });
  coordinator = await createUser(db(), { role: "COORDINATOR" });
  lead = await createUser(db(), { role: "EXPERT", expertId: (await createExpert(db())).id });
  planner = await createUser(db(), { role: "EXPERT", expertId: (await createExpert(db())).id });
  outsider = await createUser(db(), { role: "EXPERT", expertId: (await createExpert(db())).id });
  staff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId });
  colleague = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId });
  otherStaff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId: otherParliamentId });
});

/** A mission to the parliament whose first phase (`kind`, in `status`) is the one reviewed. */
async function phaseIn(status: PhaseStatus, kind: PhaseKind = "ASSESSMENT") {
  const mission = await createMission(db(), {
    parliamentId,
    phases: [
      { kind, startDate: "2026-09-01", endDate: "2026-09-05", status },
      { kind: "STRATEGIC_PLAN", startDate: "2027-02-01", endDate: "2027-02-05" },
    ],
  });
  const [reviewed, plan] = mission.phases;
  if (!reviewed || !plan) throw new Error("the mission was made with two phases");
  await assignToPhase(db(), reviewed.id, lead.expertId!, "LEAD");
  await assignToPhase(db(), plan.id, planner.expertId!, "MEMBER");
  return { phaseId: reviewed.id, version: reviewed.version, missionId: mission.id };
}

const setStatus = (phaseId: string, status: PhaseStatus) =>
  prisma().phase.update({ where: { id: phaseId }, data: { status } });

describe("reading and writing comments while the phase is in parliament review", () => {
  it("lets the parliament's staff comment on a section and on the whole report, and lists them oldest first", async () => {
    const { phaseId } = await phaseIn("PARLIAMENT_REVIEW");
    const first = await as(staff).reportReview.comment({ phaseId, section: "findings", body: "Is **this** right?" });
    expect(first).toMatchObject({
      section: "findings",
      body: "Is **this** right?",
      author: { id: staff.id, name: staff.name, role: "PARLIAMENT_STAFF" },
    });
    await as(colleague).reportReview.comment({ phaseId, body: "  Thank you for the report.  " });
    const listed = await as(staff).reportReview.comments({ phaseId });
    expect(listed.phase).toEqual({ id: phaseId, kind: "ASSESSMENT", status: "PARLIAMENT_REVIEW" });
    expect(listed.comments.map((c) => [c.section, c.body, c.author.id])).toEqual([
      ["findings", "Is **this** right?", staff.id],
      [null, "Thank you for the report.", colleague.id],
    ]);
  });

  it("lets coordinators, admins and every expert of the mission read and answer", async () => {
    const { phaseId } = await phaseIn("PARLIAMENT_REVIEW");
    for (const user of [coordinator, admin, lead, planner]) {
      await as(user).reportReview.comment({ phaseId, section: "recommendations", body: `Answer from ${user.name}` });
    }
    for (const user of [staff, coordinator, admin, lead, planner]) {
      expect((await as(user).reportReview.comments({ phaseId })).comments).toHaveLength(4);
    }
  });

  it("answers NOT_FOUND to another parliament's staff and an expert off the mission, reading or writing", async () => {
    const { phaseId } = await phaseIn("PARLIAMENT_REVIEW");
    for (const user of [otherStaff, outsider]) {
      expect((await rejection(as(user).reportReview.comments({ phaseId }))).code).toBe("NOT_FOUND");
      expect((await rejection(as(user).reportReview.comment({ phaseId, body: "Hello" }))).code).toBe("NOT_FOUND");
    }
    expect(await prisma().reportComment.count({ where: { phaseId } })).toBe(0);
  });

  it("refuses an empty or too long body and a section the outline lacks, next to the field", async () => {
    const { phaseId } = await phaseIn("PARLIAMENT_REVIEW");
    expect(issuePaths(await rejection(as(staff).reportReview.comment({ phaseId, body: "   " })))).toEqual(["body"]);
    expect(issuePaths(await rejection(as(staff).reportReview.comment({ phaseId, body: "x".repeat(5001) })))).toEqual([
      "body",
    ]);
    for (const section of ["Not a section!", "findings-XYZ", "annex-budget"]) {
      const refusal = await appErrorOf(as(staff).reportReview.comment({ phaseId, section, body: "Hi" }));
      expect(refusal.fieldErrors, section).toEqual({ section: ["reportSectionUnknown"] });
    }
    expect(await prisma().reportComment.count({ where: { phaseId } })).toBe(0);
    // An ICT area's subsection of the outline is a section too.
    const onArea = await as(staff).reportReview.comment({ phaseId, section: "findings-SEC", body: "Hi" });
    expect(onArea.section).toBe("findings-SEC");
  });
});

describe("the status rule", () => {
  it("hides the report and its comments from the staff before review, and refuses everyone's comments then", async () => {
    const { phaseId } = await phaseIn("DRAFT_REPORT");
    expect((await rejection(as(staff).reportReview.comments({ phaseId }))).code).toBe("NOT_FOUND");
    expect((await rejection(as(staff).reportReview.comment({ phaseId, body: "Early" }))).code).toBe("NOT_FOUND");
    // The team reads the (empty) review of its draft but cannot comment before the parliament has it.
    expect((await as(lead).reportReview.comments({ phaseId })).comments).toEqual([]);
    const refusal = await appErrorOf(as(coordinator).reportReview.comment({ phaseId, body: "Early" }));
    expect(refusal).toMatchObject({
      trpcCode: "BAD_REQUEST",
      reason: "INVALID_TRANSITION",
      message: { code: "reportClosedToComments", params: { status: "DRAFT_REPORT" } },
    });
  });

  it("keeps the comments readable once the phase is finalised, and takes no more", async () => {
    const { phaseId } = await phaseIn("PARLIAMENT_REVIEW");
    await as(staff).reportReview.comment({ phaseId, body: "Please add the budget table" });
    await setStatus(phaseId, "FINALISED");
    for (const user of [staff, lead, coordinator]) {
      expect((await as(user).reportReview.comments({ phaseId })).comments).toHaveLength(1);
      const refusal = await appErrorOf(as(user).reportReview.comment({ phaseId, body: "Too late" }));
      expect(refusal.message).toEqual({ code: "reportClosedToComments", params: { status: "FINALISED" } });
    }
    expect(await prisma().reportComment.count({ where: { phaseId } })).toBe(1);
  });

  it("hides a phase taken back to draft report, or cancelled, from the staff again", async () => {
    const { phaseId } = await phaseIn("PARLIAMENT_REVIEW");
    await as(staff).reportReview.comment({ phaseId, body: "Section 3 is unclear" });
    for (const status of ["DRAFT_REPORT", "CANCELLED"] as const) {
      await setStatus(phaseId, status);
      expect((await rejection(as(staff).reportReview.comments({ phaseId }))).code).toBe("NOT_FOUND");
      expect((await as(coordinator).reportReview.comments({ phaseId })).comments).toHaveLength(1);
    }
  });

  it("has no report on a workshop", async () => {
    const { phaseId } = await phaseIn("FINALISED", "WORKSHOP");
    for (const user of [staff, coordinator, lead]) {
      expect((await rejection(as(user).reportReview.comments({ phaseId }))).code).toBe("NOT_FOUND");
    }
  });
});

describe("deleting one's own comment", () => {
  it("deletes one's own while the review is open, and audits it with the text", async () => {
    const { phaseId } = await phaseIn("PARLIAMENT_REVIEW");
    const comment = await as(staff).reportReview.comment({ phaseId, body: "Typo: should read 2027" });
    expect(await as(staff).reportReview.deleteComment({ id: comment.id })).toEqual({ id: comment.id, phaseId });
    expect(await prisma().reportComment.count({ where: { phaseId } })).toBe(0);
    const event = await prisma().auditEvent.findFirstOrThrow({
      where: { action: "reportComment.remove", entityId: phaseId },
      select: { actorId: true, entityType: true, before: true, after: true },
    });
    expect(event).toMatchObject({
      actorId: staff.id,
      entityType: "phase",
      before: { commentId: comment.id, body: "Typo: should read 2027" },
    });
  });

  it("refuses someone else's comment (FORBIDDEN to those who see it, NOT_FOUND to the others)", async () => {
    const { phaseId } = await phaseIn("PARLIAMENT_REVIEW");
    const comment = await as(staff).reportReview.comment({ phaseId, body: "Mine" });
    for (const user of [colleague, coordinator, lead]) {
      expect((await rejection(as(user).reportReview.deleteComment({ id: comment.id }))).code).toBe("FORBIDDEN");
    }
    for (const user of [otherStaff, outsider]) {
      expect((await rejection(as(user).reportReview.deleteComment({ id: comment.id }))).code).toBe("NOT_FOUND");
    }
    expect(await prisma().reportComment.count({ where: { phaseId } })).toBe(1);
  });

  it("keeps the comments once the review is over", async () => {
    const { phaseId } = await phaseIn("PARLIAMENT_REVIEW");
    const comment = await as(lead).reportReview.comment({ phaseId, body: "We will add it" });
    await setStatus(phaseId, "FINALISED");
    const refusal = await appErrorOf(as(lead).reportReview.deleteComment({ id: comment.id }));
    expect(refusal.message.code).toBe("reportClosedToComments");
    expect(await prisma().reportComment.count({ where: { phaseId } })).toBe(1);
  });
});

describe("the audit", () => {
  it("records each comment on its phase, in the same transaction, with its section and text", async () => {
    const { phaseId } = await phaseIn("PARLIAMENT_REVIEW");
    const comment = await as(staff).reportReview.comment({ phaseId, section: "gap-analysis", body: "Agreed" });
    const events = await prisma().auditEvent.findMany({
      where: { action: "reportComment.create", entityId: phaseId },
      select: { actorId: true, actorRole: true, entityType: true, after: true },
    });
    expect(events).toEqual([
      {
        actorId: staff.id,
        actorRole: "PARLIAMENT_STAFF",
        entityType: "phase",
        after: { commentId: comment.id, section: "gap-analysis", body: "Agreed" },
      },
    ]);
  });

  it("writes nothing for a refused comment", async () => {
    const { phaseId } = await phaseIn("FINALISED");
    await rejection(as(staff).reportReview.comment({ phaseId, body: "Late" }));
    expect(await prisma().auditEvent.count({ where: { action: "reportComment.create", entityId: phaseId } })).toBe(0);
  });
});

describe("the report to read (assessmentReport.content, by the same rule)", () => {
  it("gives the staff the report of a phase in review, section by section, in the language asked for", async () => {
    const { phaseId, missionId } = await phaseIn("PARLIAMENT_REVIEW");
    const content = await as(staff).assessmentReport.content({ missionId, phaseId, language: "fr" });
    expect(content).toMatchObject({ language: "fr", direction: "ltr" });
    expect(content.sections.map((section) => section.id)).toEqual(
      expect.arrayContaining(["executive-summary", "findings", "gap-analysis", "recommendations"]),
    );
    expect((await as(staff).assessmentReport.content({ missionId, phaseId, language: "ar" })).direction).toBe("rtl");
  });

  it("answers the team and managers at any time, the staff from review on, and nobody else", async () => {
    const { phaseId, missionId } = await phaseIn("DRAFT_REPORT");
    for (const user of [lead, planner, coordinator, admin]) {
      expect((await as(user).assessmentReport.content({ missionId, phaseId })).sections.length).toBeGreaterThan(0);
    }
    expect((await rejection(as(staff).assessmentReport.content({ missionId, phaseId }))).code).toBe("NOT_FOUND");
    await setStatus(phaseId, "PARLIAMENT_REVIEW");
    expect((await as(staff).assessmentReport.content({ missionId, phaseId })).sections.length).toBeGreaterThan(0);
    for (const user of [otherStaff, outsider]) {
      expect((await rejection(as(user).assessmentReport.content({ missionId, phaseId }))).code).toBe("NOT_FOUND");
    }
  });
});

describe("the reports awaiting the parliament", () => {
  it("lists the phases in parliament review within reach, with their comment counts", async () => {
    const inReview = await phaseIn("PARLIAMENT_REVIEW");
    const drafting = await phaseIn("DRAFT_REPORT");
    await as(staff).reportReview.comment({ phaseId: inReview.phaseId, body: "One" });
    await as(lead).reportReview.comment({ phaseId: inReview.phaseId, body: "Two" });
    const listed = await as(staff).reportReview.inReview();
    const mine = listed.find((p) => p.id === inReview.phaseId);
    expect(mine).toMatchObject({ kind: "ASSESSMENT", status: "PARLIAMENT_REVIEW", commentCount: 2 });
    expect(mine?.mission.id).toBe(inReview.missionId);
    expect(listed.some((p) => p.id === drafting.phaseId)).toBe(false);
    expect(listed.every((p) => p.mission.parliamentId === parliamentId)).toBe(true);
    expect((await as(otherStaff).reportReview.inReview()).some((p) => p.id === inReview.phaseId)).toBe(false);
    expect(await as(outsider).reportReview.inReview()).toEqual([]);
  });
});

const outcome = (r: PromiseSettledResult<unknown>) =>
  r.status === "fulfilled" ? "ok" : ((r.reason as { code?: string }).code ?? String(r.reason));

describe("a comment racing the phase out of review", { timeout: RACE_TIMEOUT_MS }, () => {
  it("waits for a move that already holds the phase, then sees it finalised and is refused", async () => {
    const { phaseId } = await phaseIn("PARLIAMENT_REVIEW");
    let moved!: () => void;
    const holding = new Promise<void>((resolve) => (moved = resolve));
    // The move has written the new status but not committed: a comment that read the
    // status without waiting for the row's lock would still see PARLIAMENT_REVIEW.
    const move = prisma().$transaction(async (tx) => {
      await tx.phase.update({ where: { id: phaseId }, data: { status: "FINALISED" } });
      moved();
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    await holding;
    const comment = as(staff).reportReview.comment({ phaseId, body: "Just in time?" });
    await move;
    const refusal = await appErrorOf(comment);
    expect(refusal.message).toEqual({ code: "reportClosedToComments", params: { status: "FINALISED" } });
    expect(await prisma().reportComment.count({ where: { phaseId } })).toBe(0);
  });

  it("against missions.updatePhase to FINALISED: the comment lands before the move or is refused", async () => {
    const failures: string[] = [];
    for (let round = 0; round < RACE_ROUNDS; round++) {
      const { phaseId, version } = await phaseIn("PARLIAMENT_REVIEW");
      const [commented, finalised] = await Promise.allSettled([
        as(staff).reportReview.comment({ phaseId, body: `Round ${round}` }),
        as(coordinator).missions.updatePhase({ id: phaseId, version, status: "FINALISED" }),
      ]);
      if (finalised.status !== "fulfilled") failures.push(`round ${round}: the move failed (${outcome(finalised)})`);
      if (commented.status === "rejected" && outcome(commented) !== "BAD_REQUEST") {
        failures.push(`round ${round}: the comment failed with ${outcome(commented)}`);
      }
      const stored = await prisma().reportComment.count({ where: { phaseId } });
      if (stored !== (commented.status === "fulfilled" ? 1 : 0)) failures.push(`round ${round}: ${stored} stored`);
    }
    expect(failures, `${failures.length} of ${RACE_ROUNDS} rounds went wrong`).toEqual([]);
  });
});
