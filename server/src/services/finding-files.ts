// Evidence files on findings: who may add, read and remove them, and their rows. The
// bytes are the file store's (files/store.ts); this module decides and records. Reading
// follows the finding: a file is visible exactly when its finding is (staff: validated
// findings of their parliament only). Adding and removing follow the shared policy
// (mayChangeFindingFiles): the finding's writers, while it is not validated.
import { mayChangeFindingFiles, writesFindings, type Actor } from "@hemicycle/shared/policy";
import type { FindingStatus } from "@hemicycle/shared/enums";
import type { TByIdInput } from "@hemicycle/shared/schemas/common";
import type { Prisma } from "../db/generated/client.ts";
import type { Db, DbOrTx, Tx } from "../db/types.ts";
import { findingScope, scoped } from "../access/scopes.ts";
import { findVisiblePhase } from "../access/visible.ts";
import type { FileStore } from "../files/store.ts";
import { fail, notFound } from "../lib/errors.ts";
import { recordAudit } from "./audit.ts";

/** What findings.byId lists of each file. */
export const attachmentListSelect = {
  id: true,
  fileName: true,
  size: true,
  contentType: true,
  thumbnailKey: true,
  createdAt: true,
} satisfies Prisma.AttachmentSelect;

type AttachmentListRow = Prisma.AttachmentGetPayload<{ select: typeof attachmentListSelect }>;

/** The API's shape of a file: `{ id, name, size, type }`, and whether it has a preview. */
export function toAttachmentView(row: AttachmentListRow) {
  return {
    id: row.id,
    name: row.fileName,
    size: row.size,
    type: row.contentType,
    hasThumbnail: row.thumbnailKey !== null,
    createdAt: row.createdAt,
  };
}

export type AttachmentView = ReturnType<typeof toAttachmentView>;

/** What the audit log keeps of a file (never its key on disk). */
const attachmentAuditSelect = {
  id: true,
  findingId: true,
  fileName: true,
  contentType: true,
  size: true,
  sha256: true,
} satisfies Prisma.AttachmentSelect;

/**
 * Locks the finding's row and checks that the actor may change its files now: NOT_FOUND
 * when out of reach, FORBIDDEN when they may read it but not change its files. The lock
 * holds a concurrent validation back until the file is in (or the check sees it validated).
 */
async function lockWritableFinding(tx: Tx, actor: Actor, findingId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM findings WHERE id = ${findingId} FOR UPDATE`;
  await checkMayAttach(tx, actor, findingId);
}

function assertMayChangeFiles(
  actor: Actor,
  status: FindingStatus,
  teamRole: Parameters<typeof mayChangeFindingFiles>[2],
) {
  if (!writesFindings(actor)) throw fail("FORBIDDEN", "staffCannotWriteFindings");
  if (mayChangeFindingFiles(actor, status, teamRole)) return;
  throw fail("FORBIDDEN", teamRole === null && actor.role === "EXPERT" ? "notOnPhaseTeam" : "findingLocked");
}

/**
 * Asked before an upload is read: the same answers as the write itself, so a refused
 * upload costs no bytes on disk. The write checks again under a lock.
 */
export async function checkMayAttach(db: DbOrTx, actor: Actor, findingId: string): Promise<void> {
  const finding = await db.finding.findFirst({
    where: scoped<Prisma.FindingWhereInput>(findingScope(actor), { id: findingId }),
    select: { phaseId: true, status: true },
  });
  const phase = finding && (await findVisiblePhase(db, actor, finding.phaseId));
  if (!finding || !phase) throw notFound("finding");
  assertMayChangeFiles(actor, finding.status, phase.teamRole);
}

export type StoredUpload = {
  findingId: string;
  /** The display name, already made safe (safeDisplayName). */
  name: string;
  type: string;
  size: number;
  sha256: string;
  storageKey: string;
  thumbnailKey: string | null;
};

/** Records a stored file on its finding, with its audit event, in one transaction. */
export async function recordAttachment(db: Db, actor: Actor, upload: StoredUpload) {
  return db.$transaction(async (tx) => {
    await lockWritableFinding(tx, actor, upload.findingId);
    const created = await tx.attachment.create({
      data: {
        findingId: upload.findingId,
        fileName: upload.name,
        contentType: upload.type,
        size: upload.size,
        sha256: upload.sha256,
        storageKey: upload.storageKey,
        thumbnailKey: upload.thumbnailKey,
        uploadedById: actor.id,
      },
      select: attachmentAuditSelect,
    });
    await recordAudit(tx, actor, {
      action: "attachment.create",
      entityType: "attachment",
      entityId: created.id,
      after: created,
    });
    return { id: created.id, name: created.fileName, size: created.size, type: created.contentType };
  });
}

/** A file the actor may read (its finding is within their reach), with where its bytes are. */
export function findReadableAttachment(db: DbOrTx, actor: Actor, id: string) {
  return db.attachment.findFirst({
    where: { id, finding: findingScope(actor) },
    select: { id: true, fileName: true, contentType: true, size: true, storageKey: true, thumbnailKey: true },
  });
}

/** The files of a finding the caller has already found within reach, oldest first. */
export async function listAttachments(db: DbOrTx, findingId: string): Promise<AttachmentView[]> {
  const rows = await db.attachment.findMany({
    where: { findingId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: attachmentListSelect,
  });
  return rows.map(toAttachmentView);
}

/**
 * Removes a file from its finding (audited); its bytes are deleted once the removal has
 * committed, so a rolled-back removal never leaves a row without its file.
 */
export async function removeAttachment(db: Db, files: FileStore, actor: Actor, { id }: TByIdInput) {
  const removed = await db.$transaction(async (tx) => {
    const found = await tx.attachment.findFirst({
      where: { id, finding: findingScope(actor) },
      select: { findingId: true },
    });
    if (!found) throw notFound("attachment");
    await lockWritableFinding(tx, actor, found.findingId);
    const before = await tx.attachment.findUnique({
      where: { id },
      select: { ...attachmentAuditSelect, storageKey: true, thumbnailKey: true },
    });
    // Removed by someone else while this one waited for the lock.
    if (!before) throw notFound("attachment");
    await tx.attachment.delete({ where: { id }, select: { id: true } });
    const { storageKey, thumbnailKey, ...audited } = before;
    await recordAudit(tx, actor, {
      action: "attachment.remove",
      entityType: "attachment",
      entityId: id,
      before: audited,
    });
    return { storageKey, thumbnailKey, findingId: before.findingId };
  });
  await files.remove(removed.storageKey, removed.thumbnailKey);
  return { id, findingId: removed.findingId };
}
