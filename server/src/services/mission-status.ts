// A mission's status follows from its phases; stored on the mission so lists can filter
// on it, and recomputed in the same transaction as any phase change (decision 0004).
import type { MissionStatus, PhaseStatus } from "@hemicycle/shared/enums";
import type { Tx } from "../db/types.ts";
import { recordAudit, type AuditActor } from "./audit.ts";

const NOT_STARTED: readonly PhaseStatus[] = ["PLANNED", "TEAM_CONFIRMED"];

export function missionStatusFromPhases(phases: readonly { status: PhaseStatus }[]): MissionStatus {
  const live = phases.filter((p) => p.status !== "CANCELLED");
  if (live.length === 0) return phases.length === 0 ? "PLANNED" : "CANCELLED";
  if (live.every((p) => p.status === "FINALISED")) return "COMPLETED";
  if (live.every((p) => NOT_STARTED.includes(p.status))) return "PLANNED";
  return "IN_PROGRESS";
}

/** Recomputes the stored mission status from its phases, in the phase change's transaction. */
export async function refreshMissionStatus(tx: Tx, actor: AuditActor, missionId: string): Promise<void> {
  const mission = await tx.mission.findUniqueOrThrow({ where: { id: missionId }, select: { status: true } });
  const phases = await tx.phase.findMany({ where: { missionId }, select: { status: true } });
  const status = missionStatusFromPhases(phases);
  if (status === mission.status) return;
  // A derived field: no version bump (nobody edits it), but the change is on the record.
  await tx.mission.update({ where: { id: missionId }, data: { status }, select: { id: true } });
  await recordAudit(tx, actor, {
    action: "mission.status",
    entityType: "mission",
    entityId: missionId,
    before: { status: mission.status },
    after: { status },
  });
}
