// The assessment report's review (docs/documents.md, "Reviewing the report"): when a phase
// enters parliament review, the parliament's staff read its report in the app and comment
// on it, section by section; the mission's experts and the coordinators answer. Who
// reaches the phase is the mission reach (staff: their own parliament's; experts: the
// missions they are on, as for everything else of a mission); when they may read and write
// is the shared policy's (mayReadPhaseReport, mayCommentOnReport, mayDeleteReportComment).
// A comment is written under a lock on the phase's row, taken before its status is read,
// so that none lands after a concurrent move took the phase out of review.
import { isReportSection } from "@hemicycle/shared/documents/assessment-report";
import { mayCommentOnReport, mayDeleteReportComment, mayReadPhaseReport, type Actor } from "@hemicycle/shared/policy";
import type {
  TDeleteReportCommentInput,
  TReportCommentInput,
  TReportPhaseInput,
} from "@hemicycle/shared/schemas/report-review";
import type { PhaseKind, PhaseStatus } from "@hemicycle/shared/enums";
import type { Prisma } from "../db/generated/client.ts";
import type { Db, DbOrTx } from "../db/types.ts";
import { lockRows } from "../db/locks.ts";
import { phaseScope, scoped } from "../access/scopes.ts";
import { fail, fieldError, notFound } from "../lib/errors.ts";
import { recordAudit } from "./audit.ts";
import { tellReportComment } from "./notification-triggers.ts";

/** A phase's review holds at most this many comments in one answer, oldest first. */
export const MAX_REPORT_COMMENTS = 1000;
/** The review list of a parliament home shows at most this many phases. */
export const MAX_PHASES_IN_REVIEW = 50;

const reportPhaseSelect = {
  id: true,
  kind: true,
  status: true,
  reportDueDate: true,
  mission: { select: { id: true, code: true, title: true, parliamentId: true } },
} satisfies Prisma.PhaseSelect;

export type ReportPhase = {
  id: string;
  kind: PhaseKind;
  status: PhaseStatus;
  reportDueDate: Date | null;
  mission: { id: string; code: string; title: string; parliamentId: string };
};

/** The phase whose report the actor may read, or null (out of reach, a workshop, or not yet shown to the staff). */
export async function findReadableReportPhase(db: DbOrTx, actor: Actor, phaseId: string): Promise<ReportPhase | null> {
  const phase = await db.phase.findFirst({
    where: scoped<Prisma.PhaseWhereInput>(phaseScope(actor), { id: phaseId }),
    select: reportPhaseSelect,
  });
  return phase && mayReadPhaseReport(actor, phase) ? phase : null;
}

async function readablePhaseOrThrow(db: DbOrTx, actor: Actor, phaseId: string): Promise<ReportPhase> {
  const phase = await findReadableReportPhase(db, actor, phaseId);
  if (!phase) throw notFound("phase");
  return phase;
}

const commentSelect = {
  id: true,
  section: true,
  body: true,
  createdAt: true,
  author: { select: { id: true, name: true, role: true } },
} satisfies Prisma.ReportCommentSelect;

export type ReportComment = Prisma.ReportCommentGetPayload<{ select: typeof commentSelect }>;

/**
 * The comments on a phase's report, oldest first, with the phase's facts from which the
 * client asks the policy what to offer (comment, delete one's own).
 */
export async function listReportComments(db: DbOrTx, actor: Actor, input: TReportPhaseInput) {
  const phase = await readablePhaseOrThrow(db, actor, input.phaseId);
  const comments = await db.reportComment.findMany({
    where: { phaseId: phase.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: MAX_REPORT_COMMENTS,
    select: commentSelect,
  });
  return { phase: { id: phase.id, kind: phase.kind, status: phase.status }, comments };
}

/**
 * Adds a comment on the report as a whole or on one of its sections, while the phase is in
 * parliament review. The phase's row is locked first: a move out of review waits for this
 * comment, or this comment sees the phase has left review and is refused.
 */
export async function addReportComment(db: Db, actor: Actor, input: TReportCommentInput): Promise<ReportComment> {
  return db.$transaction(async (tx) => {
    await lockRows(tx, "phases", [input.phaseId]);
    const phase = await readablePhaseOrThrow(tx, actor, input.phaseId);
    if (!mayCommentOnReport(actor, phase)) {
      throw fail("INVALID_TRANSITION", "reportClosedToComments", { status: phase.status });
    }
    const section = input.section ?? null;
    if (section !== null && !isReportSection(section)) throw fieldError("section", "reportSectionUnknown");
    const created = await tx.reportComment.create({
      data: { phaseId: phase.id, section, authorId: actor.id, body: input.body },
      select: commentSelect,
    });
    // Recorded on the phase, so that the phase's history and its audit sentence name it
    // ("… commented on the report of the Assessment phase of …"); the comment's id rides along.
    await recordAudit(tx, actor, {
      action: "reportComment.create",
      entityType: "phase",
      entityId: phase.id,
      after: { commentId: created.id, section, body: created.body },
    });
    await tellReportComment(tx, actor, phase, created.body);
    return created;
  });
}

/** Deletes one's own comment while the review is open (the client asks for confirmation first). */
export async function deleteReportComment(db: Db, actor: Actor, input: TDeleteReportCommentInput) {
  return db.$transaction(async (tx) => {
    const found = await tx.reportComment.findFirst({
      where: { id: input.id, phase: phaseScope(actor) },
      select: { phaseId: true },
    });
    if (!found) throw notFound("reportComment");
    await lockRows(tx, "phases", [found.phaseId]);
    const phase = await findReadableReportPhase(tx, actor, found.phaseId);
    const comment = await tx.reportComment.findUnique({
      where: { id: input.id },
      select: { id: true, authorId: true, section: true, body: true },
    });
    if (!phase || !comment) throw notFound("reportComment");
    if (comment.authorId !== actor.id) throw fail("FORBIDDEN", "forbidden");
    if (!mayDeleteReportComment(actor, phase, comment.authorId)) {
      throw fail("INVALID_TRANSITION", "reportClosedToComments", { status: phase.status });
    }
    await tx.reportComment.delete({ where: { id: comment.id } });
    await recordAudit(tx, actor, {
      action: "reportComment.remove",
      entityType: "phase",
      entityId: phase.id,
      before: { commentId: comment.id, section: comment.section, body: comment.body },
    });
    return { id: comment.id, phaseId: phase.id };
  });
}

/**
 * The phases within the actor's reach whose report is in parliament review, soonest due
 * first, with how many comments each has: the staff's "reports to review" on their home.
 */
export async function listReportsInReview(db: DbOrTx, actor: Actor) {
  const phases = await db.phase.findMany({
    where: scoped<Prisma.PhaseWhereInput>(phaseScope(actor), {
      status: "PARLIAMENT_REVIEW",
      kind: { not: "WORKSHOP" },
    }),
    orderBy: [{ reportDueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: MAX_PHASES_IN_REVIEW,
    select: { ...reportPhaseSelect, _count: { select: { reportComments: true } } },
  });
  return phases.map(({ _count, ...phase }) => ({ ...phase, commentCount: _count.reportComments }));
}
