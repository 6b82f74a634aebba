// Findings logged by experts in the field, and the workflow that takes them from draft
// to validated. Who may write and review follows the shared policy, which moves exist the
// shared finding workflow; both are the client's too (docs/design.md, "Permissions";
// docs/findings.md, "Review").
import { DENIED_ACTIONS, type AuditAction } from "@hemicycle/shared/audit-actions";
import { isSubAreaOf } from "@hemicycle/shared/ict-areas";
import type { IctArea } from "@hemicycle/shared/enums";
import { message } from "@hemicycle/shared/messages";
import { mayEditFinding, mayWriteFindings, writesFindings, type Actor } from "@hemicycle/shared/policy";
import type { TCreateFindingInput, TUpdateFindingInput } from "@hemicycle/shared/schemas/findings";
import { phaseAcceptsFindings } from "@hemicycle/shared/workflows/phase";
import type { Prisma } from "../db/generated/client.ts";
import type { Db, DbOrTx, Tx } from "../db/types.ts";
import { findingScope, scoped } from "../access/scopes.ts";
import { findVisiblePhase, type VisiblePhase } from "../access/visible.ts";
import { AppError, fail, fieldError, notFound } from "../lib/errors.ts";
import { toAppError } from "../lib/prisma-errors.ts";
import { recordAudit } from "./audit.ts";
import { toAttachmentView } from "./finding-files.ts";
import { assertRevisit, mergedRevisit } from "./finding-revisits.ts";
import { findingReviewNotes } from "./finding-review-notes.ts";
import { findingAuditSelect, findingDetailSelect } from "./finding-selects.ts";
import { updateVersioned } from "./versioned-update.ts";

/**
 * A finding the actor may see, with the actor's role on its phase's team (`myTeamRole`:
 * LEAD, MEMBER or null), from which the client asks the policy what to offer.
 */
export async function getFinding(db: DbOrTx, actor: Actor, id: string) {
  const finding = await db.finding.findFirst({
    where: scoped<Prisma.FindingWhereInput>(findingScope(actor), { id }),
    select: findingDetailSelect,
  });
  if (!finding) throw notFound("finding");
  const assignment = actor.expertId
    ? await db.assignment.findUnique({
        where: { phaseId_expertId: { phaseId: finding.phaseId, expertId: actor.expertId } },
        select: { role: true },
      })
    : null;
  return {
    ...finding,
    revisitsId: await revisitedWithinReach(db, actor, finding.revisitsId),
    attachments: finding.attachments.map(toAttachmentView),
    myTeamRole: assignment?.role ?? null,
    reviewNotes: await findingReviewNotes(db, actor, id),
  };
}

/**
 * The finding a validation's finding revisits, named only when the caller may read it: a
 * coordinator may link a finding of any earlier assessment of the parliament, and an
 * expert on the validation alone must not learn even the id of one of a mission they are
 * not on (docs/security.md, "Scope"). The outcome stays: it is this finding's own.
 */
async function revisitedWithinReach(db: DbOrTx, actor: Actor, revisitsId: string | null): Promise<string | null> {
  if (!revisitsId) return null;
  const visible = await db.finding.count({
    where: scoped<Prisma.FindingWhereInput>(findingScope(actor), { id: revisitsId }),
  });
  return visible > 0 ? revisitsId : null;
}

function assertSubArea(area: IctArea, subArea: string | null | undefined) {
  if (subArea && !isSubAreaOf(area, subArea)) throw fieldError("subArea", "subAreaMismatch");
}

/** Staff never write findings: refused before anything is looked up. */
function assertWritesFindings(actor: Actor) {
  if (!writesFindings(actor)) throw fail("FORBIDDEN", "staffCannotWriteFindings");
}

function assertMayWriteOn(actor: Actor, phase: VisiblePhase) {
  if (!mayWriteFindings(actor, phase.teamRole)) throw fail("FORBIDDEN", "notOnPhaseTeam");
}

export async function createFinding(db: Db, actor: Actor, input: TCreateFindingInput) {
  assertWritesFindings(actor);
  try {
    return await insertFinding(db, actor, input);
  } catch (error) {
    // The same draft resent while the first request was still in flight: both found no
    // finding with this clientId, the unique (author, clientId) index let one through.
    if (input.clientId && toAppError(error)?.reason === "DUPLICATE") {
      const first = await findResentDraft(db, actor, input.clientId, input.phaseId);
      if (first) return first;
    }
    throw error;
  }
}

/**
 * The finding this author already stored with this clientId, if any. It must be on the
 * same phase and still visible to them: a clientId reused elsewhere is refused rather
 * than answered with a finding the request did not ask for.
 */
async function findResentDraft(db: DbOrTx, actor: Actor, clientId: string, phaseId: string) {
  const first = await db.finding.findFirst({
    where: { authorId: actor.id, clientId },
    select: { id: true, phaseId: true },
  });
  if (!first) return null;
  if (first.phaseId !== phaseId) {
    throw AppError.of("DUPLICATE", message("draftOnOtherPhase"), {
      fieldErrors: { clientId: [message("clientIdUsed")] },
    });
  }
  return getFinding(db, actor, first.id);
}

function insertFinding(db: Db, actor: Actor, input: TCreateFindingInput) {
  return db.$transaction(async (tx) => {
    const phase = await findVisiblePhase(tx, actor, input.phaseId);
    if (!phase) throw notFound("phase");
    assertMayWriteOn(actor, phase);
    if (input.clientId) {
      // A draft resent after a lost connection: answer with the finding stored the first
      // time, even if the phase has closed since (the first send was accepted).
      const first = await findResentDraft(tx, actor, input.clientId, input.phaseId);
      if (first) return first;
    }
    if (!phaseAcceptsFindings(phase.status))
      throw fail("INVALID_TRANSITION", "phaseClosedToFindings", { status: phase.status });
    assertSubArea(input.area, input.subArea);
    await assertRevisit(tx, actor, phase.id, {
      revisitsId: input.revisitsId ?? null,
      revisitOutcome: input.revisitOutcome ?? null,
    });
    const { clientId, grade, ...fields } = input;
    const created = await tx.finding.create({
      data: { ...fields, grade: grade ?? null, clientId: clientId ?? null, authorId: actor.id },
      select: findingAuditSelect,
    });
    await recordAudit(tx, actor, {
      action: "finding.create",
      entityType: "finding",
      entityId: created.id,
      after: created,
    });
    return getFinding(tx, actor, created.id);
  });
}

/**
 * Who made the last audited change to a finding (an edit or a move), if anyone did; a
 * refused attempt on it changed nothing, and its author may be someone the caller must
 * not even learn of (docs/security.md, "Scope").
 */
async function lastSavedBy(tx: Tx, id: string) {
  const event = await tx.auditEvent.findFirst({
    where: { entityType: "finding", entityId: id, action: { notIn: [...DENIED_ACTIONS] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { createdAt: true, actor: { select: { id: true, name: true } } },
  });
  return event?.actor ? { ...event.actor, at: event.createdAt } : null;
}

type FindingRow = Prisma.FindingGetPayload<{ select: typeof findingAuditSelect }>;

/**
 * A versioned change to a finding the actor writes on (their phase's team, or a
 * manager), with its audit event; `check` gets the finding as it is and the actor's
 * role on its phase. Answers with the finding as the actor then sees it.
 */
export async function changeFinding(
  db: Db,
  actor: Actor,
  { id, version }: { id: string; version: number },
  change: {
    action: AuditAction;
    check: (before: FindingRow, teamRole: VisiblePhase["teamRole"], authorId: string, tx: Tx) => void | Promise<void>;
    write: (tx: Tx, where: { id: string; version: number }) => Promise<{ count: number }>;
    /** Recorded in the audit event with the new values (a reviewer's reason). */
    note?: () => Record<string, unknown> | undefined;
  },
) {
  assertWritesFindings(actor);
  return db.$transaction(async (tx) => {
    const where = scoped<Prisma.FindingWhereInput>(findingScope(actor), { id });
    const found = await tx.finding.findFirst({ where, select: { phaseId: true, authorId: true } });
    const phase = found && (await findVisiblePhase(tx, actor, found.phaseId));
    if (!found || !phase) throw notFound("finding");
    assertMayWriteOn(actor, phase);
    await updateVersioned(tx, actor, {
      entity: "finding",
      id,
      version,
      read: () => tx.finding.findFirst({ where, select: findingAuditSelect }),
      // Who saved the version the caller did not see, so the conflict can name them.
      current: async () => ({ ...(await getFinding(tx, actor, id)), savedBy: await lastSavedBy(tx, id) }),
      check: (before) => change.check(before, phase.teamRole, found.authorId, tx),
      write: (guard) => change.write(tx, guard),
      audit: { action: change.action, note: change.note },
    });
    return getFinding(tx, actor, id);
  });
}

export async function updateFinding(db: Db, actor: Actor, input: TUpdateFindingInput) {
  const { id, version, ...changes } = input;
  return changeFinding(
    db,
    actor,
    { id, version },
    {
      action: "finding.update",
      check: async (before, teamRole, _authorId, tx) => {
        if (!mayEditFinding(actor, before.status, teamRole)) throw fail("FORBIDDEN", "findingLocked");
        const revisit = mergedRevisit(before, changes);
        if (revisit) await assertRevisit(tx, actor, before.phaseId, revisit);
        // The old sub-area belongs to the old area.
        if (
          changes.area &&
          changes.subArea === undefined &&
          before.subArea &&
          !isSubAreaOf(changes.area, before.subArea)
        )
          changes.subArea = null;
        assertSubArea(changes.area ?? before.area, changes.subArea === undefined ? before.subArea : changes.subArea);
      },
      write: (tx, where) => tx.finding.updateMany({ where, data: { ...changes, version: { increment: 1 } } }),
    },
  );
}
