// Every record people edit carries a version: an update names the version it read and
// fails with STALE_VERSION, carrying the record as it is now, when someone else changed it
// in the meantime (docs/design.md, "Concurrent edits"). This is that update, once: read,
// compare, check the rules, write only where the version still matches, audit the change.
// Call it inside the change's transaction.
import type { AuditAction } from "@hemicycle/shared/audit-actions";
import type { EntityName } from "@hemicycle/shared/messages";
import type { Tx } from "../db/types.ts";
import { notFound, staleVersion } from "../lib/errors.ts";
import { recordAudit, type AuditActor } from "./audit.ts";

type Row = Record<string, unknown> & { version: number };

export type VersionedUpdate<R extends Row> = {
  entity: EntityName;
  id: string;
  /** The version the caller read. */
  version: number;
  /** The audited fields of the record (locked first where a rule needs it); null when it is gone or out of reach. */
  read: () => Promise<R | null>;
  /** The record a stale caller is shown instead of theirs; the audited row by default. */
  current?: () => Promise<unknown>;
  /** The rules that depend on the record as it is (checked on the merged values), before anything is written. */
  check?: (before: R) => void | Promise<void>;
  /** Writes the change where id and version still match, incrementing the version; returns how many rows it changed. */
  write: (where: { id: string; version: number }) => Promise<{ count: number }>;
  audit: {
    action: AuditAction;
    /** Defaults to the entity. */
    entityType?: string;
    /** Recorded with the new values, once written: a coordinator's reason, "the password was reset"… */
    note?: () => Record<string, unknown> | undefined;
  };
};

export async function updateVersioned<R extends Row>(
  tx: Tx,
  actor: AuditActor,
  update: VersionedUpdate<R>,
): Promise<{ before: R; after: R }> {
  const stale = async () => staleVersion(update.entity, await (update.current ?? update.read)());
  const before = await update.read();
  if (!before) throw notFound(update.entity);
  if (before.version !== update.version) throw await stale();
  await update.check?.(before);
  const { count } = await update.write({ id: update.id, version: update.version });
  // Another transaction got in between the read and the write.
  if (count === 0) throw await stale();
  const after = await update.read();
  if (!after) throw notFound(update.entity);
  await recordAudit(tx, actor, {
    action: update.audit.action,
    entityType: update.audit.entityType ?? update.entity,
    entityId: update.id,
    before,
    after: { ...after, ...update.audit.note?.() },
  });
  return { before, after };
}
