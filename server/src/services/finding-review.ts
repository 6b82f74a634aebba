// The review of findings: moves with the reviewer's reason (required to reject or reopen,
// kept as a review note the author reads), four eyes (a lead never reviews their own
// finding, a coordinator does), the lead's queue and the bulk validation of a queue's
// findings, all or none (docs/findings.md, "Review").
import type { FindingStatus } from "@hemicycle/shared/enums";
import {
  mayMakeFindingMove,
  mayReviewFindings,
  reviewsOwnFinding,
  writesFindings,
  type Actor,
  type FindingFacts,
} from "@hemicycle/shared/policy";
import { message } from "@hemicycle/shared/messages";
import type { TSetFindingStatusInput } from "@hemicycle/shared/schemas/findings";
import type { TReviewQueueInput, TValidateManyInput } from "@hemicycle/shared/schemas/finding-review";
import { findingMove, moveNeedsReason, type FindingMove } from "@hemicycle/shared/workflows/finding";
import type { Prisma } from "../db/generated/client.ts";
import { lockRows } from "../db/locks.ts";
import type { Db, Tx } from "../db/types.ts";
import { findingScope, scoped } from "../access/scopes.ts";
import { AppError, fail, fieldError, notFound } from "../lib/errors.ts";
import { paginate, type Keyset } from "../lib/pagination.ts";
import { findingListSelect } from "./finding-selects.ts";
import { recordReviewNote } from "./finding-review-notes.ts";
import { tellFindingReviewNote, tellFindingsReviewed } from "./notification-triggers.ts";
import { changeFinding, getFinding } from "./findings.ts";
import { updateVersioned } from "./versioned-update.ts";

/** FORBIDDEN unless the actor may make this move; a lead's own finding says why (four eyes). */
function assertMayMakeMove(actor: Actor, move: FindingMove, facts: FindingFacts) {
  if (mayMakeFindingMove(actor, move, facts)) return;
  if (move.by === "lead" && mayReviewFindings(actor, facts.teamRole) && reviewsOwnFinding(actor, facts))
    throw fail("FORBIDDEN", "ownFindingReviewedByCoordinator");
  throw fail("FORBIDDEN", move.by === "lead" ? "onlyLeadReviewsFindings" : "notOnPhaseTeam");
}

/** What a status move writes besides the status: who validated it and when, or nothing. */
function statusData(actor: Actor, status: FindingStatus) {
  const validated = status === "VALIDATED";
  return {
    status,
    validatedById: validated ? actor.id : null,
    validatedAt: validated ? new Date() : null,
    version: { increment: 1 },
  } satisfies Prisma.FindingUncheckedUpdateManyInput;
}

/**
 * Moves a finding along its workflow. A reason (`comment`) is required to reject or
 * reopen and kept, with any other move's, as a review note in the move's transaction;
 * the audit event names the move and holds the reason.
 */
export async function setFindingStatus(db: Db, actor: Actor, input: TSetFindingStatusInput) {
  const { id, version, status, comment } = input;
  let made: { move: FindingMove; from: FindingStatus } | null = null;
  return changeFinding(
    db,
    actor,
    { id, version },
    {
      action: "finding.setStatus",
      check: (before, teamRole, authorId) => {
        const move = findingMove(before.status, status);
        if (!move) {
          throw AppError.of("INVALID_TRANSITION", message("findingTransition", { from: before.status, to: status }), {
            fieldErrors: { status: [message("statusNotAllowed")] },
          });
        }
        assertMayMakeMove(actor, move, { teamRole, authorId });
        if (moveNeedsReason(move) && !comment) throw fieldError("comment", "reasonRequired");
        made = { move, from: before.status };
      },
      write: async (tx, where) => {
        const written = await tx.finding.updateMany({ where, data: statusData(actor, status) });
        if (written.count > 0 && comment && made) {
          await recordReviewNote(tx, actor, { findingId: id, fromStatus: made.from, toStatus: status, body: comment });
        }
        // The author hears of the verdict (its reason is on the finding's page), or of another move's note.
        if (written.count > 0 && (status === "VALIDATED" || status === "REJECTED"))
          await tellFindingsReviewed(tx, actor, [id], status);
        else if (written.count > 0 && comment) await tellFindingReviewNote(tx, actor, id, comment);
        return written;
      },
      note: () => (made ? { move: made.move.action, ...(comment ? { comment } : {}) } : undefined),
    },
  );
}

/**
 * Where the findings this actor reviews lie: never their own (four eyes); for managers every
 * other one, for an expert the others' on the phases they lead.
 */
function reviewableWhere(actor: Actor): Prisma.FindingWhereInput {
  if (!writesFindings(actor)) return { id: { in: [] } };
  if (mayReviewFindings(actor, null)) return { authorId: { not: actor.id } };
  return {
    authorId: { not: actor.id },
    phase: { team: { some: { expertId: actor.expertId ?? "", role: "LEAD" } } },
  };
}

/** Mission by mission, oldest first. */
const reviewQueueOrder: Keyset<Prisma.FindingWhereInput, Prisma.FindingOrderByWithRelationInput> = {
  keys: [
    { path: ["phase", "mission", "code"], direction: "asc", type: "string" },
    { path: ["createdAt"], direction: "asc", type: "date" },
  ],
  idDirection: "asc",
};

/**
 * The lead's review queue: the findings the caller may review (submitted ones unless
 * asked otherwise), mission by mission, oldest first. Parliament staff review nothing.
 */
export async function listReviewQueue(db: Db, actor: Actor, input: TReviewQueueInput) {
  if (!writesFindings(actor)) throw fail("FORBIDDEN", "onlyLeadReviewsFindings");
  const where = scoped<Prisma.FindingWhereInput>(
    findingScope(actor),
    reviewableWhere(actor),
    { status: input.status },
    input.phaseId && { phaseId: input.phaseId },
    input.missionId && { phase: { missionId: input.missionId } },
    input.area && { area: input.area },
    input.severity && { severity: input.severity },
  );
  return paginate(input, reviewQueueOrder, (page) =>
    db.finding.findMany({ ...page, where: { AND: [where, page.where] }, select: findingListSelect }),
  );
}

const bulkCheckSelect = {
  id: true,
  title: true,
  status: true,
  version: true,
  authorId: true,
  phaseId: true,
} satisfies Prisma.FindingSelect;

/** The fields a validation changes: what its audit event records. */
const statusAuditSelect = { id: true, status: true, version: true } satisfies Prisma.FindingSelect;

/**
 * Validates several submitted findings at once, all or none: the rows are locked first,
 * then each is checked as a single validation would be (within reach, four eyes, the
 * version read, still submitted); the first that fails refuses the whole call, naming it.
 */
export async function validateMany(db: Db, actor: Actor, input: TValidateManyInput) {
  if (!writesFindings(actor)) throw fail("FORBIDDEN", "onlyLeadReviewsFindings");
  return db.$transaction(async (tx) => {
    const ids = input.items.map((item) => item.id);
    await lockRows(tx, "findings", ids);
    const rows = await tx.finding.findMany({
      where: scoped<Prisma.FindingWhereInput>(findingScope(actor), { id: { in: ids } }),
      select: bulkCheckSelect,
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const teamRoles = await teamRolesOn(tx, actor, [...new Set(rows.map((row) => row.phaseId))]);
    const validate = findingMove("SUBMITTED", "VALIDATED");
    if (!validate) throw new Error("The finding workflow has no validation");
    for (const item of input.items) {
      const row = byId.get(item.id);
      if (!row) throw notFound("finding");
      assertMayMakeMove(actor, validate, { teamRole: teamRoles.get(row.phaseId) ?? null, authorId: row.authorId });
      if (row.version !== item.version) {
        throw AppError.of("STALE_VERSION", message("findingChangedSince", { title: row.title }), {
          details: { current: await getFinding(tx, actor, row.id) },
        });
      }
      if (row.status !== validate.from)
        throw fail("INVALID_TRANSITION", "findingNotAwaitingReview", { title: row.title });
    }
    for (const item of input.items) {
      await updateVersioned(tx, actor, {
        entity: "finding",
        id: item.id,
        version: item.version,
        read: () => tx.finding.findUnique({ where: { id: item.id }, select: statusAuditSelect }),
        write: (where) => tx.finding.updateMany({ where, data: statusData(actor, "VALIDATED") }),
        audit: { action: "finding.setStatus", note: () => ({ move: validate.action, bulk: true }) },
      });
    }
    await tellFindingsReviewed(tx, actor, ids, "VALIDATED");
    return { validated: input.items.length };
  });
}

/** The actor's role on each of these phases' teams (none for those they are not on). */
async function teamRolesOn(tx: Tx, actor: Actor, phaseIds: string[]) {
  if (!actor.expertId || phaseIds.length === 0) return new Map<string, FindingFacts["teamRole"]>();
  const assignments = await tx.assignment.findMany({
    where: { expertId: actor.expertId, phaseId: { in: phaseIds } },
    select: { phaseId: true, role: true },
  });
  return new Map<string, FindingFacts["teamRole"]>(assignments.map((a) => [a.phaseId, a.role]));
}
