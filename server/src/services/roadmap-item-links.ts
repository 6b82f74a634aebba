// An item's links as whole sets: the items it depends on (roadmap-dependencies.ts) and the
// findings it answers (roadmap-coverage.ts). The editor sends the set it wants, which
// replaces the current one; sets are not versioned (docs/roadmaps.md, "Editing").
import type { AuditAction } from "@hemicycle/shared/audit-actions";
import type { Actor } from "@hemicycle/shared/policy";
import type { Tx } from "../db/types.ts";
import { recordAudit } from "./audit.ts";
import type { EditChange } from "./roadmap-edit.ts";

export type ItemLinkSet = {
  itemId: string;
  /** The ids linked now (those the caller may see, where the caller's reach limits them). */
  current: readonly string[];
  /** The ids wanted, without repeats and already checked. */
  wanted: readonly string[];
  unlink: (ids: string[]) => Promise<unknown>;
  link: (ids: string[]) => Promise<unknown>;
  /** The audit event's action, and the name under which it records the set before and after. */
  audit: { action: AuditAction; field: string };
};

/**
 * Makes the item's links the wanted set: unlinks the ids no longer wanted, links the new
 * ones and audits the whole set before and after, sorted so that the same set always
 * reads the same. An unchanged set writes nothing and reports no change, so an endorsed
 * roadmap stays endorsed.
 */
export async function replaceItemLinks(tx: Tx, actor: Actor, links: ItemLinkSet): Promise<EditChange[]> {
  const { itemId, current, wanted } = links;
  const removed = current.filter((id) => !wanted.includes(id));
  const added = wanted.filter((id) => !current.includes(id));
  if (removed.length === 0 && added.length === 0) return [];
  if (removed.length > 0) await links.unlink(removed);
  if (added.length > 0) await links.link(added);
  await recordAudit(tx, actor, {
    action: links.audit.action,
    entityType: "roadmapItem",
    entityId: itemId,
    before: { [links.audit.field]: [...current].sort() },
    after: { [links.audit.field]: [...wanted].sort() },
  });
  return [{ kind: "item", itemId }];
}
