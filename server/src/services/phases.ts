// A mission's phases: adding one, and changing its dates, place or status. Moving a phase
// re-checks its whole team against the new dates (scheduling.ts); a status move follows the
// phase kind's workflow and the calendar (shared/src/workflows/phase.ts); every change keeps
// the mission's derived status in step (mission-status.ts).
import {
  calendarContradiction,
  canMovePhase,
  dateOnlyToday,
  reportDaysLate,
  skippedPhaseSteps,
} from "@hemicycle/shared/workflows/phase";
import { message } from "@hemicycle/shared/messages";
import type { Actor } from "@hemicycle/shared/policy";
import type { TAddPhaseInput, TUpdatePhaseInput } from "@hemicycle/shared/schemas/missions";
import type { Prisma } from "../db/generated/client.ts";
import { lockRows } from "../db/locks.ts";
import type { Db, Tx } from "../db/types.ts";
import { AppError, clashError, fieldError, notFound } from "../lib/errors.ts";
import { recordAudit } from "./audit.ts";
import { refreshMissionStatus } from "./mission-status.ts";
import { expertName, findClashes } from "./scheduling.ts";
import { updateVersioned } from "./versioned-update.ts";

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

/** A phase as callers see it: its fields, its team, and how many days its report is late today. */
export function presentPhase<P extends Prisma.PhaseGetPayload<{ select: typeof phaseAuditSelect }>>(
  phase: P,
  today = dateOnlyToday(),
): P & { reportDaysLate: number } {
  return { ...phase, reportDaysLate: reportDaysLate(phase, today) };
}

export async function readPhase(tx: Tx, id: string) {
  return presentPhase(await tx.phase.findUniqueOrThrow({ where: { id }, select: phaseSelect }));
}

export async function addPhase(db: Db, actor: Actor, input: TAddPhaseInput) {
  return db.$transaction(async (tx) => {
    const { missionId, ...fields } = input;
    if (!(await tx.mission.findUnique({ where: { id: missionId }, select: { id: true } }))) throw notFound("mission");
    const phase = await tx.phase.create({
      data: { missionId, ...fields, reportDueDate: fields.reportDueDate ?? null },
      select: phaseSelect,
    });
    await refreshMissionStatus(tx, actor, missionId);
    const { team: _team, ...row } = phase;
    await recordAudit(tx, actor, { action: "phase.create", entityType: "phase", entityId: phase.id, after: row });
    return presentPhase(phase);
  });
}

/** Each pair of dates, as they will be once the change is merged into the phase. */
function assertDatePairs(before: Prisma.PhaseGetPayload<{ select: typeof phaseAuditSelect }>, changes: Changes) {
  const merged = <K extends keyof Changes & keyof typeof before>(key: K) =>
    changes[key] === undefined ? before[key] : changes[key];
  const pairs = [
    ["startDate", "endDate"],
    ["actualStartDate", "actualEndDate"],
  ] as const;
  for (const [startKey, endKey] of pairs) {
    const start = merged(startKey);
    const end = merged(endKey);
    // The field this change touched is the one in question (the end, when both moved).
    const field = changes[endKey] !== undefined || changes[startKey] === undefined ? endKey : startKey;
    if (start && end && end < start) throw fieldError(field, "endBeforeStart");
  }
}

type Changes = Omit<TUpdatePhaseInput, "id" | "version" | "overrideReason">;

export async function updatePhase(db: Db, actor: Actor, input: TUpdatePhaseInput) {
  const { id, version, overrideReason, ...changes } = input;
  return db.$transaction(async (tx) => {
    // The phase first, then its team: the order assignments lock in too (db/locks.ts).
    await lockRows(tx, "phases", [id]);
    /** Team members whom the new dates double-book, kept on with the coordinator's reason. */
    const overridden: string[] = [];
    /** The workflow steps a forward move jumps over, recorded with the change. */
    let skipped: string[] = [];
    const { before } = await updateVersioned(tx, actor, {
      entity: "phase",
      id,
      version,
      read: () => tx.phase.findUnique({ where: { id }, select: phaseAuditSelect }),
      current: () => readPhase(tx, id),
      check: async (before) => {
        assertDatePairs(before, changes);
        const kind = changes.kind ?? before.kind;
        if (changes.status && !canMovePhase(before.status, changes.status, kind)) {
          throw AppError.of(
            "INVALID_TRANSITION",
            message("phaseTransition", { from: before.status, to: changes.status }),
            {
              fieldErrors: { status: [message("statusNotAllowed")] },
            },
          );
        }
        if (changes.status && changes.status !== before.status) {
          skipped = skippedPhaseSteps(before.status, changes.status, kind);
          // Fieldwork before the phase starts, or finalised before it ends: the calendar
          // says otherwise, so the day it really happened must be on the record.
          const dates = {
            startDate: changes.startDate ?? before.startDate,
            endDate: changes.endDate ?? before.endDate,
          };
          const contradiction = calendarContradiction(dates, changes.status, dateOnlyToday());
          if (contradiction && !(changes[contradiction.field] ?? before[contradiction.field])) {
            throw fieldError(
              contradiction.field,
              contradiction.field === "actualStartDate" ? "actualStartRequired" : "actualEndRequired",
            );
          }
        }
        const reinstated =
          before.status === "CANCELLED" && changes.status !== undefined && changes.status !== "CANCELLED";
        const cancelled = (changes.status ?? before.status) === "CANCELLED";
        if (cancelled || !(changes.startDate || changes.endDate || reinstated)) return;
        // New dates, or a cancelled phase coming back, must not double-book anyone on the
        // team, not even someone once assigned with an override: that reason was given for
        // other dates. A coordinator's new reason covers the new clashes.
        const range = { startDate: changes.startDate ?? before.startDate, endDate: changes.endDate ?? before.endDate };
        const team = await tx.assignment.findMany({ where: { phaseId: id }, select: { expertId: true } });
        for (const expertId of await lockRows(
          tx,
          "experts",
          team.map((m) => m.expertId),
        )) {
          const clashes = await findClashes(tx, expertId, range, id);
          if (clashes.length && !overrideReason) throw clashError(await expertName(tx, expertId), clashes);
          if (clashes.length) overridden.push(expertId);
        }
      },
      write: async (where) => {
        const updated = await tx.phase.updateMany({ where, data: { ...changes, version: { increment: 1 } } });
        if (updated.count && overridden.length) {
          await tx.assignment.updateMany({
            where: { phaseId: id, expertId: { in: overridden } },
            data: { overrideReason },
          });
        }
        return updated;
      },
      audit: {
        action: "phase.update",
        note: () => {
          const note = {
            ...(overridden.length ? { overrideReason, overriddenFor: overridden } : {}),
            ...(skipped.length ? { skippedSteps: skipped } : {}),
          };
          return Object.keys(note).length ? note : undefined;
        },
      },
    });
    await refreshMissionStatus(tx, actor, before.missionId);
    return readPhase(tx, id);
  });
}
