// Turns the constants of demo-data.ts into rows, once: on a database that already has a
// user, it does nothing, so a restart never duplicates the demo nor touches real data.
// Everything goes in one transaction, so a failed seed leaves an empty database that the
// next start seeds again.
import { randomUUID } from "node:crypto";
import type { Role } from "@hemicycle/shared/enums";
import { hashPassword } from "../auth/password.ts";
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import { missionStatusFromPhases } from "../services/mission-status.ts";
import {
  COORDINATOR_EMAIL,
  DEMO_EXPERTS,
  DEMO_FINDINGS,
  DEMO_MISSIONS,
  DEMO_PARLIAMENTS,
  DEMO_PROGRAMMES,
  DEMO_ROADMAPS,
  DEMO_USERS,
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
  roadmaps: Prisma.RoadmapCreateManyInput[];
  roadmapItems: Prisma.RoadmapItemCreateManyInput[];
  dependencies: Prisma.RoadmapItemDependencyCreateManyInput[];
  itemFindings: Prisma.RoadmapItemFindingCreateManyInput[];
};

/** Resolves the demo data's keys to fresh ids; pure apart from the ids. */
function buildRows(passwordHash: string): DemoRows {
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
        createdAt: new Date(f.createdAt),
        updatedAt: new Date(f.validatedAt ?? f.createdAt),
      };
    }),
    roadmaps: [],
    roadmapItems: [],
    dependencies: [],
    itemFindings: [],
  };

  for (const roadmap of DEMO_ROADMAPS) {
    const roadmapId = randomUUID();
    const itemIds = new Map(roadmap.items.map((item) => [item.key, randomUUID()]));
    rows.roadmaps.push({
      id: roadmapId,
      missionId: lookup(missionIds, roadmap.mission, "mission"),
      title: roadmap.title,
      vision: roadmap.vision,
      horizonStart: roadmap.horizonStart,
      horizonEnd: roadmap.horizonEnd,
      status: roadmap.status,
    });
    roadmap.items.forEach(({ key, dependsOn, findings, startDate, endDate, ...item }, position) => {
      const itemId = lookup(itemIds, key, "roadmap item");
      rows.roadmapItems.push({
        id: itemId,
        roadmapId,
        position,
        startDate: day(startDate),
        endDate: day(endDate),
        ...item,
      });
      for (const prerequisite of dependsOn) {
        rows.dependencies.push({ itemId, dependsOnId: lookup(itemIds, prerequisite, "roadmap item") });
      }
      for (const finding of findings) {
        rows.itemFindings.push({ itemId, findingId: lookup(findingIds, finding, "finding") });
      }
    });
  }
  return rows;
}

/**
 * Seeds the demo data on an empty database (no user yet); returns `{ seeded: false }`
 * and changes nothing otherwise.
 */
export async function seedDemoData(prisma: PrismaClient): Promise<{ seeded: boolean }> {
  if ((await prisma.user.count()) > 0) return { seeded: false };

  // Argon2id is slow on purpose: hash once, every demo account shares the password.
  const rows = buildRows(await hashPassword(DEMO_PASSWORD));

  return prisma.$transaction(
    async (tx) => {
      // Another process may have seeded while we were hashing.
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
      await tx.roadmap.createMany({ data: rows.roadmaps });
      await tx.roadmapItem.createMany({ data: rows.roadmapItems });
      await tx.roadmapItemDependency.createMany({ data: rows.dependencies });
      await tx.roadmapItemFinding.createMany({ data: rows.itemFindings });

      const counts = Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.length]));
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
