// Missions, their phases and their teams: the rules (dates, double booking, derived
// status) and the Prisma access, scoped to what the caller may see.
import type { SessionUser } from "../context.ts";
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import { AppError, fieldError, notFound, staleVersion } from "../lib/errors.ts";
import { isoDate } from "../lib/dates.ts";
import { paginate } from "../lib/pagination.ts";
import { searchWhere } from "../lib/search.ts";
import type {
  TAddPhaseInput,
  TAssignExpertInput,
  TCreateMissionInput,
  TMissionListInput,
  TUnassignExpertInput,
  TUpdateMissionInput,
  TUpdatePhaseInput,
} from "@hemicycle/shared/schemas/missions";
import { missionScope } from "./access.ts";
import { recordAudit } from "./audit.ts";
import { missionStatusFromPhases } from "./mission-status.ts";
import { canMovePhase } from "@hemicycle/shared/phase-workflow";

type Tx = Prisma.TransactionClient;

export const missionListSelect = {
  id: true,
  code: true,
  title: true,
  type: true,
  status: true,
  version: true,
  createdAt: true,
  parliament: { select: { id: true, name: true, countryCode: true } },
  programme: { select: { id: true, name: true } },
  phases: { select: { startDate: true, endDate: true }, orderBy: { startDate: "asc" } },
} satisfies Prisma.MissionSelect;

const teamMemberSelect = {
  expertId: true,
  role: true,
  overrideReason: true,
  expert: { select: { id: true, name: true, institution: true, countryCode: true } },
} satisfies Prisma.AssignmentSelect;

/** A phase's own fields: what the audit log records of it. */
const phaseAuditSelect = {
  id: true,
  missionId: true,
  kind: true,
  status: true,
  startDate: true,
  endDate: true,
  actualStartDate: true,
  actualEndDate: true,
  location: true,
  reportDueDate: true,
  version: true,
} satisfies Prisma.PhaseSelect;

export const phaseSelect = {
  ...phaseAuditSelect,
  team: { select: teamMemberSelect, orderBy: [{ role: "asc" }, { createdAt: "asc" }] },
} satisfies Prisma.PhaseSelect;

export const missionDetailSelect = {
  id: true,
  code: true,
  title: true,
  type: true,
  status: true,
  objectives: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  parliamentId: true,
  programmeId: true,
  parliament: { select: { id: true, name: true, countryCode: true } },
  programme: { select: { id: true, name: true } },
  coordinator: { select: { id: true, name: true } },
  phases: { select: phaseSelect, orderBy: { startDate: "asc" } },
} satisfies Prisma.MissionSelect;

export async function listMissions(db: PrismaClient, user: SessionUser, input: TMissionListInput) {
  const where: Prisma.MissionWhereInput = {
    AND: [
      missionScope(user),
      input.parliamentId ? { parliamentId: input.parliamentId } : {},
      input.programmeId ? { programmeId: input.programmeId } : {},
      input.status ? { status: input.status } : {},
      searchWhere(input.search, (term) => [
        { code: term },
        { title: term },
        { parliament: { name: term } },
        { programme: { name: term } },
      ]),
    ],
  };
  const page = await paginate(input, (args) =>
    db.mission.findMany({
      ...args,
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: missionListSelect,
    }),
  );
  return {
    nextCursor: page.nextCursor,
    items: page.items.map(({ phases, ...mission }) => ({
      ...mission,
      phaseCount: phases.length,
      startDate: phases[0]?.startDate ?? null,
      endDate: phases.reduce<Date | null>((end, p) => (!end || p.endDate > end ? p.endDate : end), null),
    })),
  };
}

export async function getMission(db: PrismaClient | Tx, user: SessionUser, id: string) {
  const mission = await db.mission.findFirst({
    where: { AND: [{ id }, missionScope(user)] },
    select: missionDetailSelect,
  });
  if (!mission) throw notFound("Mission");
  if (user.role !== "PARLIAMENT_STAFF") return mission;
  // A coordinator's reason for overriding a clash may name other parliaments' missions.
  return {
    ...mission,
    phases: mission.phases.map((p) => ({ ...p, team: p.team.map((m) => ({ ...m, overrideReason: null })) })),
  };
}

async function assertReferences(
  tx: Tx,
  refs: { parliamentId?: string; programmeId?: string | null; coordinatorId?: string | null },
) {
  if (
    refs.parliamentId &&
    !(await tx.parliament.findUnique({ where: { id: refs.parliamentId }, select: { id: true } }))
  ) {
    throw fieldError("parliamentId", "Choose an existing parliament");
  }
  if (refs.programmeId && !(await tx.programme.findUnique({ where: { id: refs.programmeId }, select: { id: true } }))) {
    throw fieldError("programmeId", "Choose an existing programme");
  }
  if (refs.coordinatorId) {
    const coordinator = await tx.user.findUnique({ where: { id: refs.coordinatorId }, select: { role: true } });
    if (!coordinator || (coordinator.role !== "COORDINATOR" && coordinator.role !== "ADMIN")) {
      throw fieldError("coordinatorId", "Choose a coordinator");
    }
  }
}

async function assertCodeFree(tx: Tx, code: string, exceptId?: string) {
  const existing = await tx.mission.findUnique({ where: { code }, select: { id: true } });
  if (existing && existing.id !== exceptId)
    throw new AppError("DUPLICATE", `The code ${code} is already used by another mission.`, {
      fieldErrors: { code: ["Already used by another mission"] },
    });
}

export async function createMission(db: PrismaClient, user: SessionUser, input: TCreateMissionInput) {
  return db.$transaction(async (tx) => {
    await assertReferences(tx, input);
    await assertCodeFree(tx, input.code);
    const created = await tx.mission.create({
      data: {
        code: input.code,
        title: input.title,
        type: input.type,
        parliamentId: input.parliamentId,
        programmeId: input.programmeId ?? null,
        objectives: input.objectives,
        coordinatorId: input.coordinatorId ?? (user.role === "COORDINATOR" ? user.id : null),
        status: missionStatusFromPhases(input.phases.map(() => ({ status: "PLANNED" as const }))),
        phases: {
          create: input.phases.map((p) => ({
            kind: p.kind,
            startDate: p.startDate,
            endDate: p.endDate,
            location: p.location,
            reportDueDate: p.reportDueDate ?? null,
          })),
        },
      },
      select: missionDetailSelect,
    });
    const { phases, parliament: _parliament, programme: _programme, coordinator: _coordinator, ...row } = created;
    await recordAudit(tx, user, {
      action: "mission.create",
      entityType: "mission",
      entityId: created.id,
      after: {
        ...row,
        phases: phases.map((p) => ({ kind: p.kind, startDate: p.startDate, endDate: p.endDate, location: p.location })),
      },
    });
    return created;
  });
}

const missionAuditSelect = {
  id: true,
  code: true,
  title: true,
  type: true,
  programmeId: true,
  objectives: true,
  coordinatorId: true,
  status: true,
  version: true,
} satisfies Prisma.MissionSelect;

export async function updateMission(db: PrismaClient, user: SessionUser, input: TUpdateMissionInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.mission.findUnique({ where: { id: input.id }, select: missionAuditSelect });
    if (!before) throw notFound("Mission");
    if (before.version !== input.version) throw staleVersion("mission", await getMission(tx, user, input.id));
    await assertReferences(tx, input);
    if (input.code) await assertCodeFree(tx, input.code, input.id);
    const { id, version, ...changes } = input;
    const updated = await tx.mission.updateMany({
      where: { id, version },
      data: { ...changes, version: { increment: 1 } },
    });
    if (updated.count === 0) throw staleVersion("mission", await getMission(tx, user, id));
    const after = await tx.mission.findUniqueOrThrow({ where: { id }, select: missionAuditSelect });
    await recordAudit(tx, user, { action: "mission.update", entityType: "mission", entityId: id, before, after });
    return getMission(tx, user, id);
  });
}

/** Recomputes the stored mission status from its phases (same transaction). */
async function refreshMissionStatus(tx: Tx, user: SessionUser, missionId: string) {
  const [mission, phases] = [
    await tx.mission.findUniqueOrThrow({ where: { id: missionId }, select: { status: true } }),
    await tx.phase.findMany({ where: { missionId }, select: { status: true } }),
  ];
  const status = missionStatusFromPhases(phases);
  if (status === mission.status) return;
  // A derived field: no version bump (nobody edits it), but the change is on the record.
  await tx.mission.update({ where: { id: missionId }, data: { status }, select: { id: true } });
  await recordAudit(tx, user, {
    action: "mission.status",
    entityType: "mission",
    entityId: missionId,
    before: { status: mission.status },
    after: { status },
  });
}

export async function addPhase(db: PrismaClient, user: SessionUser, input: TAddPhaseInput) {
  return db.$transaction(async (tx) => {
    const mission = await tx.mission.findUnique({ where: { id: input.missionId }, select: { id: true } });
    if (!mission) throw notFound("Mission");
    const { missionId, ...fields } = input;
    const phase = await tx.phase.create({
      data: { missionId, ...fields, reportDueDate: fields.reportDueDate ?? null },
      select: phaseSelect,
    });
    await refreshMissionStatus(tx, user, missionId);
    await recordAudit(tx, user, {
      action: "phase.create",
      entityType: "phase",
      entityId: phase.id,
      after: {
        missionId,
        kind: phase.kind,
        startDate: phase.startDate,
        endDate: phase.endDate,
        location: phase.location,
        reportDueDate: phase.reportDueDate,
      },
    });
    return phase;
  });
}

export async function updatePhase(db: PrismaClient, user: SessionUser, input: TUpdatePhaseInput) {
  return db.$transaction(async (tx) => {
    // Lock the phase, as assignExpert does, so that a concurrent assignment and this change
    // of dates or status cannot both pass their clash checks.
    await tx.$queryRaw`SELECT id FROM phases WHERE id = ${input.id} FOR UPDATE`;
    const before = await tx.phase.findUnique({ where: { id: input.id }, select: phaseAuditSelect });
    if (!before) throw notFound("Phase");
    const current = () => tx.phase.findUniqueOrThrow({ where: { id: input.id }, select: phaseSelect });
    if (before.version !== input.version) throw staleVersion("phase", await current());
    const { id, version, ...changes } = input;
    const startDate = changes.startDate ?? before.startDate;
    const endDate = changes.endDate ?? before.endDate;
    if (endDate < startDate) throw fieldError("endDate", "The phase cannot end before it starts");
    if (changes.status && !canMovePhase(before.status, changes.status)) {
      throw new AppError(
        "INVALID_TRANSITION",
        `A phase cannot go from ${before.status.toLowerCase().replace(/_/g, " ")} to ${changes.status.toLowerCase().replace(/_/g, " ")}.`,
        { fieldErrors: { status: ["Not allowed from the current status"] } },
      );
    }
    const reinstated = before.status === "CANCELLED" && changes.status !== undefined && changes.status !== "CANCELLED";
    const cancelled = (changes.status ?? before.status) === "CANCELLED";
    const { overrideReason, ...fields } = changes;
    const clashing: string[] = [];
    if (!cancelled && (changes.startDate || changes.endDate || reinstated)) {
      // New dates, or a cancelled phase coming back, must not double-book anyone on the
      // team, not even someone once assigned with an override: that reason was given for
      // other dates. A coordinator's new reason covers the new clashes. Team members are
      // locked in id order, after the phase, as assignExpert locks phase then expert.
      const team = await tx.assignment.findMany({
        where: { phaseId: id },
        select: { expertId: true },
        orderBy: { expertId: "asc" },
      });
      for (const member of team) {
        await tx.$queryRaw`SELECT id FROM experts WHERE id = ${member.expertId} FOR UPDATE`;
      }
      for (const member of team) {
        const clashes = await findClashes(tx, member.expertId, { startDate, endDate }, id);
        if (clashes.length && !overrideReason) throw clashError(clashes, await expertName(tx, member.expertId));
        if (clashes.length) clashing.push(member.expertId);
      }
    }
    const updated = await tx.phase.updateMany({
      where: { id, version },
      data: { ...fields, version: { increment: 1 } },
    });
    if (updated.count === 0) throw staleVersion("phase", await current());
    if (clashing.length) {
      await tx.assignment.updateMany({ where: { phaseId: id, expertId: { in: clashing } }, data: { overrideReason } });
    }
    await refreshMissionStatus(tx, user, before.missionId);
    const after = await tx.phase.findUniqueOrThrow({ where: { id }, select: phaseAuditSelect });
    await recordAudit(tx, user, {
      action: "phase.update",
      entityType: "phase",
      entityId: id,
      before,
      after: clashing.length ? { ...after, overrideReason, overriddenFor: clashing } : after,
    });
    return current();
  });
}

export type Clash =
  | { kind: "phase"; phaseId: string; missionCode: string; phaseKind: string; startDate: Date; endDate: Date }
  | { kind: "unavailability"; startDate: Date; endDate: Date; reason: string | null };

/** The expert's other non-cancelled phases and unavailable periods that overlap `range`. */
export async function findClashes(
  tx: Tx | PrismaClient,
  expertId: string,
  range: { startDate: Date; endDate: Date },
  exceptPhaseId?: string,
): Promise<Clash[]> {
  // One after the other: inside a transaction both run on one connection anyway.
  const phases = await tx.phase.findMany({
    where: {
      id: exceptPhaseId ? { not: exceptPhaseId } : undefined,
      status: { not: "CANCELLED" },
      startDate: { lte: range.endDate },
      endDate: { gte: range.startDate },
      team: { some: { expertId } },
    },
    select: { id: true, kind: true, startDate: true, endDate: true, mission: { select: { code: true } } },
    orderBy: { startDate: "asc" },
  });
  const unavailable = await tx.expertUnavailability.findMany({
    where: { expertId, startDate: { lte: range.endDate }, endDate: { gte: range.startDate } },
    select: { startDate: true, endDate: true, reason: true },
    orderBy: { startDate: "asc" },
  });
  return [
    ...phases.map((p) => ({
      kind: "phase" as const,
      phaseId: p.id,
      missionCode: p.mission.code,
      phaseKind: p.kind,
      startDate: p.startDate,
      endDate: p.endDate,
    })),
    ...unavailable.map((u) => ({
      kind: "unavailability" as const,
      startDate: u.startDate,
      endDate: u.endDate,
      reason: u.reason,
    })),
  ];
}

async function expertName(tx: Tx, expertId: string): Promise<string> {
  const expert = await tx.expert.findUnique({ where: { id: expertId }, select: { name: true } });
  return expert?.name ?? "This expert";
}

function clashError(clashes: Clash[], name: string): AppError {
  const first = clashes[0]!;
  const message =
    first.kind === "phase"
      ? `${name} is already on ${first.missionCode} (${first.phaseKind.toLowerCase().replace(/_/g, " ")}) from ${isoDate(first.startDate)} to ${isoDate(first.endDate)}, which overlaps this phase.`
      : `${name} is unavailable from ${isoDate(first.startDate)} to ${isoDate(first.endDate)}${first.reason ? ` (${first.reason})` : ""}, which overlaps this phase.`;
  return new AppError(first.kind === "phase" ? "PHASE_OVERLAP" : "EXPERT_UNAVAILABLE", message, { clashes });
}

/** What the audit log records of an assignment. */
const assignmentAuditSelect = {
  id: true,
  phaseId: true,
  expertId: true,
  role: true,
  overrideReason: true,
} satisfies Prisma.AssignmentSelect;

export async function assignExpert(db: PrismaClient, user: SessionUser, input: TAssignExpertInput) {
  return db.$transaction(async (tx) => {
    // Lock the phase first (then the expert, always in this order) so that two concurrent
    // assignments cannot both find the phase without a lead.
    await tx.$queryRaw`SELECT id FROM phases WHERE id = ${input.phaseId} FOR UPDATE`;
    const phase = await tx.phase.findUnique({
      where: { id: input.phaseId },
      select: { id: true, missionId: true, startDate: true, endDate: true, status: true },
    });
    if (!phase) throw notFound("Phase");
    if (phase.status === "CANCELLED")
      throw new AppError("INVALID_TRANSITION", "This phase is cancelled: nobody can be assigned to it.");
    // Lock the expert's row so that two concurrent assignments cannot both pass the overlap check.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM experts WHERE id = ${input.expertId} FOR UPDATE`;
    if (locked.length === 0) throw fieldError("expertId", "Choose an existing expert");
    const existing = await tx.assignment.findUnique({
      where: { phaseId_expertId: { phaseId: phase.id, expertId: input.expertId } },
      select: { id: true },
    });
    if (existing) throw new AppError("DUPLICATE", "This expert is already on the phase's team.");
    const clashes = await findClashes(tx, input.expertId, phase, phase.id);
    if (clashes.length && !input.overrideReason) throw clashError(clashes, await expertName(tx, input.expertId));
    if (input.role === "LEAD") {
      const lead = await tx.assignment.findFirst({
        where: { phaseId: phase.id, role: "LEAD" },
        select: { expert: { select: { name: true } } },
      });
      if (lead)
        throw new AppError("DUPLICATE", `${lead.expert.name} already leads this phase. Make them a member first.`, {
          fieldErrors: { role: ["This phase already has a lead"] },
        });
    }
    const assignment = await tx.assignment.create({
      data: {
        phaseId: phase.id,
        expertId: input.expertId,
        role: input.role,
        overrideReason: clashes.length ? input.overrideReason : null,
        assignedById: user.id,
      },
      select: assignmentAuditSelect,
    });
    await recordAudit(tx, user, {
      action: "phase.assignExpert",
      entityType: "assignment",
      entityId: assignment.id,
      after: assignment,
    });
    return tx.phase.findUniqueOrThrow({ where: { id: phase.id }, select: phaseSelect });
  });
}

export async function unassignExpert(db: PrismaClient, user: SessionUser, input: TUnassignExpertInput) {
  return db.$transaction(async (tx) => {
    const assignment = await tx.assignment.findUnique({
      where: { phaseId_expertId: { phaseId: input.phaseId, expertId: input.expertId } },
      select: assignmentAuditSelect,
    });
    if (!assignment) throw notFound("Assignment");
    await tx.assignment.delete({ where: { id: assignment.id } });
    await recordAudit(tx, user, {
      action: "phase.unassignExpert",
      entityType: "assignment",
      entityId: assignment.id,
      before: assignment,
    });
    return tx.phase.findUniqueOrThrow({ where: { id: input.phaseId }, select: phaseSelect });
  });
}
