// The audit trail the demo data would have left had it been entered through the app: who
// created each mission and when, the phases added, the experts assigned, each finding
// logged, submitted and validated (or rejected), phases moved on, the roadmap started,
// submitted and reviewed. Same actions and data shapes as the services' recordAudit
// calls, so the mission page's activity feed and the admin's audit log read the demo as
// they read real use. Times are plausible: a mission is set up some weeks before its
// first phase, never after the demo's "today".
import type { Prisma } from "../db/generated/client.ts";

/** The rows the trail speaks of, as seed-demo.ts builds them. */
export type AuditSource = {
  users: Prisma.UserCreateManyInput[];
  missions: Prisma.MissionCreateManyInput[];
  phases: Prisma.PhaseCreateManyInput[];
  assignments: Prisma.AssignmentCreateManyInput[];
  findings: Prisma.FindingCreateManyInput[];
  roadmaps: Prisma.RoadmapCreateManyInput[];
};

/** A submitted roadmap's revisions and the parliament's decisions on them. */
export type ReviewSource = {
  roadmapId: string;
  revisions: {
    kind: string;
    createdById: string;
    createdAt: Date;
    decision?: { decision: string; decidedById: string; createdAt: Date };
  }[];
};

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The demo's "today" (demo-data.ts): nothing in the trail happens after it. */
const DEMO_NOW = new Date("2026-11-29T08:00:00.000Z");

const asDate = (value: Date | string | null | undefined): Date | null =>
  value === null || value === undefined ? null : new Date(value);
const plus = (date: Date, ms: number) => new Date(date.getTime() + ms);
const iso = (value: Date | string | null | undefined) => asDate(value)?.toISOString().slice(0, 10) ?? null;

export function demoAuditTrail(
  rows: AuditSource,
  reviews: readonly ReviewSource[],
  coordinatorId: string,
): Prisma.AuditEventCreateManyInput[] {
  const roleOf = new Map(rows.users.map((u) => [u.id!, u.role!]));
  const userOfExpert = new Map(rows.users.flatMap((u) => (u.expertId ? [[u.expertId, u.id!] as const] : [])));
  const events: Prisma.AuditEventCreateManyInput[] = [];
  // Never after the demo's today, nor after the seed itself (on a clock behind the demo's).
  const latest = Math.min(DEMO_NOW.getTime(), Date.now());
  const notAfterNow = (date: Date) => (date.getTime() > latest ? new Date(latest) : date);
  const add = (
    actorId: string,
    at: Date,
    event: { action: string; entityType: string; entityId: string; before?: object; after?: object },
  ) =>
    events.push({
      actorId,
      actorRole: roleOf.get(actorId) ?? null,
      createdAt: notAfterNow(at),
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      ...(event.before ? { before: event.before as Prisma.InputJsonValue } : {}),
      ...(event.after ? { after: event.after as Prisma.InputJsonValue } : {}),
    });

  const phaseCreated = new Map<string, Date>();
  for (const mission of rows.missions) {
    const phases = rows.phases
      .filter((p) => p.missionId === mission.id)
      .sort((a, b) => asDate(a.startDate)!.getTime() - asDate(b.startDate)!.getTime());
    const firstStart = asDate(phases[0]?.startDate) ?? DEMO_NOW;
    // Eight weeks ahead of the first phase, at nine in the morning; at the latest ten days ago.
    const created = new Date(
      Math.min(firstStart.getTime() - 56 * DAY_MS + 9 * HOUR_MS, DEMO_NOW.getTime() - 10 * DAY_MS),
    );
    const [first, ...later] = phases;
    const phaseSummary = (p: Prisma.PhaseCreateManyInput) => ({
      kind: p.kind,
      startDate: iso(p.startDate),
      endDate: iso(p.endDate),
      location: p.location ?? null,
    });
    add(coordinatorId, created, {
      action: "mission.create",
      entityType: "mission",
      entityId: mission.id!,
      after: {
        code: mission.code,
        title: mission.title,
        type: mission.type,
        parliamentId: mission.parliamentId,
        programmeId: mission.programmeId ?? null,
        status: "PLANNED",
        phases: first ? [phaseSummary(first)] : [],
      },
    });
    if (first) phaseCreated.set(first.id!, created);
    later.forEach((phase, index) => {
      const at = plus(created, (index + 1) * 2 * DAY_MS + 2 * HOUR_MS);
      phaseCreated.set(phase.id!, at);
      add(coordinatorId, at, {
        action: "phase.create",
        entityType: "phase",
        entityId: phase.id!,
        after: {
          missionId: mission.id,
          ...phaseSummary(phase),
          reportDueDate: iso(phase.reportDueDate),
          status: "PLANNED",
        },
      });
    });
  }

  // The team a week after its phase was added, lead first, an hour apart.
  const byPhase = new Map<string, Prisma.AssignmentCreateManyInput[]>();
  for (const a of rows.assignments) byPhase.set(a.phaseId, [...(byPhase.get(a.phaseId) ?? []), a]);
  for (const [phaseId, team] of byPhase) {
    const base = plus(phaseCreated.get(phaseId) ?? DEMO_NOW, 7 * DAY_MS);
    [...team]
      .sort((a, b) => (a.role === b.role ? 0 : a.role === "LEAD" ? -1 : 1))
      .forEach((a, index) =>
        add(a.assignedById ?? coordinatorId, plus(base, index * HOUR_MS), {
          action: "phase.assignExpert",
          entityType: "assignment",
          entityId: a.id!,
          after: { id: a.id, phaseId, expertId: a.expertId, role: a.role, overrideReason: a.overrideReason ?? null },
        }),
      );
  }

  // Phases moved on from planned: on the day fieldwork started or ended (the move's last step).
  for (const phase of rows.phases) {
    if (phase.status === "PLANNED" || !phase.status) continue;
    // A confirmed team the day after its last member joined; a cancellation a little later.
    const added = phaseCreated.get(phase.id!) ?? DEMO_NOW;
    const at =
      phase.status === "TEAM_CONFIRMED"
        ? plus(added, 8 * DAY_MS)
        : phase.status === "CANCELLED"
          ? plus(added, 10 * DAY_MS)
          : plus(
              asDate(phase.actualEndDate) ?? asDate(phase.actualStartDate) ?? asDate(phase.startDate)!,
              15 * HOUR_MS,
            );
    add(coordinatorId, at, {
      action: "phase.update",
      entityType: "phase",
      entityId: phase.id!,
      before: { status: "PLANNED" },
      after: {
        status: phase.status,
        ...(phase.actualStartDate ? { actualStartDate: iso(phase.actualStartDate) } : {}),
        ...(phase.actualEndDate ? { actualEndDate: iso(phase.actualEndDate) } : {}),
      },
    });
  }

  // Findings: logged, submitted a few hours later, then validated or rejected by the lead.
  const leadOf = new Map(
    rows.assignments.filter((a) => a.role === "LEAD").map((a) => [a.phaseId, userOfExpert.get(a.expertId)]),
  );
  for (const finding of rows.findings) {
    const created = asDate(finding.createdAt)!;
    const validated = asDate(finding.validatedAt);
    add(finding.authorId, created, {
      action: "finding.create",
      entityType: "finding",
      entityId: finding.id!,
      after: {
        phaseId: finding.phaseId,
        area: finding.area,
        kind: finding.kind,
        title: finding.title,
        status: "DRAFT",
      },
    });
    if (finding.status === "DRAFT") continue;
    const submitted = validated
      ? new Date(Math.min(created.getTime() + 3 * HOUR_MS, (created.getTime() + validated.getTime()) / 2))
      : plus(created, 3 * HOUR_MS);
    add(finding.authorId, submitted, {
      action: "finding.setStatus",
      entityType: "finding",
      entityId: finding.id!,
      before: { status: "DRAFT" },
      after: { status: "SUBMITTED" },
    });
    if (finding.status === "SUBMITTED") continue;
    const reviewer = finding.validatedById ?? leadOf.get(finding.phaseId) ?? coordinatorId;
    add(reviewer, validated ?? plus(created, DAY_MS), {
      action: "finding.setStatus",
      entityType: "finding",
      entityId: finding.id!,
      before: { status: "SUBMITTED" },
      after: { status: finding.status },
    });
  }

  // Roadmaps: started once the findings were in (or ten days before the first submission),
  // then each submission and the parliament's decision on it.
  const reviewOf = new Map(reviews.map((r) => [r.roadmapId, r]));
  for (const roadmap of rows.roadmaps) {
    const review = reviewOf.get(roadmap.id!);
    const phaseIds = new Set(rows.phases.filter((p) => p.missionId === roadmap.missionId).map((p) => p.id));
    const lastFinding = Math.max(
      0,
      ...rows.findings
        .filter((f) => phaseIds.has(f.phaseId))
        .map((f) => (asDate(f.validatedAt) ?? asDate(f.createdAt)!).getTime()),
    );
    const started = review?.revisions[0]
      ? plus(review.revisions[0].createdAt, -10 * DAY_MS)
      : new Date(Math.max(lastFinding + 2 * DAY_MS, DEMO_NOW.getTime() - 20 * DAY_MS));
    add(coordinatorId, started, {
      action: "roadmap.create",
      entityType: "roadmap",
      entityId: roadmap.id!,
      after: { missionId: roadmap.missionId, title: roadmap.title, status: "DRAFT" },
    });
    review?.revisions.forEach((revision, index) => {
      if (revision.kind === "SUBMISSION") {
        add(revision.createdById, revision.createdAt, {
          action: "roadmap.submitForReview",
          entityType: "roadmap",
          entityId: roadmap.id!,
          after: { status: "IN_REVIEW", revision: index + 1 },
        });
      }
      if (revision.decision) {
        add(revision.decision.decidedById, revision.decision.createdAt, {
          action: "roadmap.review",
          entityType: "roadmap",
          entityId: roadmap.id!,
          before: { status: "IN_REVIEW" },
          after: {
            status: revision.decision.decision === "ENDORSE" ? "ENDORSED" : "CHANGES_REQUESTED",
            decision: revision.decision.decision,
            revision: index + 1,
          },
        });
      }
    });
  }
  return events;
}
