// Missions: listing and reading them within the actor's reach, creating one with its
// phases, editing its own fields, and keeping its derived status in step with its phases
// (decision 0004). Phases live in phases.ts, teams in assignments.ts.
import type { Actor } from "@hemicycle/shared/policy";
import { isManager, seesTeamPrivateDetails } from "@hemicycle/shared/policy";
import type { TCreateMissionInput, TUpdateMissionInput } from "@hemicycle/shared/schemas/missions";
import type { Prisma } from "../db/generated/client.ts";
import type { Db, DbOrTx, Tx } from "../db/types.ts";
import { missionScope, scoped } from "../access/scopes.ts";
import { duplicate, fieldError, notFound } from "../lib/errors.ts";
import { recordAudit } from "./audit.ts";
import { missionStatusFromPhases } from "./mission-status.ts";
import { phaseSelect, presentPhase } from "./phases.ts";
import { updateVersioned } from "./versioned-update.ts";

const missionDetailSelect = {
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

/** A mission's own fields: what the audit log records of it. */
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

export async function getMission(db: DbOrTx, actor: Actor, id: string) {
  const mission = await db.mission.findFirst({
    where: scoped<Prisma.MissionWhereInput>(missionScope(actor), { id }),
    select: missionDetailSelect,
  });
  if (!mission) throw notFound("mission");
  const phases = mission.phases.map((p) => presentPhase(p));
  if (seesTeamPrivateDetails(actor)) return { ...mission, phases };
  // A coordinator's reason for overriding a clash may name other parliaments' missions.
  return {
    ...mission,
    phases: phases.map((p) => ({ ...p, team: p.team.map((m) => ({ ...m, overrideReason: null })) })),
  };
}

async function assertReferences(
  tx: Tx,
  refs: { parliamentId?: string; programmeId?: string | null; coordinatorId?: string | null },
) {
  if (
    refs.parliamentId &&
    !(await tx.parliament.findUnique({ where: { id: refs.parliamentId }, select: { id: true } }))
  )
    throw fieldError("parliamentId", "unknownParliament");
  if (refs.programmeId && !(await tx.programme.findUnique({ where: { id: refs.programmeId }, select: { id: true } })))
    throw fieldError("programmeId", "unknownProgramme");
  if (refs.coordinatorId) {
    const coordinator = await tx.user.findUnique({ where: { id: refs.coordinatorId }, select: { role: true } });
    if (!coordinator || !isManager(coordinator)) throw fieldError("coordinatorId", "notACoordinator");
  }
}

async function assertCodeFree(tx: Tx, code: string, exceptId?: string) {
  const existing = await tx.mission.findUnique({ where: { code }, select: { id: true } });
  if (existing && existing.id !== exceptId) throw duplicate("missionCodeTaken", { code }, "code", "missionCodeInUse");
}

export async function createMission(db: Db, actor: Actor, input: TCreateMissionInput) {
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
        coordinatorId: input.coordinatorId ?? (actor.role === "COORDINATOR" ? actor.id : null),
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
    await recordAudit(tx, actor, {
      action: "mission.create",
      entityType: "mission",
      entityId: created.id,
      after: {
        ...row,
        phases: phases.map((p) => ({ kind: p.kind, startDate: p.startDate, endDate: p.endDate, location: p.location })),
      },
    });
    return { ...created, phases: phases.map((p) => presentPhase(p)) };
  });
}

export async function updateMission(db: Db, actor: Actor, input: TUpdateMissionInput) {
  const { id, version, ...changes } = input;
  return db.$transaction(async (tx) => {
    await updateVersioned(tx, actor, {
      entity: "mission",
      id,
      version,
      read: () => tx.mission.findUnique({ where: { id }, select: missionAuditSelect }),
      current: () => getMission(tx, actor, id),
      check: async () => {
        await assertReferences(tx, changes);
        if (changes.code) await assertCodeFree(tx, changes.code, id);
      },
      write: (where) => tx.mission.updateMany({ where, data: { ...changes, version: { increment: 1 } } }),
      audit: { action: "mission.update" },
    });
    return getMission(tx, actor, id);
  });
}
