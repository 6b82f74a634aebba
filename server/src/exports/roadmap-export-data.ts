// What the roadmap exports read, within the reader's reach: the roadmap with its mission
// and parliament, its items page by page (a roadmap may hold 5,000: never all of them in
// memory at once, and the file streams out while later pages are read), the endorsed
// baseline the plan is measured against, and the review record. Linked findings are only
// those the reader may see, as on the screen.
import { setImmediate as afterPendingIo } from "node:timers/promises";
import type { Actor } from "@hemicycle/shared/policy";
import { findingScope } from "../access/scopes.ts";
import { findVisibleRoadmap } from "../access/visible.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { Db } from "../db/types.ts";
import { keysetPages, type Keyset } from "../lib/pagination.ts";
import { costString, itemEditableSelect, roadmapEditableSelect } from "../services/roadmap-fields.ts";
import { readSnapshot } from "../services/roadmap-snapshot.ts";

/** Items read per query. */
export const EXPORT_PAGE_SIZE = 500;

const roadmapExportSelect = {
  id: true,
  ...roadmapEditableSelect,
  status: true,
  baselineRevision: true,
  mission: { select: { code: true, title: true, parliament: { select: { name: true } } } },
} satisfies Prisma.RoadmapSelect;

export type ExportRoadmap = Prisma.RoadmapGetPayload<{ select: typeof roadmapExportSelect }>;

/** The roadmap as the exports print it; null when the reader may not see it (or it does not exist). */
export async function findExportRoadmap(db: Db, actor: Actor, roadmapId: string): Promise<ExportRoadmap | null> {
  const visible = await findVisibleRoadmap(db, actor, roadmapId);
  if (!visible) return null;
  return db.roadmap.findUnique({ where: { id: visible.id }, select: roadmapExportSelect });
}

function exportItemSelect(actor: Actor) {
  return {
    id: true,
    position: true,
    ...itemEditableSelect,
    dependsOn: { select: { dependsOn: { select: { title: true, position: true } } } },
    findings: { where: { finding: findingScope(actor) }, select: { finding: { select: { title: true } } } },
  } satisfies Prisma.RoadmapItemSelect;
}

type ItemRow = Prisma.RoadmapItemGetPayload<{ select: ReturnType<typeof exportItemSelect> }>;

export type ExportItem = Omit<ItemRow, "dependsOn" | "findings" | "costEstimate"> & {
  /** Two decimals, as the API sends it. */
  costEstimate: string | null;
  /** Titles of the items it depends on, in roadmap order. */
  dependsOn: string[];
  /** Titles of the findings it answers that the reader may see, alphabetically. */
  findings: string[];
};

function toExportItem({ dependsOn, findings, costEstimate, ...item }: ItemRow): ExportItem {
  return {
    ...item,
    costEstimate: costString(costEstimate),
    dependsOn: dependsOn
      .map((d) => d.dependsOn)
      .sort((a, b) => a.position - b.position)
      .map((d) => d.title),
    findings: findings.map((f) => f.finding.title).sort((a, b) => a.localeCompare(b)),
  };
}

/** Roadmap order (itemOrder), read a page at a time from where the last ended. */
const itemKeyset: Keyset<Prisma.RoadmapItemWhereInput, Prisma.RoadmapItemOrderByWithRelationInput> = {
  keys: [{ path: ["position"], direction: "asc", type: "int" }],
  idDirection: "asc",
};

/**
 * The items matching `where` (within one roadmap), in roadmap order, a page at a time.
 * Between pages the event loop serves other requests first: PGlite runs in this thread.
 */
export async function* exportItemPages(
  db: Db,
  actor: Actor,
  where: Prisma.RoadmapItemWhereInput & { roadmapId: string },
): AsyncGenerator<ExportItem[]> {
  const pages = keysetPages(itemKeyset, EXPORT_PAGE_SIZE, (page) =>
    db.roadmapItem.findMany({ ...page, where: { AND: [where, page.where] }, select: exportItemSelect(actor) }),
  );
  for await (const rows of pages) {
    yield rows.map(toExportItem);
    await afterPendingIo();
  }
}

/** Items drawn or written between two breaks for the event loop. */
const ITEMS_BETWEEN_BREAKS = 25;

/**
 * Calls `write` on every item of `pages`. Writing a file is synchronous work: every
 * ITEMS_BETWEEN_BREAKS items, other requests are served first, so a large export never
 * holds the server (and PGlite, which runs in this thread) for more than a moment.
 */
export async function forEachItem(pages: AsyncIterable<ExportItem[]>, write: (item: ExportItem) => void) {
  let written = 0;
  for await (const page of pages) {
    for (const item of page) {
      write(item);
      written += 1;
      if (written % ITEMS_BETWEEN_BREAKS === 0) await afterPendingIo();
    }
  }
}

/** The strategic objectives of the roadmap's items, in the order they first appear; null for items without one. */
export async function objectivesInOrder(
  db: Db,
  roadmapId: string,
): Promise<{ objective: string | null; count: number }[]> {
  const groups = await db.roadmapItem.groupBy({
    by: ["strategicObjective"],
    where: { roadmapId },
    _min: { position: true },
    _count: { _all: true },
  });
  return groups
    .sort((a, b) => (a._min.position ?? 0) - (b._min.position ?? 0))
    .map((g) => ({ objective: g.strategicObjective, count: g._count._all }));
}

/** Number of items, their date range and their total cost per currency. */
export async function itemFigures(db: Db, roadmapId: string) {
  const [range, costs] = await Promise.all([
    db.roadmapItem.aggregate({
      where: { roadmapId },
      _count: { _all: true },
      _min: { startDate: true, endDate: true },
      _max: { startDate: true, endDate: true },
    }),
    db.roadmapItem.groupBy({
      by: ["currency"],
      where: { roadmapId, costEstimate: { not: null } },
      _sum: { costEstimate: true },
      orderBy: { currency: "asc" },
    }),
  ]);
  const dates = [range._min.startDate, range._min.endDate, range._max.startDate, range._max.endDate].filter(
    (d): d is Date => d !== null,
  );
  return {
    count: range._count._all,
    earliest: dates.length ? new Date(Math.min(...dates.map((d) => d.getTime()))) : null,
    latest: dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : null,
    totals: costs.map((c) => ({ currency: c.currency, total: c._sum.costEstimate?.toFixed(2) ?? "0.00" })),
  };
}

/** Where an item stood in the endorsed revision, by item id; empty without a baseline. */
export type ExportBaseline = Map<
  string,
  { startDate: string | null; endDate: string | null; costEstimate: string | null }
>;

export async function loadExportBaseline(db: Db, roadmap: Pick<ExportRoadmap, "id" | "baselineRevision">) {
  const baseline: ExportBaseline = new Map();
  if (roadmap.baselineRevision === null) return baseline;
  const snapshot = await readSnapshot(db, roadmap.id, roadmap.baselineRevision);
  for (const { id, startDate, endDate, costEstimate } of snapshot?.items ?? []) {
    baseline.set(id, { startDate, endDate, costEstimate });
  }
  return baseline;
}

/** Who submitted and endorsed which revision, and every decision the parliament took, oldest first. */
export async function reviewRecord(db: Db, roadmapId: string) {
  const [revisions, decisions] = await Promise.all([
    db.roadmapRevision.findMany({
      where: { roadmapId },
      orderBy: { number: "asc" },
      select: { number: true, kind: true, createdAt: true, createdBy: { select: { name: true } } },
    }),
    db.reviewDecision.findMany({
      where: { roadmapId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        decision: true,
        comment: true,
        createdAt: true,
        revision: { select: { number: true } },
        decidedBy: { select: { name: true } },
      },
    }),
  ]);
  return { revisions, decisions };
}
export type ReviewRecord = Awaited<ReturnType<typeof reviewRecord>>;
