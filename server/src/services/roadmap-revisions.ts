// A roadmap's revisions (docs/roadmaps.md, "Revisions and review"): the history with
// who submitted and who decided what and when, the comparison of any two revisions (or
// a revision and the roadmap as it is now), and the last revision each person looked
// at, so that the review page can show what changed since.
import type { z } from "zod";
import type { Actor } from "@hemicycle/shared/policy";
import {
  ROADMAP_FIELDS,
  ROADMAP_ITEM_FIELDS,
  type ZCompareRevisionsInput,
  type ZMarkRevisionSeenInput,
} from "@hemicycle/shared/schemas/roadmaps";
import type { Db, DbOrTx } from "../db/types.ts";
import { findingScope, scoped } from "../access/scopes.ts";
import { notFound } from "../lib/errors.ts";
import { recordAudit } from "./audit.ts";
import { readSnapshot, takeSnapshot, type RoadmapSnapshot, type SnapshotItem } from "./roadmap-snapshot.ts";

type TCompareRevisionsInput = z.infer<typeof ZCompareRevisionsInput>;
type TMarkRevisionSeenInput = z.infer<typeof ZMarkRevisionSeenInput>;

const person = { select: { id: true, name: true } } as const;

/**
 * Every revision of a roadmap the caller may see (the router checked it), newest first,
 * each with the decisions taken on it: who endorsed which revision, and when.
 */
export async function listRevisions(db: DbOrTx, roadmapId: string) {
  return db.roadmapRevision.findMany({
    where: { roadmapId },
    orderBy: { number: "desc" },
    select: {
      number: true,
      kind: true,
      createdAt: true,
      createdBy: person,
      decisions: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { decision: true, comment: true, decidedBy: person, createdAt: true },
      },
    },
  });
}

async function snapshotOf(db: DbOrTx, roadmapId: string, number: number): Promise<RoadmapSnapshot> {
  const snapshot = await readSnapshot(db, roadmapId, number);
  if (!snapshot) throw notFound("revision");
  return snapshot;
}

/** One changed field, its values as the reader sees them: text, or null for none. */
export type FieldChange = { field: string; from: string | null; to: string | null };

const text = (value: string | number | null) => (value === null ? null : String(value));

/** Names for a list of ids, sorted so that the same set always reads the same; null for none. */
function joined(ids: readonly string[], names: (id: string) => string | undefined): string | null {
  const shown = ids.map(names).filter((n): n is string => n !== undefined);
  return shown.length === 0 ? null : shown.sort((a, b) => a.localeCompare(b)).join(", ");
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/**
 * What changed from one revision to another (or to the roadmap as it is now, `to:
 * "current"`): the roadmap's own fields, items added and removed, and each changed field
 * of the items in both. Dependencies read as the titles of the items depended on, linked
 * findings as the titles of those the caller may see; the order of items is not
 * compared (moving one item would otherwise change every item after it).
 */
export async function compareRevisions(db: DbOrTx, actor: Actor, input: TCompareRevisionsInput) {
  const before = await snapshotOf(db, input.id, input.from);
  const after = input.to === "current" ? await takeSnapshot(db, input.id) : await snapshotOf(db, input.id, input.to);

  const findingIds = [...before.items, ...after.items].flatMap((i) => i.findingIds);
  const findings = await db.finding.findMany({
    where: scoped(findingScope(actor), { id: { in: [...new Set(findingIds)] } }),
    select: { id: true, title: true },
  });
  const findingTitles = new Map(findings.map((f) => [f.id, f.title]));
  const visibleFindings = (ids: readonly string[]) => ids.filter((id) => findingTitles.has(id));

  const roadmap: FieldChange[] = [];
  for (const field of ROADMAP_FIELDS) {
    const [from, to] = [text(before.roadmap[field]), text(after.roadmap[field])];
    if (from !== to) roadmap.push({ field, from, to });
  }

  const beforeById = new Map(before.items.map((i) => [i.id, i]));
  const afterById = new Map(after.items.map((i) => [i.id, i]));
  const titleIn = (items: Map<string, SnapshotItem>) => (id: string) => items.get(id)?.title;

  const changed = [];
  for (const item of after.items) {
    const old = beforeById.get(item.id);
    if (!old) continue;
    const changes: FieldChange[] = [];
    for (const field of ROADMAP_ITEM_FIELDS) {
      const [from, to] = [text(old[field]), text(item[field])];
      if (from !== to) changes.push({ field, from, to });
    }
    if (!sameSet(old.dependsOn, item.dependsOn)) {
      changes.push({
        field: "dependsOn",
        from: joined(old.dependsOn, titleIn(beforeById)),
        to: joined(item.dependsOn, titleIn(afterById)),
      });
    }
    const [oldFindings, newFindings] = [visibleFindings(old.findingIds), visibleFindings(item.findingIds)];
    if (!sameSet(oldFindings, newFindings)) {
      const title = (id: string) => findingTitles.get(id);
      changes.push({ field: "findings", from: joined(oldFindings, title), to: joined(newFindings, title) });
    }
    if (changes.length > 0) changed.push({ id: item.id, title: item.title, changes });
  }

  return {
    from: input.from,
    to: input.to,
    roadmap,
    added: after.items.filter((i) => !beforeById.has(i.id)).map(({ id, title }) => ({ id, title })),
    removed: before.items.filter((i) => !afterById.has(i.id)).map(({ id, title }) => ({ id, title })),
    changed,
  };
}

/**
 * Remembers that the caller looked at revision `number` (the review page does when it
 * opens one). It only moves forward: opening an older revision from the history does not
 * make the newer ones count as unseen again.
 */
export async function markRevisionSeen(db: Db, actor: Actor, input: TMarkRevisionSeenInput) {
  return db.$transaction(async (tx) => {
    const revision = await tx.roadmapRevision.findUnique({
      where: { roadmapId_number: { roadmapId: input.id, number: input.number } },
      select: { number: true },
    });
    if (!revision) throw notFound("revision");
    const key = { userId_roadmapId: { userId: actor.id, roadmapId: input.id } };
    const seen = await tx.roadmapRevisionView.findUnique({ where: key, select: { number: true } });
    if (seen && seen.number >= input.number) return { roadmapId: input.id, lastSeenRevision: seen.number };
    await tx.roadmapRevisionView.upsert({
      where: key,
      create: { userId: actor.id, roadmapId: input.id, number: input.number },
      update: { number: input.number, seenAt: new Date() },
      select: { number: true },
    });
    await recordAudit(tx, actor, {
      action: "roadmap.markRevisionSeen",
      entityType: "roadmap",
      entityId: input.id,
      before: { lastSeenRevision: seen?.number ?? null },
      after: { lastSeenRevision: input.number },
    });
    return { roadmapId: input.id, lastSeenRevision: input.number };
  });
}
