// The parliament's review of a roadmap (docs/roadmaps.md, "Revisions and review"): the
// team submits, which freezes an immutable revision; the parliament's own staff endorse
// that very revision (it becomes the baseline) or request changes. Every step locks the
// roadmap's row before it checks anything, so two people acting at once on PostgreSQL
// are served one after the other and the second sees what the first did.
import type { z } from "zod";
import type { ReviewDecision } from "@hemicycle/shared/enums";
import { message } from "@hemicycle/shared/messages";
import { mayMakeRoadmapMove, type Actor } from "@hemicycle/shared/policy";
import type { ZReviewRoadmapInput, ZSubmitRoadmapInput } from "@hemicycle/shared/schemas/roadmaps";
import { ROADMAP_MOVES, roadmapMove, type RoadmapMove } from "@hemicycle/shared/workflows/roadmap";
import type { Prisma } from "../db/generated/client.ts";
import type { Db, DbOrTx, Tx } from "../db/types.ts";
import { findVisibleRoadmap, type VisibleRoadmap } from "../access/visible.ts";
import { AppError, fail, notFound, staleVersion } from "../lib/errors.ts";
import { publishRoadmapChanges, type RoadmapEvents } from "../live/roadmap-events.ts";
import { recordAudit } from "./audit.ts";
import { tellRoadmapMove } from "./notification-triggers.ts";
import { lockRoadmap } from "./roadmap-edit.ts";
import { latestRevisionSelect } from "./roadmap-fields.ts";
import { takeSnapshot } from "./roadmap-snapshot.ts";

/**
 * Locks the roadmap's row until the transaction ends (the editor's lock: edits, submits
 * and decisions on one roadmap run one after another), then reads it within the actor's
 * reach. Lock first, check after: a check made before the lock could be undone by a
 * transaction that holds it.
 */
export async function lockVisibleRoadmap(tx: Tx, actor: Actor, roadmapId: string): Promise<VisibleRoadmap> {
  await lockRoadmap(tx, roadmapId);
  const roadmap = await findVisibleRoadmap(tx, actor, roadmapId);
  if (!roadmap) throw notFound("roadmap");
  return roadmap;
}

type TSubmitRoadmapInput = z.infer<typeof ZSubmitRoadmapInput>;
type TReviewRoadmapInput = z.infer<typeof ZReviewRoadmapInput>;

/** Where a roadmap stands in its review: what a submit or a decision answers, and what a stale caller is shown. */
async function reviewState(db: DbOrTx, roadmapId: string) {
  const roadmap = await db.roadmap.findUniqueOrThrow({
    where: { id: roadmapId },
    select: {
      id: true,
      status: true,
      version: true,
      baselineRevision: true,
      revisions: latestRevisionSelect,
    },
  });
  const { revisions, ...fields } = roadmap;
  return { ...fields, latestRevision: revisions[0] ?? null };
}
export type RoadmapReviewState = Awaited<ReturnType<typeof reviewState>>;

function latestRevision(tx: Tx, roadmapId: string) {
  return tx.roadmapRevision.findFirst({
    where: { roadmapId },
    orderBy: { number: "desc" },
    select: { id: true, number: true, kind: true, snapshot: true },
  });
}

/** The team's move out of this status towards review: submit, or resubmit after changes were requested. */
function submitMove(roadmap: VisibleRoadmap): RoadmapMove {
  return roadmapMove(roadmap.status, "IN_REVIEW") ?? ROADMAP_MOVES.find((m) => m.action === "submit")!;
}

/**
 * Submits the roadmap for review: DRAFT or CHANGES_REQUESTED → IN_REVIEW, freezing the
 * roadmap and its items as they are into revision `last + 1` (kind SUBMISSION).
 */
export async function submitRoadmap(
  db: Db,
  actor: Actor,
  input: TSubmitRoadmapInput,
  events: RoadmapEvents,
): Promise<RoadmapReviewState> {
  const state = await db.$transaction(async (tx) => {
    const roadmap = await lockVisibleRoadmap(tx, actor, input.id);
    // The policy first: a role that may never submit learns nothing about versions.
    if (!mayMakeRoadmapMove(actor, submitMove(roadmap), roadmap)) throw fail("FORBIDDEN", "forbidden");
    if (roadmap.version !== input.version) throw staleVersion("roadmap", await reviewState(tx, roadmap.id));
    if (!roadmapMove(roadmap.status, "IN_REVIEW")) {
      throw fail("INVALID_TRANSITION", "roadmapTransition", { status: roadmap.status });
    }
    if ((await tx.roadmapItem.count({ where: { roadmapId: roadmap.id } })) === 0) {
      throw fail("INVALID_TRANSITION", "roadmapEmpty");
    }
    const last = await latestRevision(tx, roadmap.id);
    const number = (last?.number ?? 0) + 1;
    const snapshot = await takeSnapshot(tx, roadmap.id);
    await tx.roadmapRevision.create({
      data: { roadmapId: roadmap.id, number, kind: "SUBMISSION", snapshot, createdById: actor.id },
      select: { id: true },
    });
    await tx.roadmap.update({
      where: { id: roadmap.id },
      data: { status: "IN_REVIEW", version: { increment: 1 } },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "roadmap.submitForReview",
      entityType: "roadmap",
      entityId: roadmap.id,
      before: { status: roadmap.status, version: roadmap.version },
      after: { status: "IN_REVIEW", version: roadmap.version + 1, revision: number },
    });
    await tellRoadmapMove(tx, actor, roadmap.id, "ROADMAP_SUBMITTED");
    return reviewState(tx, roadmap.id);
  });
  publishRoadmapChanges(events, actor, state.id, [{ kind: "roadmap" }]);
  return state;
}

const MOVE_OF_DECISION: Record<ReviewDecision, RoadmapMove["action"]> = {
  ENDORSE: "endorse",
  REQUEST_CHANGES: "requestChanges",
};

/**
 * The parliament's decision on the revision under review. ENDORSE stores the same
 * snapshot again as an ENDORSEMENT revision, which becomes the baseline; REQUEST_CHANGES
 * sends the roadmap back to the team. Deciding on anything but the latest submission of
 * a roadmap in review (someone decided first, the team resubmitted) is a CONFLICT.
 */
export async function reviewRoadmap(db: Db, actor: Actor, input: TReviewRoadmapInput, events: RoadmapEvents) {
  const result = await db.$transaction(async (tx) => {
    const roadmap = await lockVisibleRoadmap(tx, actor, input.id);
    const move = ROADMAP_MOVES.find((m) => m.action === MOVE_OF_DECISION[input.decision])!;
    if (!mayMakeRoadmapMove(actor, move, roadmap)) throw fail("FORBIDDEN", "forbidden");
    const submitted = await latestRevision(tx, roadmap.id);
    if (roadmap.status !== "IN_REVIEW" || !submitted || submitted.kind !== "SUBMISSION") {
      throw AppError.of("STALE_VERSION", message("noRevisionUnderReview", { status: roadmap.status }), {
        details: { current: await reviewState(tx, roadmap.id) },
      });
    }
    if (submitted.number !== input.revision) {
      throw AppError.of(
        "STALE_VERSION",
        message("revisionNotUnderReview", { revision: input.revision, current: submitted.number }),
        { details: { current: await reviewState(tx, roadmap.id) } },
      );
    }
    const decision = await tx.reviewDecision.create({
      data: {
        roadmapId: roadmap.id,
        revisionId: submitted.id,
        decision: input.decision,
        comment: input.comment,
        decidedById: actor.id,
      },
      select: { id: true, decision: true, comment: true, createdAt: true },
    });
    let baselineRevision = roadmap.baselineRevision;
    if (input.decision === "ENDORSE") {
      // What the parliament endorses is what it read: the submitted snapshot, as stored.
      baselineRevision = submitted.number + 1;
      await tx.roadmapRevision.create({
        data: {
          roadmapId: roadmap.id,
          number: baselineRevision,
          kind: "ENDORSEMENT",
          snapshot: submitted.snapshot as Prisma.InputJsonValue,
          createdById: actor.id,
        },
        select: { id: true },
      });
    }
    await tx.roadmap.update({
      where: { id: roadmap.id },
      data: { status: move.to, baselineRevision, version: { increment: 1 } },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "roadmap.review",
      entityType: "roadmap",
      entityId: roadmap.id,
      before: { status: roadmap.status, baselineRevision: roadmap.baselineRevision, version: roadmap.version },
      after: {
        status: move.to,
        baselineRevision,
        version: roadmap.version + 1,
        decision: input.decision,
        revision: submitted.number,
        comment: input.comment,
      },
    });
    await tellRoadmapMove(
      tx,
      actor,
      roadmap.id,
      input.decision === "ENDORSE" ? "ROADMAP_ENDORSED" : "ROADMAP_CHANGES_REQUESTED",
    );
    return {
      ...(await reviewState(tx, roadmap.id)),
      decision: { ...decision, revision: submitted.number },
    };
  });
  publishRoadmapChanges(events, actor, result.id, [{ kind: "roadmap" }]);
  return result;
}
