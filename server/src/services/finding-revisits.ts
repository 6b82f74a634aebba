// A finding on a validation phase may revisit an earlier finding of the same parliament
// and say what became of it (still open, improved, resolved): the links that
// findings.compareAssessments reads (services/findings-compare.ts). The earlier finding
// must be a validated finding of an earlier assessment mission of the same parliament,
// within the author's reach; anything else is a field error on `revisitsId`.
import type { RevisitOutcome } from "@hemicycle/shared/enums";
import type { Actor } from "@hemicycle/shared/policy";
import type { TRevisitCandidatesInput } from "@hemicycle/shared/schemas/benchmark";
import type { Prisma } from "../db/generated/client.ts";
import type { DbOrTx } from "../db/types.ts";
import { findingScope, scoped } from "../access/scopes.ts";
import { findVisiblePhase } from "../access/visible.ts";
import { fieldError, notFound } from "../lib/errors.ts";
import { findingHeadingFields } from "./finding-selects.ts";

/**
 * The validated findings a mission of this parliament revisits: those on phases that
 * started before `before`, of the parliament's other missions that had an assessment
 * phase (its earlier assessments). Within the actor's reach only when anded with a scope.
 */
export function earlierFindingsWhere(scope: {
  parliamentId: string;
  missionId: string;
  before: Date;
}): Prisma.FindingWhereInput {
  return {
    status: "VALIDATED",
    phase: {
      startDate: { lt: scope.before },
      mission: {
        parliamentId: scope.parliamentId,
        id: { not: scope.missionId },
        phases: { some: { kind: "ASSESSMENT" } },
      },
    },
  };
}

export type RevisitFields = { revisitsId: string | null; revisitOutcome: RevisitOutcome | null };

/**
 * Refuses a revisit that does not hold for a finding on this phase: one of the pair
 * without the other, a phase that is not a validation phase, or an earlier finding that
 * is not one of the parliament's earlier validated findings the actor may read.
 */
export async function assertRevisit(db: DbOrTx, actor: Actor, phaseId: string, fields: RevisitFields) {
  const { revisitsId, revisitOutcome } = fields;
  if (revisitsId === null && revisitOutcome === null) return;
  if (revisitsId === null) throw fieldError("revisitsId", "revisitFindingRequired");
  if (revisitOutcome === null) throw fieldError("revisitOutcome", "revisitOutcomeRequired");
  const phase = await db.phase.findUnique({
    where: { id: phaseId },
    select: { kind: true, startDate: true, missionId: true, mission: { select: { parliamentId: true } } },
  });
  if (!phase || phase.kind !== "VALIDATION") throw fieldError("revisitsId", "revisitOnValidationOnly");
  const earlier = await db.finding.findFirst({
    where: scoped<Prisma.FindingWhereInput>(
      findingScope(actor),
      { id: revisitsId },
      earlierFindingsWhere({
        parliamentId: phase.mission.parliamentId,
        missionId: phase.missionId,
        before: phase.startDate,
      }),
    ),
    select: { id: true },
  });
  if (!earlier) throw fieldError("revisitsId", "revisitNotEarlierFinding");
}

/** The revisit after an update: the fields it sends, else those the finding has. */
export function mergedRevisit(
  before: RevisitFields,
  changes: { revisitsId?: string | null; revisitOutcome?: RevisitOutcome | null },
): RevisitFields | null {
  if (changes.revisitsId === undefined && changes.revisitOutcome === undefined) return null;
  return {
    revisitsId: changes.revisitsId === undefined ? before.revisitsId : changes.revisitsId,
    revisitOutcome: changes.revisitOutcome === undefined ? before.revisitOutcome : changes.revisitOutcome,
  };
}

const candidateSelect = {
  id: true,
  ...findingHeadingFields,
  phase: { select: { id: true, kind: true, startDate: true, mission: { select: { id: true, code: true } } } },
} satisfies Prisma.FindingSelect;

/** At most this many earlier findings are offered: an assessment logs a few dozen. */
const CANDIDATE_CAP = 200;

/**
 * The earlier findings a finding on this phase may revisit, newest assessment first; an
 * empty list for a phase that is not a validation phase. NOT_FOUND for a phase out of reach.
 */
export async function listRevisitCandidates(db: DbOrTx, actor: Actor, input: TRevisitCandidatesInput) {
  const visible = await findVisiblePhase(db, actor, input.phaseId);
  if (!visible) throw notFound("phase");
  const phase = await db.phase.findUniqueOrThrow({ where: { id: visible.id }, select: { kind: true } });
  if (phase.kind !== "VALIDATION") return [];
  return db.finding.findMany({
    where: scoped<Prisma.FindingWhereInput>(
      findingScope(actor),
      earlierFindingsWhere({
        parliamentId: visible.parliamentId,
        missionId: visible.missionId,
        before: visible.startDate,
      }),
    ),
    orderBy: [{ phase: { startDate: "desc" } }, { area: "asc" }, { title: "asc" }],
    take: CANDIDATE_CAP,
    select: candidateSelect,
  });
}
