// A phase's team: putting an expert on it (refused on a double booking or an unavailable
// period unless a coordinator gives a reason, see scheduling.ts) and taking one off.
import { message } from "@hemicycle/shared/messages";
import type { Actor } from "@hemicycle/shared/policy";
import type { TAssignExpertInput, TUnassignExpertInput } from "@hemicycle/shared/schemas/missions";
import { phaseAcceptsTeamChanges } from "@hemicycle/shared/workflows/phase";
import type { Prisma } from "../db/generated/client.ts";
import { lockRows } from "../db/locks.ts";
import type { Db } from "../db/types.ts";
import { AppError, clashError, duplicate, fail, fieldError, notFound } from "../lib/errors.ts";
import { recordAudit } from "./audit.ts";
import { readPhase } from "./phases.ts";
import { expertName, findClashes } from "./scheduling.ts";

/** What the audit log records of an assignment. */
const assignmentAuditSelect = {
  id: true,
  phaseId: true,
  expertId: true,
  role: true,
  overrideReason: true,
} satisfies Prisma.AssignmentSelect;

export async function assignExpert(db: Db, actor: Actor, input: TAssignExpertInput) {
  return db.$transaction(async (tx) => {
    // The phase first, then the expert (db/locks.ts): two concurrent assignments can then
    // neither both find the phase without a lead nor both find the expert free.
    await lockRows(tx, "phases", [input.phaseId]);
    const phase = await tx.phase.findUnique({
      where: { id: input.phaseId },
      select: { id: true, startDate: true, endDate: true, status: true },
    });
    if (!phase) throw notFound("phase");
    if (!phaseAcceptsTeamChanges(phase.status)) throw fail("INVALID_TRANSITION", "phaseCancelledNoAssign");
    if ((await lockRows(tx, "experts", [input.expertId])).length === 0) throw fieldError("expertId", "unknownExpert");
    const existing = await tx.assignment.findUnique({
      where: { phaseId_expertId: { phaseId: phase.id, expertId: input.expertId } },
      select: { id: true },
    });
    if (existing) throw AppError.of("DUPLICATE", message("expertAlreadyOnTeam"));
    const clashes = await findClashes(tx, input.expertId, phase, phase.id);
    if (clashes.length && !input.overrideReason) throw clashError(await expertName(tx, input.expertId), clashes);
    if (input.role === "LEAD") {
      const lead = await tx.assignment.findFirst({
        where: { phaseId: phase.id, role: "LEAD" },
        select: { expert: { select: { name: true } } },
      });
      if (lead) throw duplicate("phaseLeadTaken", { name: lead.expert.name }, "role", "phaseHasLead");
    }
    const assignment = await tx.assignment.create({
      data: {
        phaseId: phase.id,
        expertId: input.expertId,
        role: input.role,
        overrideReason: clashes.length ? input.overrideReason : null,
        assignedById: actor.id,
      },
      select: assignmentAuditSelect,
    });
    await recordAudit(tx, actor, {
      action: "phase.assignExpert",
      entityType: "assignment",
      entityId: assignment.id,
      after: assignment,
    });
    return readPhase(tx, phase.id);
  });
}

export async function unassignExpert(db: Db, actor: Actor, input: TUnassignExpertInput) {
  return db.$transaction(async (tx) => {
    const assignment = await tx.assignment.findUnique({
      where: { phaseId_expertId: { phaseId: input.phaseId, expertId: input.expertId } },
      select: assignmentAuditSelect,
    });
    if (!assignment) throw notFound("assignment");
    await tx.assignment.delete({ where: { id: assignment.id } });
    await recordAudit(tx, actor, {
      action: "phase.unassignExpert",
      entityType: "assignment",
      entityId: assignment.id,
      before: assignment,
    });
    return readPhase(tx, input.phaseId);
  });
}
