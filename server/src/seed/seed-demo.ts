// Turns the constants of demo-data.ts into rows, once: on a database that already has a
// user, it does nothing, so a restart never duplicates the demo nor touches real data.
// Everything goes in one transaction, so a failed seed leaves an empty database that the
// next start seeds again.
import { randomUUID } from "node:crypto";
import type { Role } from "@hemicycle/shared/enums";
import { statusAfterEdit } from "@hemicycle/shared/workflows/roadmap";
import { hashPassword } from "../auth/password.ts";
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import { missionStatusFromPhases } from "../services/mission-status.ts";
import { takeSnapshot } from "../services/roadmap-snapshot.ts";
import { demoAuditTrail } from "./demo-audit.ts";
import { seedDemoTermsOfReference } from "./demo-terms-of-reference.ts";
import {
  COORDINATOR_EMAIL,
  DEMO_EXPERTS,
  DEMO_FINDINGS,
  DEMO_MISSIONS,
  DEMO_PARLIAMENTS,
  DEMO_PROGRAMMES,
  DEMO_ROADMAPS,
  DEMO_USERS,
  type DemoExpert,
  type DemoItemPlan,
  type DemoMission,
  type DemoRoadmap,
} from "./demo-data.ts";

export const DEMO_PASSWORD = "hemicycle-demo";

export const DEMO_ACCOUNTS: { email: string; role: Role; description: string }[] = DEMO_USERS.map(
  ({ email, role, description }) => ({ email, role, description }),
);

/** `YYYY-MM-DD` at UTC midnight, as @db.Date fields travel. */
function day(iso: string): Date;
function day(iso: string | undefined): Date | null;
function day(iso: string | undefined): Date | null {
  return iso === undefined ? null : new Date(iso);
}

function lookup<T>(map: ReadonlyMap<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data refers to an unknown ${what}: "${key}"`);
  return value;
}

/** The id of the earlier finding a validation finding revisits; an outcome goes with it, and only with it. */
function revisitOf(f: (typeof DEMO_FINDINGS)[number], findingIds: ReadonlyMap<string, string>): string | null {
  if ((f.revisits === undefined) !== (f.revisitOutcome === undefined))
    throw new Error(`Demo finding "${f.key}": revisits and revisitOutcome go together`);
  return f.revisits === undefined ? null : lookup(findingIds, f.revisits, "finding");
}

/** An item's plan fields as Prisma takes them: dates at UTC midnight. */
function planData<T extends Partial<DemoItemPlan>>({
  startDate,
  endDate,
  ...fields
}: T): Omit<T, "startDate" | "endDate"> & { startDate?: Date; endDate?: Date } {
  return {
    ...fields,
    ...(startDate === undefined ? {} : { startDate: day(startDate) }),
    ...(endDate === undefined ? {} : { endDate: day(endDate) }),
  };
}

type ItemUpdate = { id: string; data: Prisma.RoadmapItemUpdateManyMutationInput };

/**
 * What a submitted roadmap went through after its rows were inserted as first submitted:
 * its revisions in order (each a snapshot of the items at that point, taken with the
 * service's own takeSnapshot) with the parliament's decisions, the team's rework after
 * changes were requested, and the progress and slips since the baseline.
 */
type ReviewPlan = {
  roadmapId: string;
  revisions: {
    kind: Prisma.RoadmapRevisionCreateManyInput["kind"];
    createdById: string;
    createdAt: Date;
    decision?: {
      decision: Prisma.ReviewDecisionCreateManyInput["decision"];
      decidedById: string;
      createdAt: Date;
      comment: string;
    };
  }[];
  /** Index of the revision that follows the rework; null without one. */
  reworkBefore: number | null;
  rework: {
    updates: ItemUpdate[];
    items: Prisma.RoadmapItemCreateManyInput[];
    dependencies: Prisma.RoadmapItemDependencyCreateManyInput[];
    itemFindings: Prisma.RoadmapItemFindingCreateManyInput[];
  };
  sinceBaseline: ItemUpdate[];
};

/**
 * The status, version and baseline that a roadmap's review history leads to; fails on a
 * history the app could not have produced.
 */
function reviewOutcome(roadmap: DemoRoadmap): {
  status: DemoRoadmap["status"];
  version: number;
  baselineRevision: number | null;
} {
  const review = roadmap.review ?? [];
  const fail = (why: string): never => {
    throw new Error(`Demo roadmap of ${roadmap.mission}: ${why}`);
  };
  let status: DemoRoadmap["status"] = "DRAFT";
  let baselineRevision: number | null = null;
  let moves = 0;
  for (const [index, revision] of review.entries()) {
    const followsEndorsement = review[index - 1]?.decision?.decision === "ENDORSE";
    if (revision.kind === "ENDORSEMENT") {
      if (!followsEndorsement || revision.decision) fail(`revision ${index + 1} is an endorsement of nothing`);
      baselineRevision = index + 1;
      continue;
    }
    if (followsEndorsement || status === "IN_REVIEW") fail(`revision ${index + 1} is a submission out of turn`);
    moves += revision.decision ? 2 : 1;
    status = !revision.decision
      ? "IN_REVIEW"
      : revision.decision.decision === "ENDORSE"
        ? "ENDORSED"
        : "CHANGES_REQUESTED";
  }
  if (review.at(-1)?.decision?.decision === "ENDORSE") fail("the endorsed submission has no ENDORSEMENT revision");
  // Rescheduling or re-costing an endorsed plan starts a new draft on top of its baseline,
  // as the editor does (docs/roadmaps.md); progress alone does not.
  const replanned = roadmap.items.some(({ sinceBaseline: since }) =>
    since ? since.startDate !== undefined || since.endDate !== undefined || since.costEstimate !== undefined : false,
  );
  if (replanned) {
    status = statusAfterEdit(status);
    moves += 1;
  }
  if (status !== roadmap.status) fail(`its review and later edits lead to ${status}, not ${roadmap.status}`);
  return { status, version: 1 + moves, baselineRevision };
}

type Period = { startDate: string; endDate: string };

/** The app's overlap rule (scheduling.periodsOverlap) on `YYYY-MM-DD` strings: both ends included. */
function overlap(a: Period, b: Period): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

/**
 * Fails on a team the app could not have produced (services/assignments.ts): a team on a
 * cancelled phase, two leads, an expert twice on a phase, a clash (another live phase of
 * the expert on overlapping dates, or one of their unavailable periods) kept without a
 * coordinator's reason, or a reason where nothing clashed (the app stores none then). Of
 * two overlapping bookings, the one assigned second carries the reason: at least one must.
 */
export function checkTeams(
  missions: readonly DemoMission[] = DEMO_MISSIONS,
  directory: readonly DemoExpert[] = DEMO_EXPERTS,
): void {
  const experts = new Map(directory.map((e) => [e.key, e]));
  const bookings = missions.flatMap((m) =>
    m.phases.flatMap((phase) => phase.team.map((member) => ({ mission: m.code, phase, member }))),
  );
  for (const { mission, phase, member } of bookings) {
    const where = `Demo team of ${mission} (${phase.key}), ${member.expert}`;
    if (phase.status === "CANCELLED") throw new Error(`${where}: a cancelled phase takes no team`);
    if (phase.team.filter((t) => t.expert === member.expert).length > 1) throw new Error(`${where}: listed twice`);
    if (member.role === "LEAD" && phase.team.filter((t) => t.role === "LEAD").length > 1) {
      throw new Error(`${where}: the phase has two leads`);
    }
    if (member.overrideReason !== undefined && member.overrideReason.trim() === "") {
      throw new Error(`${where}: an empty override reason`);
    }
    const unavailable = lookup(experts, member.expert, "expert").unavailability.some((u) => overlap(u, phase));
    const otherPhases = bookings.filter(
      (b) => b.member.expert === member.expert && b.phase !== phase && overlap(b.phase, phase),
    );
    if (unavailable && member.overrideReason === undefined) {
      throw new Error(`${where}: booked while unavailable without an override reason`);
    }
    for (const other of otherPhases) {
      if (member.overrideReason === undefined && other.member.overrideReason === undefined) {
        throw new Error(
          `${where}: also on ${other.phase.key} on overlapping dates, and neither has an override reason`,
        );
      }
    }
    if (member.overrideReason !== undefined && !unavailable && otherPhases.length === 0) {
      throw new Error(`${where}: an override reason without a clash`);
    }
  }
}

type DemoRows = {
  parliaments: Prisma.ParliamentCreateManyInput[];
  programmes: Prisma.ProgrammeCreateManyInput[];
  experts: Prisma.ExpertCreateManyInput[];
  unavailability: Prisma.ExpertUnavailabilityCreateManyInput[];
  users: Prisma.UserCreateManyInput[];
  accounts: Prisma.AccountCreateManyInput[];
  missions: Prisma.MissionCreateManyInput[];
  phases: Prisma.PhaseCreateManyInput[];
  assignments: Prisma.AssignmentCreateManyInput[];
  findings: Prisma.FindingCreateManyInput[];
  findingReviewNotes: Prisma.FindingReviewNoteCreateManyInput[];
  roadmaps: Prisma.RoadmapCreateManyInput[];
  roadmapItems: Prisma.RoadmapItemCreateManyInput[];
  dependencies: Prisma.RoadmapItemDependencyCreateManyInput[];
  itemFindings: Prisma.RoadmapItemFindingCreateManyInput[];
  comments: Prisma.CommentCreateManyInput[];
};

/** Resolves the demo data's keys to fresh ids; pure apart from the ids. */
function buildRows(passwordHash: string): { rows: DemoRows; reviews: ReviewPlan[] } {
  checkTeams();
  const parliamentIds = new Map(DEMO_PARLIAMENTS.map((p) => [p.key, randomUUID()]));
  const programmeIds = new Map(DEMO_PROGRAMMES.map((p) => [p.key, randomUUID()]));
  const expertIds = new Map(DEMO_EXPERTS.map((e) => [e.key, randomUUID()]));
  const userIds = new Map(DEMO_USERS.map((u) => [u.email, randomUUID()]));
  const missionIds = new Map(DEMO_MISSIONS.map((m) => [m.code, randomUUID()]));
  const phaseIds = new Map(DEMO_MISSIONS.flatMap((m) => m.phases.map((p) => [p.key, randomUUID()] as const)));
  const findingIds = new Map(DEMO_FINDINGS.map((f) => [f.key, randomUUID()]));
  const coordinatorId = lookup(userIds, COORDINATOR_EMAIL, "account");

  const rows: DemoRows = {
    parliaments: DEMO_PARLIAMENTS.map(({ key, ...p }) => ({ id: lookup(parliamentIds, key, "parliament"), ...p })),
    programmes: DEMO_PROGRAMMES.map(({ key, startDate, endDate, ...p }) => ({
      id: lookup(programmeIds, key, "programme"),
      startDate: day(startDate),
      endDate: day(endDate),
      ...p,
    })),
    experts: DEMO_EXPERTS.map(({ key, unavailability: _, ...e }) => ({ id: lookup(expertIds, key, "expert"), ...e })),
    unavailability: DEMO_EXPERTS.flatMap((e) =>
      e.unavailability.map((u) => ({
        id: randomUUID(),
        expertId: lookup(expertIds, e.key, "expert"),
        startDate: day(u.startDate),
        endDate: day(u.endDate),
        reason: u.reason,
      })),
    ),
    users: DEMO_USERS.map((u) => ({
      id: lookup(userIds, u.email, "account"),
      email: u.email,
      name: u.name,
      role: u.role,
      emailVerified: true,
      parliamentId: u.parliament === undefined ? null : lookup(parliamentIds, u.parliament, "parliament"),
      expertId: u.expert === undefined ? null : lookup(expertIds, u.expert, "expert"),
    })),
    // better-auth's credential account: accountId is the user id for email/password.
    accounts: DEMO_USERS.map((u) => {
      const userId = lookup(userIds, u.email, "account");
      return { id: randomUUID(), accountId: userId, providerId: "credential", userId, password: passwordHash };
    }),
    missions: DEMO_MISSIONS.map((m) => ({
      id: lookup(missionIds, m.code, "mission"),
      code: m.code,
      title: m.title,
      type: m.type,
      parliamentId: lookup(parliamentIds, m.parliament, "parliament"),
      programmeId: m.programme === null ? null : lookup(programmeIds, m.programme, "programme"),
      objectives: m.objectives,
      coordinatorId,
      status: missionStatusFromPhases(m.phases),
    })),
    phases: DEMO_MISSIONS.flatMap((m) =>
      m.phases.map((p) => ({
        id: lookup(phaseIds, p.key, "phase"),
        missionId: lookup(missionIds, m.code, "mission"),
        kind: p.kind,
        startDate: day(p.startDate),
        endDate: day(p.endDate),
        actualStartDate: day(p.actualStartDate),
        actualEndDate: day(p.actualEndDate),
        location: p.location,
        status: p.status,
        reportDueDate: day(p.reportDueDate),
      })),
    ),
    assignments: DEMO_MISSIONS.flatMap((m) =>
      m.phases.flatMap((p) =>
        p.team.map((t) => ({
          id: randomUUID(),
          phaseId: lookup(phaseIds, p.key, "phase"),
          expertId: lookup(expertIds, t.expert, "expert"),
          role: t.role,
          overrideReason: t.overrideReason ?? null,
          assignedById: coordinatorId,
        })),
      ),
    ),
    findings: DEMO_FINDINGS.map((f) => {
      const validated = f.status === "VALIDATED";
      if (validated !== (f.validatedBy !== undefined && f.validatedAt !== undefined)) {
        throw new Error(`Demo finding "${f.key}": validatedBy and validatedAt go with VALIDATED, and only with it`);
      }
      return {
        id: lookup(findingIds, f.key, "finding"),
        phaseId: lookup(phaseIds, f.phase, "phase"),
        area: f.area,
        subArea: f.subArea,
        kind: f.kind,
        severity: f.severity,
        grade: f.grade,
        title: f.title,
        description: f.description,
        evidence: f.evidence,
        recommendation: f.recommendation,
        status: f.status,
        authorId: lookup(userIds, f.author, "account"),
        validatedById: f.validatedBy === undefined ? null : lookup(userIds, f.validatedBy, "account"),
        validatedAt: f.validatedAt === undefined ? null : new Date(f.validatedAt),
        revisitsId: revisitOf(f, findingIds),
        revisitOutcome: f.revisitOutcome ?? null,
        createdAt: new Date(f.createdAt),
        updatedAt: new Date(f.validatedAt ?? f.reviewNote?.at ?? f.createdAt),
      };
    }),
    findingReviewNotes: DEMO_FINDINGS.flatMap((f) =>
      f.reviewNote
        ? [
            {
              findingId: lookup(findingIds, f.key, "finding"),
              authorId: lookup(userIds, f.reviewNote.author, "account"),
              fromStatus: f.reviewNote.from,
              toStatus: f.status,
              body: f.reviewNote.body,
              createdAt: new Date(f.reviewNote.at),
            },
          ]
        : [],
    ),
    roadmaps: [],
    roadmapItems: [],
    dependencies: [],
    itemFindings: [],
    comments: [],
  };
  const reviews: ReviewPlan[] = [];

  for (const roadmap of DEMO_ROADMAPS) {
    const roadmapId = randomUUID();
    const itemIds = new Map(roadmap.items.map((item) => [item.key, randomUUID()]));
    const { status, version, baselineRevision } = reviewOutcome(roadmap);
    rows.roadmaps.push({
      id: roadmapId,
      missionId: lookup(missionIds, roadmap.mission, "mission"),
      title: roadmap.title,
      vision: roadmap.vision,
      horizonStart: roadmap.horizonStart,
      horizonEnd: roadmap.horizonEnd,
      status,
      version,
      baselineRevision,
    });

    const review = roadmap.review ?? [];
    const changesRequested = review.findIndex((r) => r.decision?.decision === "REQUEST_CHANGES");
    const reworked = roadmap.items.some((item) => item.beforeRework !== undefined);
    if (reworked && (changesRequested < 0 || changesRequested + 1 >= review.length)) {
      throw new Error(
        `Demo roadmap of ${roadmap.mission}: items say how they read before a rework that never happened`,
      );
    }
    if (roadmap.items.some((item) => item.sinceBaseline !== undefined) && baselineRevision === null) {
      throw new Error(`Demo roadmap of ${roadmap.mission}: changes since a baseline it does not have`);
    }
    const plan: ReviewPlan = {
      roadmapId,
      revisions: review.map((r) => ({
        kind: r.kind,
        createdById: lookup(userIds, r.by, "account"),
        createdAt: new Date(r.at),
        ...(r.decision && {
          decision: {
            decision: r.decision.decision,
            decidedById: lookup(userIds, r.decision.by, "account"),
            createdAt: new Date(r.decision.at),
            comment: r.decision.comment,
          },
        }),
      })),
      reworkBefore: reworked ? changesRequested + 1 : null,
      rework: { updates: [], items: [], dependencies: [], itemFindings: [] },
      sinceBaseline: [],
    };
    const addedLater = new Set(roadmap.items.filter((item) => item.beforeRework === null).map((item) => item.key));

    roadmap.items.forEach((item, position) => {
      const { key, dependsOn, findings, beforeRework, sinceBaseline, ...fields } = item;
      const itemId = lookup(itemIds, key, "roadmap item");
      const added = beforeRework === null;
      // Before a rework an item reads as it did then; an item added by the rework comes with it.
      const firstFields = beforeRework ? { ...fields, ...beforeRework } : fields;
      (added ? plan.rework.items : rows.roadmapItems).push({
        id: itemId,
        roadmapId,
        position,
        ...planData(firstFields),
      });
      if (beforeRework) {
        const changed = Object.fromEntries(
          Object.keys(beforeRework).map((field) => [field, fields[field as keyof DemoItemPlan]]),
        );
        plan.rework.updates.push({ id: itemId, data: { ...planData(changed), version: { increment: 1 } } });
      }
      if (sinceBaseline) {
        plan.sinceBaseline.push({ id: itemId, data: { ...planData(sinceBaseline), version: { increment: 1 } } });
      }
      for (const prerequisite of dependsOn) {
        if (!added && addedLater.has(prerequisite)) {
          throw new Error(`Demo roadmap item "${key}" depends on "${prerequisite}", which came later`);
        }
        const link = { itemId, dependsOnId: lookup(itemIds, prerequisite, "roadmap item") };
        (added ? plan.rework.dependencies : rows.dependencies).push(link);
      }
      for (const finding of findings) {
        const link = { itemId, findingId: lookup(findingIds, finding, "finding") };
        (added ? plan.rework.itemFindings : rows.itemFindings).push(link);
      }
    });
    if (review.length > 0) reviews.push(plan);

    const commentIds = new Map((roadmap.comments ?? []).map((c) => [c.key, randomUUID()]));
    for (const comment of roadmap.comments ?? []) {
      if ((comment.resolvedBy === undefined) !== (comment.resolvedAt === undefined)) {
        throw new Error(`Demo comment "${comment.key}": resolvedBy and resolvedAt go together`);
      }
      rows.comments.push({
        id: lookup(commentIds, comment.key, "comment"),
        roadmapId,
        itemId: comment.item === undefined ? null : lookup(itemIds, comment.item, "roadmap item"),
        parentId: comment.replyTo === undefined ? null : lookup(commentIds, comment.replyTo, "comment"),
        authorId: lookup(userIds, comment.author, "account"),
        body: comment.body,
        resolved: comment.resolvedBy !== undefined,
        resolvedById: comment.resolvedBy === undefined ? null : lookup(userIds, comment.resolvedBy, "account"),
        resolvedAt: comment.resolvedAt === undefined ? null : new Date(comment.resolvedAt),
        createdAt: new Date(comment.at),
        updatedAt: new Date(comment.resolvedAt ?? comment.at),
      });
    }
  }
  return { rows, reviews };
}

/**
 * Plays a submitted roadmap's review forward: a revision is a snapshot of the items as
 * they stand when it is stored, so the rework and the changes since the baseline are
 * applied in between, in the order they happened.
 */
async function playReview(tx: Prisma.TransactionClient, plan: ReviewPlan): Promise<void> {
  for (const [index, revision] of plan.revisions.entries()) {
    if (index === plan.reworkBefore) {
      for (const { id, data } of plan.rework.updates)
        await tx.roadmapItem.update({ where: { id }, data, select: { id: true } });
      await tx.roadmapItem.createMany({ data: plan.rework.items });
      await tx.roadmapItemDependency.createMany({ data: plan.rework.dependencies });
      await tx.roadmapItemFinding.createMany({ data: plan.rework.itemFindings });
    }
    const snapshot = await takeSnapshot(tx, plan.roadmapId);
    const { id: revisionId } = await tx.roadmapRevision.create({
      data: {
        roadmapId: plan.roadmapId,
        number: index + 1,
        kind: revision.kind,
        snapshot,
        createdById: revision.createdById,
        createdAt: revision.createdAt,
      },
      select: { id: true },
    });
    if (revision.decision) {
      await tx.reviewDecision.create({
        data: { roadmapId: plan.roadmapId, revisionId, ...revision.decision },
        select: { id: true },
      });
    }
  }
  for (const { id, data } of plan.sinceBaseline)
    await tx.roadmapItem.update({ where: { id }, data, select: { id: true } });
}

/** The coordinator's account id: every demo mission's coordinator. */
const coordinatorIdOf = (rows: DemoRows): string => rows.users.find((u) => u.email === COORDINATOR_EMAIL)!.id!;

/** The transaction-level advisory lock around seeding an empty database ("DEMO" in ASCII). */
const DEMO_SEED_LOCK_KEY = 0x44454d4f;

/**
 * Seeds the demo data on an empty database (no user yet); returns `{ seeded: false }`
 * and changes nothing otherwise.
 */
export async function seedDemoData(prisma: PrismaClient): Promise<{ seeded: boolean }> {
  if ((await prisma.user.count()) > 0) return { seeded: false };

  // Argon2id is slow on purpose: hash once, every demo account shares the password.
  const { rows, reviews } = buildRows(await hashPassword(DEMO_PASSWORD));

  return prisma.$transaction(
    async (tx) => {
      // Another process may have seeded while we were hashing, or be seeding now: several
      // instances started together on one empty database each reach this point. The lock
      // (held until this transaction ends) lets one seed; the others then find its users.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DEMO_SEED_LOCK_KEY}::bigint)`;
      if ((await tx.user.count()) > 0) return { seeded: false };

      await tx.parliament.createMany({ data: rows.parliaments });
      await tx.programme.createMany({ data: rows.programmes });
      await tx.expert.createMany({ data: rows.experts });
      await tx.expertUnavailability.createMany({ data: rows.unavailability });
      await tx.user.createMany({ data: rows.users });
      await tx.account.createMany({ data: rows.accounts });
      await tx.mission.createMany({ data: rows.missions });
      await tx.phase.createMany({ data: rows.phases });
      await tx.assignment.createMany({ data: rows.assignments });
      await tx.finding.createMany({ data: rows.findings });
      await tx.findingReviewNote.createMany({ data: rows.findingReviewNotes });
      await tx.roadmap.createMany({ data: rows.roadmaps });
      await tx.roadmapItem.createMany({ data: rows.roadmapItems });
      await tx.roadmapItemDependency.createMany({ data: rows.dependencies });
      await tx.roadmapItemFinding.createMany({ data: rows.itemFindings });
      for (const plan of reviews) await playReview(tx, plan);
      await tx.comment.createMany({ data: rows.comments });
      const termsOfReference = await seedDemoTermsOfReference(tx, COORDINATOR_EMAIL);
      // What entering all this through the app would have logged: every mission's activity.
      await tx.auditEvent.createMany({ data: demoAuditTrail(rows, reviews, coordinatorIdOf(rows)) });

      const counts = {
        ...Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.length])),
        roadmapItems: rows.roadmapItems.length + reviews.reduce((sum, r) => sum + r.rework.items.length, 0),
        revisions: reviews.reduce((sum, r) => sum + r.revisions.length, 0),
        termsOfReference,
        reviewDecisions: reviews.reduce((sum, r) => sum + r.revisions.filter((v) => v.decision).length, 0),
      };
      await tx.auditEvent.create({
        data: {
          action: "demo.seed",
          entityType: "database",
          entityId: "demo",
          actorId: null,
          actorRole: null,
          after: { counts },
        },
      });
      return { seeded: true };
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
}
