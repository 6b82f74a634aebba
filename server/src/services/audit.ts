// The audit log: one event per change, written with the transaction client of the
// change itself so that both commit or neither does. Only changed fields are kept.
import type { AuditAction } from "@hemicycle/shared/audit-actions";
import type { Actor } from "@hemicycle/shared/policy";
import type { Prisma } from "../db/generated/client.ts";
import type { DbOrTx } from "../db/types.ts";

type Row = Record<string, unknown>;

function toJson(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === "object" && "toFixed" in value && "toNumber" in value) return String(value); // Prisma.Decimal
  if (Array.isArray(value)) return value.map(toJson);
  return value ?? null;
}

/** The fields whose values differ, with their values before and after. */
export function changedFields(
  before: Row | null,
  after: Row | null,
  ignore: readonly string[] = ["updatedAt", "createdAt"],
) {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const b: Row = {};
  const a: Row = {};
  for (const key of keys) {
    if (ignore.includes(key)) continue;
    const vb = JSON.stringify(toJson(before?.[key]));
    const va = JSON.stringify(toJson(after?.[key]));
    if (vb !== va) {
      if (before) b[key] = toJson(before[key]);
      if (after) a[key] = toJson(after[key]);
    }
  }
  return { before: before ? b : null, after: after ? a : null };
}

/** What the audit log says of whoever acted: null for the system itself. */
export type AuditActor = Pick<Actor, "id" | "role"> | null;

export async function recordAudit(
  tx: DbOrTx,
  actor: AuditActor,
  event: { action: AuditAction; entityType: string; entityId: string; before?: Row | null; after?: Row | null },
): Promise<void> {
  const diff = changedFields(event.before ?? null, event.after ?? null);
  await tx.auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: (diff.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (diff.after ?? undefined) as Prisma.InputJsonValue | undefined,
    },
    select: { id: true },
  });
}
