// A phase's team: putting an expert on it (refused on a double booking or an unavailable
// period unless a coordinator gives a reason, see scheduling.ts), taking one off, copying
// another phase's team over and changing the lead. Every change locks the phase first,
// then the experts concerned (db/locks.ts).
import { message } from "@hemicycle/shared/messages";
import type { Actor } from "@hemicycle/shared/policy";
import type { Clash } from "@hemicycle/shared/errors";
import type { TAssignExpertInput, TUnassignExpertInput } from "@hemicycle/shared/schemas/missions";
import type { TCopyTeamInput, TSetLeadInput } from "@hemicycle/shared/schemas/team";
import { phaseAcceptsTeamChanges } from "@hemicycle/shared/workflows/phase";
import type { Prisma } from "../db/generated/client.ts";
import { lockRows } from "../db/locks.ts";
import type { Db } from "../db/types.ts";
import { AppError, clashError, duplicate, fail, fieldError, notFound, staleVersion } from "../lib/errors.ts";
import { recordAudit } from "./audit.ts";
import { tellTeamChanges, type TeamChange } from "./notification-triggers.ts";
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
    await tellTeamChanges(tx, actor, phase.id, [
      {
        change: "assigned",
        expertId: input.expertId,
        role: input.role,
        overrideReason: assignment.overrideReason,
        clashes,
      },
    ]);
    return readPhase(tx, phase.id);
  });
}

/**
 * Takes an expert off a phase. One already taken off (a second tab, a colleague) is a
 * stale view rather than a missing record: CONFLICT (STALE_VERSION) with the phase as it
 * is now, so the client can show the current team and say what happened.
 */
export async function unassignExpert(db: Db, actor: Actor, input: TUnassignExpertInput) {
  return db.$transaction(async (tx) => {
    if ((await lockRows(tx, "phases", [input.phaseId])).length === 0) throw notFound("phase");
    const assignment = await tx.assignment.findUnique({
      where: { phaseId_expertId: { phaseId: input.phaseId, expertId: input.expertId } },
      select: assignmentAuditSelect,
    });
    if (!assignment) {
      throw AppError.of("STALE_VERSION", message("teamMemberGone", { name: await expertName(tx, input.expertId) }), {
        details: { current: await readPhase(tx, input.phaseId) },
      });
    }
    await tx.assignment.delete({ where: { id: assignment.id } });
    await recordAudit(tx, actor, {
      action: "phase.unassignExpert",
      entityType: "assignment",
      entityId: assignment.id,
      before: assignment,
    });
    await tellTeamChanges(tx, actor, input.phaseId, [{ change: "removed", expertId: input.expertId }]);
    return readPhase(tx, input.phaseId);
  });
}

/** One expert of a copied team and what became of them. */
export type CopiedMember = { expertId: string; name: string; role: "LEAD" | "MEMBER" };
export type RefusedMember = { expertId: string; name: string; clashes: Clash[] };

/**
 * Puts the team of one phase on another phase of the same mission (the assessment's team on
 * the strategic plan) in one step. Each expert is checked like a single assignment: one who
 * clashes is refused and listed with their clashes, unless the input carries a reason for
 * them; the others are added. The source's lead leads the target unless it has a lead.
 */
export async function copyTeam(db: Db, actor: Actor, input: TCopyTeamInput) {
  return db.$transaction(async (tx) => {
    if (input.fromPhaseId === input.toPhaseId) throw fieldError("toPhaseId", "invalidChoice");
    await lockRows(tx, "phases", [input.fromPhaseId, input.toPhaseId]);
    const phases = await tx.phase.findMany({
      where: { id: { in: [input.fromPhaseId, input.toPhaseId] } },
      select: {
        id: true,
        missionId: true,
        startDate: true,
        endDate: true,
        status: true,
        team: { select: { expertId: true, role: true, expert: { select: { name: true } } } },
      },
    });
    const from = phases.find((p) => p.id === input.fromPhaseId);
    const to = phases.find((p) => p.id === input.toPhaseId);
    if (!from || !to) throw notFound("phase");
    if (from.missionId !== to.missionId) throw fieldError("fromPhaseId", "invalidChoice");
    if (!phaseAcceptsTeamChanges(to.status)) throw fail("INVALID_TRANSITION", "phaseCancelledNoAssign");

    const already = new Set(to.team.map((m) => m.expertId));
    const candidates = from.team.filter((m) => !already.has(m.expertId));
    await lockRows(
      tx,
      "experts",
      candidates.map((m) => m.expertId),
    );
    let hasLead = to.team.some((m) => m.role === "LEAD");
    const reasons = new Map(input.overrides.map((o) => [o.expertId, o.reason]));
    const added: CopiedMember[] = [];
    const refused: RefusedMember[] = [];
    const told: TeamChange[] = [];
    // The lead first, so that they keep the lead when the target has none.
    for (const member of [...candidates].sort((a, b) => (a.role === b.role ? 0 : a.role === "LEAD" ? -1 : 1))) {
      const clashes = await findClashes(tx, member.expertId, to, to.id);
      const reason = reasons.get(member.expertId);
      if (clashes.length && !reason) {
        refused.push({ expertId: member.expertId, name: member.expert.name, clashes });
        continue;
      }
      const role = member.role === "LEAD" && !hasLead ? "LEAD" : "MEMBER";
      if (role === "LEAD") hasLead = true;
      const assignment = await tx.assignment.create({
        data: {
          phaseId: to.id,
          expertId: member.expertId,
          role,
          overrideReason: clashes.length ? reason : null,
          assignedById: actor.id,
        },
        select: assignmentAuditSelect,
      });
      await recordAudit(tx, actor, {
        action: "phase.copyTeam",
        entityType: "assignment",
        entityId: assignment.id,
        after: { ...assignment, copiedFromPhaseId: from.id },
      });
      added.push({ expertId: member.expertId, name: member.expert.name, role });
      told.push({
        change: "assigned",
        expertId: member.expertId,
        role,
        overrideReason: assignment.overrideReason,
        clashes,
      });
    }
    await tellTeamChanges(tx, actor, to.id, told);
    return { phase: await readPhase(tx, to.id), added, refused };
  });
}

/**
 * Makes a team member the phase's lead in one step; the previous lead stays on the team as
 * a member. The phase is locked first, so that two concurrent changes of lead end with one.
 */
export async function setLead(db: Db, actor: Actor, input: TSetLeadInput) {
  return db.$transaction(async (tx) => {
    await lockRows(tx, "phases", [input.phaseId]);
    const phase = await tx.phase.findUnique({
      where: { id: input.phaseId },
      select: { id: true, status: true, version: true, team: { select: assignmentAuditSelect } },
    });
    if (!phase) throw notFound("phase");
    if (input.version !== undefined && input.version !== phase.version) {
      throw staleVersion("phase", await readPhase(tx, phase.id));
    }
    if (!phaseAcceptsTeamChanges(phase.status)) throw fail("INVALID_TRANSITION", "phaseCancelledNoAssign");
    const next = phase.team.find((m) => m.expertId === input.expertId);
    if (!next) {
      throw AppError.of("STALE_VERSION", message("teamMemberGone", { name: await expertName(tx, input.expertId) }), {
        details: { current: await readPhase(tx, phase.id) },
      });
    }
    if (next.role === "LEAD") return readPhase(tx, phase.id);
    const previous = phase.team.find((m) => m.role === "LEAD");
    if (previous) {
      const demoted = await tx.assignment.update({
        where: { id: previous.id },
        data: { role: "MEMBER" },
        select: assignmentAuditSelect,
      });
      await recordAudit(tx, actor, {
        action: "phase.setLead",
        entityType: "assignment",
        entityId: previous.id,
        before: previous,
        after: demoted,
      });
    }
    const promoted = await tx.assignment.update({
      where: { id: next.id },
      data: { role: "LEAD" },
      select: assignmentAuditSelect,
    });
    await recordAudit(tx, actor, {
      action: "phase.setLead",
      entityType: "assignment",
      entityId: next.id,
      before: next,
      after: promoted,
    });
    return readPhase(tx, phase.id);
  });
}
