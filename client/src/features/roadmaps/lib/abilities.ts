// What the signed-in user may do on a roadmap, asked of the shared policy and the
// roadmap's workflow with the facts the server sends along (`roadmap.viewer`, the
// mission's parliament). The editor offers exactly these; the server checks them again.
import {
  mayDiscussRoadmap,
  mayEditRoadmap,
  mayMakeRoadmapMove,
  mayUpdateRoadmapProgress,
  type Actor,
} from "@hemicycle/shared/policy";
import { ROADMAP_MOVES, roadmapAcceptsEdits } from "@hemicycle/shared/workflows/roadmap";
import type { Roadmap } from "../api/types.ts";

type RoadmapFacts = Pick<Roadmap, "status" | "baselineRevision" | "viewer"> & {
  mission: Pick<Roadmap["mission"], "parliamentId">;
};

export type RoadmapAbilities = {
  /** Change the plan: the roadmap's fields and its items (never while in review). */
  edit: boolean;
  /** Send it to the parliament for review (submit, or resubmit after changes were requested). */
  submit: boolean;
  /** Endorse it or request changes (the parliament's own staff, while in review). */
  review: boolean;
  /** Comment, reply, resolve. */
  discuss: boolean;
  /** Change items' progress (editors at any time, the parliament's staff once endorsed). */
  updateProgress: boolean;
};

export function roadmapAbilities(me: Pick<Actor, "role" | "parliamentId">, roadmap: RoadmapFacts): RoadmapAbilities {
  const facts = { ...roadmap.viewer, parliamentId: roadmap.mission.parliamentId };
  const movesNow = ROADMAP_MOVES.filter((m) => m.from === roadmap.status && mayMakeRoadmapMove(me, m, facts));
  return {
    edit: mayEditRoadmap(me, facts) && roadmapAcceptsEdits(roadmap.status),
    submit: movesNow.some((m) => m.by === "team"),
    review: movesNow.some((m) => m.by === "parliament"),
    discuss: mayDiscussRoadmap(me, facts),
    updateProgress: mayUpdateRoadmapProgress(me, roadmap.baselineRevision !== null, facts),
  };
}

/** How the table and the Gantt are offered: full editing, progress only, or reading. */
export type RoadmapViewMode = "edit" | "progress" | "read";

export function viewModeOf(abilities: RoadmapAbilities): RoadmapViewMode {
  if (abilities.edit) return "edit";
  return abilities.updateProgress ? "progress" : "read";
}
