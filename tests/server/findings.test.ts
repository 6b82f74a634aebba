// Findings through the real router on the demo data: who may log them on which phase,
// offline drafts resent with the same clientId, the draft → submitted → validated
// workflow and its locks, optimistic concurrency, and what each parliament's staff may see.
import type { SessionUser } from "@hemicycle/server/context";
import { DENIED_ACTIONS } from "@hemicycle/shared/audit-actions";
import { seedDemoData } from "@hemicycle/server/seed/seed-demo";
import { beforeAll, describe, expect, it } from "vitest";
import { assignToPhase, createExpert, createMission, createUser } from "../factories/records.ts";
import { callerFor, sessionUserByEmail } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { appErrorOf, formattedRejection, issuePaths, rejection } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

const ZAMBIA_CODE = "SADC-ZMB-2026";

let admin: SessionUser;
let coordinator: SessionUser;
let lead: SessionUser; // LEAD on both Zambia phases
let member: SessionUser; // MEMBER on both Zambia phases
let outsider: SessionUser; // on no mission
let staffZambia: SessionUser;
let staffMontenegro: SessionUser;
let zambia: { missionId: string; parliamentId: string; assessmentId: string; planId: string };
let montenegroParliamentId: string;

beforeAll(async () => {
  expect(await seedDemoData(prisma())).toEqual({ seeded: true });
  [admin, coordinator, lead, member, outsider, staffZambia, staffMontenegro] = (await Promise.all(
    [
      "admin@hemicycle.test",
      "coordinator@hemicycle.test",
      "lead.expert@hemicycle.test",
      "expert@hemicycle.test",
      "outsider.expert@hemicycle.test",
      "staff.zambia@hemicycle.test",
      "staff.montenegro@hemicycle.test",
    ].map((email) => sessionUserByEmail(db(), email)),
  )) as [SessionUser, SessionUser, SessionUser, SessionUser, SessionUser, SessionUser, SessionUser];
  const mission = await prisma().mission.findUniqueOrThrow({
    where: { code: ZAMBIA_CODE },
    select: { id: true, parliamentId: true, phases: { select: { id: true, kind: true } } },
  });
  zambia = {
    missionId: mission.id,
    parliamentId: mission.parliamentId,
    assessmentId: mission.phases.find((p) => p.kind === "ASSESSMENT")!.id,
    planId: mission.phases.find((p) => p.kind === "STRATEGIC_PLAN")!.id,
  };
  montenegroParliamentId = staffMontenegro.parliamentId!;
});

let sequence = 0;
function draft(phaseId: string, overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    phaseId,
    area: "LEG" as const,
    subArea: "document-management",
    kind: "GAP" as const,
    severity: "HIGH" as const,
    title: `Bills circulate as word-processor files (${sequence})`,
    description: "Draft bills and amendments are exchanged by e-mail; no single authoritative version exists.",
    evidence: "Interviews with the Table Office and the Legal Services department.",
    recommendation: "Adopt a document management system with XML (Akoma Ntoso) at its core.",
    grade: 1,
    ...overrides,
  };
}

const findingCount = () => prisma().finding.count();

describe("findings.create", () => {
  it("lets a member of the phase's team log a draft finding that is theirs", async () => {
    const finding = await as(member).findings.create(draft(zambia.assessmentId));
    expect(finding).toMatchObject({
      phaseId: zambia.assessmentId,
      status: "DRAFT",
      version: 1,
      area: "LEG",
      subArea: "document-management",
      grade: 1,
      author: { id: member.id, name: member.name },
      validatedBy: null,
      validatedAt: null,
      phase: { mission: { id: zambia.missionId, code: ZAMBIA_CODE } },
    });
    const row = await prisma().finding.findUniqueOrThrow({
      where: { id: finding.id },
      select: { authorId: true, status: true },
    });
    expect(row).toEqual({ authorId: member.id, status: "DRAFT" });
    const audit = await prisma().auditEvent.findMany({
      where: { entityType: "finding", entityId: finding.id },
      select: { action: true, actorId: true },
    });
    expect(audit).toEqual([{ action: "finding.create", actorId: member.id }]);
  });

  it("answers a resent offline draft (same clientId) with the first finding, stored once", async () => {
    const input = draft(zambia.assessmentId, { clientId: "offline-draft-0001" });
    const first = await as(member).findings.create(input);
    const before = await findingCount();
    const again = await as(member).findings.create({ ...input, title: "Edited while offline" });
    expect(again.id).toBe(first.id);
    expect(again.title).toBe(first.title);
    expect(await findingCount()).toBe(before);
    expect(await prisma().finding.count({ where: { clientId: "offline-draft-0001" } })).toBe(1);
  });

  it("stores a draft resent while the first request is still in flight only once", async () => {
    // Several drafts at once, so that a race shows up reliably on PostgreSQL.
    const inputs = [2, 3, 4].map((n) => draft(zambia.assessmentId, { clientId: `offline-draft-000${n}` }));
    const before = await findingCount();
    const results = await Promise.all(
      inputs.map((input) => Promise.allSettled([as(member).findings.create(input), as(member).findings.create(input)])),
    );
    for (const pair of results) {
      expect(pair.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
      const [a, b] = pair.map((r) => (r as PromiseFulfilledResult<{ id: string }>).value);
      expect(a!.id).toBe(b!.id);
    }
    expect(await findingCount()).toBe(before + inputs.length);
  });

  it("keeps clientIds per author: another author's same clientId is a new finding", async () => {
    const mine = await as(member).findings.create(draft(zambia.assessmentId, { clientId: "shared-client-id" }));
    const theirs = await as(lead).findings.create(draft(zambia.assessmentId, { clientId: "shared-client-id" }));
    expect(theirs.id).not.toBe(mine.id);
    expect(theirs.author.id).toBe(lead.id);
  });

  it("answers NOT_FOUND to an expert who is not on the mission", async () => {
    const before = await findingCount();
    const error = await appErrorOf(as(outsider).findings.create(draft(zambia.assessmentId)));
    expect(error).toMatchObject({ trpcCode: "NOT_FOUND", reason: "NOT_FOUND" });
    expect(await findingCount()).toBe(before);
  });

  it("forbids an expert on the mission but not on that phase", async () => {
    const expert = await createExpert(db());
    const planOnly = await createUser(db(), { role: "EXPERT", expertId: expert.id });
    await assignToPhase(db(), zambia.planId, expert.id);
    const before = await findingCount();

    await expect(as(planOnly).findings.create(draft(zambia.assessmentId))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await findingCount()).toBe(before);
    // …while on their own phase they may.
    const onPlan = await as(planOnly).findings.create(draft(zambia.planId));
    expect(onPlan.author.id).toBe(planOnly.id);
  });

  it("forbids parliament staff, even of the mission's parliament", async () => {
    const before = await findingCount();
    await expect(as(staffZambia).findings.create(draft(zambia.assessmentId))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(as(staffMontenegro).findings.create(draft(zambia.assessmentId))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await findingCount()).toBe(before);
  });

  it("refuses new findings on a cancelled or a finalised phase, as the client offers none there", async () => {
    const mission = await createMission(db(), {
      parliamentId: zambia.parliamentId,
      phases: [
        { kind: "ASSESSMENT", startDate: "2031-02-03", endDate: "2031-02-07", status: "CANCELLED" },
        { kind: "VALIDATION", startDate: "2031-06-02", endDate: "2031-06-06", status: "FINALISED" },
        { kind: "STRATEGIC_PLAN", startDate: "2031-09-01", endDate: "2031-09-05", status: "PARLIAMENT_REVIEW" },
      ],
    });
    const [cancelled, finalised, inReview] = mission.phases;
    for (const phase of mission.phases) await assignToPhase(db(), phase.id, member.expertId!);
    const before = await findingCount();
    for (const phase of [cancelled!, finalised!]) {
      const error = await appErrorOf(as(member).findings.create(draft(phase.id)));
      expect(error).toMatchObject({ trpcCode: "BAD_REQUEST", reason: "INVALID_TRANSITION" });
      expect(error.message.code).toBe("phaseClosedToFindings");
    }
    expect(await findingCount()).toBe(before);
    // Until it is finalised, a phase still takes findings (a late one during the review).
    expect((await as(member).findings.create(draft(inReview!.id))).status).toBe("DRAFT");
  });

  it("answers a draft resent after its phase was finalised with the finding stored the first time", async () => {
    const mission = await createMission(db(), {
      parliamentId: zambia.parliamentId,
      phases: [{ kind: "ASSESSMENT", startDate: "2031-11-03", endDate: "2031-11-07", status: "FIELDWORK" }],
    });
    const phase = mission.phases[0]!;
    await assignToPhase(db(), phase.id, member.expertId!);
    const input = draft(phase.id, { clientId: "late-resend-0001" });
    const first = await as(member).findings.create(input);
    await prisma().phase.update({ where: { id: phase.id }, data: { status: "FINALISED" } });
    const before = await findingCount();
    expect((await as(member).findings.create(input)).id).toBe(first.id);
    expect(await findingCount()).toBe(before);
    // A new draft is refused there.
    await expect(as(member).findings.create(draft(phase.id))).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("refuses a sub-area of another ICT area with a field error on subArea", async () => {
    const before = await findingCount();
    const shape = await formattedRejection(
      as(member).findings.create(draft(zambia.assessmentId, { area: "LEG", subArea: "open-data" })),
    );
    expect(shape.data).toMatchObject({
      code: "BAD_REQUEST",
      problem: { reason: "VALIDATION" },
      fieldErrors: { subArea: [{ code: "subAreaMismatch" }] },
    });
    expect(await findingCount()).toBe(before);
  });

  it("refuses a grade outside 0–5", async () => {
    const before = await findingCount();
    const error = await rejection(as(member).findings.create(draft(zambia.assessmentId, { grade: 6 })));
    expect(error.code).toBe("BAD_REQUEST");
    expect(issuePaths(error)).toEqual(["grade"]);
    await expect(as(member).findings.create(draft(zambia.assessmentId, { grade: -1 }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await findingCount()).toBe(before);
  });
});

describe("findings workflow", () => {
  let findingId: string;

  beforeAll(async () => {
    findingId = (await as(member).findings.create(draft(zambia.assessmentId, { severity: "CRITICAL" }))).id;
  });

  const stored = () =>
    prisma().finding.findUniqueOrThrow({
      where: { id: findingId },
      select: { status: true, version: true, title: true, validatedById: true, validatedAt: true },
    });

  it("lets a member edit their draft, keeping the fields they did not send", async () => {
    const updated = await as(member).findings.update({
      id: findingId,
      version: 1,
      title: "No authoritative version of bills",
    });
    expect(updated).toMatchObject({
      title: "No authoritative version of bills",
      version: 2,
      subArea: "document-management",
      evidence: "Interviews with the Table Office and the Legal Services department.",
      recommendation: "Adopt a document management system with XML (Akoma Ntoso) at its core.",
      grade: 1,
    });
  });

  it("refuses a draft going straight to validated", async () => {
    const error = await appErrorOf(as(lead).findings.setStatus({ id: findingId, version: 2, status: "VALIDATED" }));
    expect(error).toMatchObject({ trpcCode: "BAD_REQUEST", reason: "INVALID_TRANSITION" });
    expect(await stored()).toMatchObject({ status: "DRAFT", version: 2, validatedById: null });
  });

  it("lets the member submit it", async () => {
    const submitted = await as(member).findings.setStatus({ id: findingId, version: 2, status: "SUBMITTED" });
    expect(submitted).toMatchObject({ status: "SUBMITTED", version: 3 });
  });

  it("does not let a member validate", async () => {
    const error = await appErrorOf(as(member).findings.setStatus({ id: findingId, version: 3, status: "VALIDATED" }));
    expect(error).toMatchObject({ trpcCode: "FORBIDDEN", reason: "FORBIDDEN" });
    expect(await stored()).toMatchObject({ status: "SUBMITTED", version: 3, validatedById: null });
  });

  it("refuses a stale version on setStatus with the current finding", async () => {
    const error = await appErrorOf(as(lead).findings.setStatus({ id: findingId, version: 2, status: "VALIDATED" }));
    expect(error).toMatchObject({ trpcCode: "CONFLICT", reason: "STALE_VERSION" });
    expect(error.details?.current).toMatchObject({ id: findingId, status: "SUBMITTED", version: 3 });
    expect(await stored()).toMatchObject({ status: "SUBMITTED", version: 3 });
  });

  it("lets the phase's lead validate it", async () => {
    const validated = await as(lead).findings.setStatus({ id: findingId, version: 3, status: "VALIDATED" });
    expect(validated).toMatchObject({ status: "VALIDATED", version: 4, validatedBy: { id: lead.id } });
    expect(validated.validatedAt).toBeInstanceOf(Date);
    expect(await stored()).toMatchObject({ status: "VALIDATED", validatedById: lead.id });
  });

  it("locks a validated finding against a member's edits", async () => {
    const error = await appErrorOf(as(member).findings.update({ id: findingId, version: 4, title: "Sneaky edit" }));
    expect(error).toMatchObject({ trpcCode: "FORBIDDEN" });
    expect(await stored()).toMatchObject({ title: "No authoritative version of bills", version: 4 });
  });

  it("lets the lead reopen it, clearing the validation", async () => {
    const reopened = await as(lead).findings.setStatus({
      id: findingId,
      version: 4,
      status: "SUBMITTED",
      comment: "The grade needs a second look",
    });
    expect(reopened).toMatchObject({ status: "SUBMITTED", version: 5, validatedBy: null, validatedAt: null });
    expect(await stored()).toMatchObject({ status: "SUBMITTED", validatedById: null, validatedAt: null });
  });

  it("refuses a stale version on update with the current finding, changing nothing", async () => {
    const error = await appErrorOf(as(member).findings.update({ id: findingId, version: 4, title: "Stale edit" }));
    expect(error).toMatchObject({ trpcCode: "CONFLICT", reason: "STALE_VERSION" });
    expect(error.details?.current).toMatchObject({
      id: findingId,
      version: 5,
      title: "No authoritative version of bills",
    });
    expect(await stored()).toMatchObject({ title: "No authoritative version of bills", version: 5 });
  });

  it("drops the old sub-area when the area changes", async () => {
    const updated = await as(member).findings.update({ id: findingId, version: 5, area: "WEB" });
    expect(updated).toMatchObject({ area: "WEB", subArea: null, version: 6 });
  });

  it("records every step in the audit log, and the refused attempts beside them", async () => {
    const all = await prisma().auditEvent.findMany({
      where: { entityType: "finding", entityId: findingId },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true, before: true, after: true },
    });
    const denied: readonly string[] = DENIED_ACTIONS;
    // The steps above that were refused (an author validating their own finding, …) are
    // recorded as refused attempts, never as changes.
    expect(all.filter((e) => denied.includes(e.action)).length).toBeGreaterThan(0);
    const events = all.filter((e) => !denied.includes(e.action));
    expect(events.map((e) => e.action)).toEqual([
      "finding.create",
      "finding.update",
      "finding.setStatus",
      "finding.setStatus",
      "finding.setStatus",
      "finding.update",
    ]);
    expect(events[3]).toMatchObject({
      actorId: lead.id,
      before: { status: "SUBMITTED", version: 3 },
      after: { status: "VALIDATED", version: 4 },
    });
  });
});

describe("findings visibility and filters", () => {
  const zambiaValidated = () =>
    prisma().finding.findMany({
      where: { status: "VALIDATED", phase: { mission: { parliamentId: zambia.parliamentId } } },
      select: { id: true },
    });

  it("shows the mission's parliament staff only its validated findings", async () => {
    const expected = (await zambiaValidated()).map((f) => f.id).sort();
    expect(expected.length).toBeGreaterThanOrEqual(3);
    const page = await as(staffZambia).findings.list({ limit: 100 });
    expect(page.items.map((f) => f.id).sort()).toEqual(expected);
    expect(
      page.items.every((f) => f.status === "VALIDATED" && f.phase.mission.parliament.id === zambia.parliamentId),
    ).toBe(true);

    // Asking for drafts does not reveal them.
    expect((await as(staffZambia).findings.list({ status: "DRAFT" })).items).toEqual([]);
    const aDraft = await prisma().finding.findFirstOrThrow({
      where: { status: "DRAFT", phaseId: zambia.assessmentId },
      select: { id: true },
    });
    await expect(as(staffZambia).findings.byId({ id: aDraft.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const aValidated = expected[0]!;
    expect(await as(staffZambia).findings.byId({ id: aValidated })).toMatchObject({
      id: aValidated,
      status: "VALIDATED",
    });
  });

  it("shows another parliament's staff none of them, whatever filter they craft", async () => {
    const zambiaIds = new Set((await zambiaValidated()).map((f) => f.id));
    const own = await as(staffMontenegro).findings.list({ limit: 100 });
    expect(own.items.length).toBeGreaterThan(0);
    expect(
      own.items.every((f) => f.status === "VALIDATED" && f.phase.mission.parliament.id === montenegroParliamentId),
    ).toBe(true);
    expect(own.items.some((f) => zambiaIds.has(f.id))).toBe(false);

    expect((await as(staffMontenegro).findings.list({ parliamentId: zambia.parliamentId })).items).toEqual([]);
    expect((await as(staffMontenegro).findings.list({ missionId: zambia.missionId })).items).toEqual([]);
    expect((await as(staffMontenegro).findings.list({ phaseId: zambia.assessmentId })).items).toEqual([]);
    await expect(as(staffMontenegro).findings.byId({ id: [...zambiaIds][0]! })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("shows an expert the findings of their missions only", async () => {
    const page = await as(outsider).findings.list({ limit: 100 });
    expect(page.items).toEqual([]);
    const memberPage = await as(member).findings.list({ missionId: zambia.missionId, limit: 100 });
    expect(memberPage.items.length).toBe(
      await prisma().finding.count({ where: { phase: { missionId: zambia.missionId } } }),
    );
  });

  it("filters by mission, area, severity and status", async () => {
    const idsOf = (page: { items: { id: string }[] }) => page.items.map((f) => f.id).sort();
    const expectIds = async (where: object) =>
      (await prisma().finding.findMany({ where, select: { id: true } })).map((f) => f.id).sort();
    const all = await as(coordinator).findings.list({ limit: 100 });

    const byMission = idsOf(await as(coordinator).findings.list({ missionId: zambia.missionId, limit: 100 }));
    expect(byMission).toEqual(await expectIds({ phase: { missionId: zambia.missionId } }));
    expect(byMission.length).toBeLessThan(all.items.length);

    for (const [filter, where] of [
      [{ area: "GOV" }, { area: "GOV" }],
      [{ severity: "CRITICAL" }, { severity: "CRITICAL" }],
      [{ status: "SUBMITTED" }, { status: "SUBMITTED" }],
    ] as const) {
      const ids = idsOf(await as(coordinator).findings.list({ missionId: zambia.missionId, ...filter, limit: 100 }));
      expect(ids.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(ids.length, JSON.stringify(filter)).toBeLessThan(byMission.length);
      expect(ids).toEqual(await expectIds({ phase: { missionId: zambia.missionId }, ...where }));
    }

    const combined = await as(admin).findings.list({
      missionId: zambia.missionId,
      status: "VALIDATED",
      severity: "HIGH",
      limit: 100,
    });
    expect(combined.items.every((f) => f.status === "VALIDATED" && f.severity === "HIGH")).toBe(true);
    expect(idsOf(combined)).toEqual(
      await expectIds({ phase: { missionId: zambia.missionId }, status: "VALIDATED", severity: "HIGH" }),
    );
  });
});

describe("what a list cursor and a resent draft may reveal", () => {
  it("answers a cursor naming a hidden finding exactly as a made-up one: invalid input", async () => {
    const hidden = await prisma().finding.findFirstOrThrow({
      where: { phaseId: zambia.assessmentId, status: "DRAFT" },
      select: { id: true },
    });
    // A cursor is a position the list handed out (docs/decisions/0019-keyset-cursors.md), never an id.
    const onHidden = await appErrorOf(as(staffZambia).findings.list({ cursor: hidden.id, limit: 100 }));
    const onMadeUp = await appErrorOf(as(staffZambia).findings.list({ cursor: "no-such-finding-id", limit: 100 }));
    expect(onHidden).toMatchObject({ trpcCode: "BAD_REQUEST", fieldErrors: { cursor: ["invalidValue"] } });
    expect(onMadeUp).toEqual(onHidden);

    // A cursor the list handed out pages on from where the page ended.
    const all = await as(staffZambia).findings.list({ limit: 100 });
    const first = await as(staffZambia).findings.list({ limit: 2 });
    expect(first.nextCursor).not.toBeNull();
    const second = await as(staffZambia).findings.list({ limit: 2, cursor: first.nextCursor });
    expect(second.items.map((f) => f.id)).toEqual(all.items.slice(2, 4).map((f) => f.id));
  });

  it("refuses a clientId already used on another phase instead of answering with that finding", async () => {
    const clientId = `resent-${Date.now()}`;
    const first = await as(member).findings.create({ ...draft(zambia.assessmentId), clientId });
    const elsewhere = await appErrorOf(as(member).findings.create({ ...draft(zambia.planId), clientId }));
    expect(elsewhere).toMatchObject({ trpcCode: "CONFLICT", reason: "DUPLICATE" });
    expect(await prisma().finding.count({ where: { authorId: member.id, clientId } })).toBe(1);
    // On its own phase the resend is still answered with the first finding.
    expect((await as(member).findings.create({ ...draft(zambia.assessmentId), clientId })).id).toBe(first.id);
  });
});

describe("findings.byId", () => {
  it("tells the caller their role on the finding's phase, which decides their workflow actions", async () => {
    const finding = await prisma().finding.findFirstOrThrow({
      where: { phaseId: zambia.assessmentId, status: "VALIDATED" },
      select: { id: true },
    });
    expect((await as(lead).findings.byId({ id: finding.id })).myTeamRole).toBe("LEAD");
    expect((await as(member).findings.byId({ id: finding.id })).myTeamRole).toBe("MEMBER");
    expect((await as(coordinator).findings.byId({ id: finding.id })).myTeamRole).toBeNull();
    expect((await as(staffZambia).findings.byId({ id: finding.id })).myTeamRole).toBeNull();
  });
});
