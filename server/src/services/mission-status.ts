// A mission's status follows from its phases; stored on the mission so lists can
// filter on it, and recomputed in the same transaction as any phase change.
import type { MissionStatus, PhaseStatus } from "@hemicycle/shared/enums";

const NOT_STARTED: readonly PhaseStatus[] = ["PLANNED", "TEAM_CONFIRMED"];

export function missionStatusFromPhases(phases: readonly { status: PhaseStatus }[]): MissionStatus {
  const live = phases.filter((p) => p.status !== "CANCELLED");
  if (live.length === 0) return phases.length === 0 ? "PLANNED" : "CANCELLED";
  if (live.every((p) => p.status === "FINALISED")) return "COMPLETED";
  if (live.every((p) => NOT_STARTED.includes(p.status))) return "PLANNED";
  return "IN_PROGRESS";
}
