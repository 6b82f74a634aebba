// Records the roadmap editor's tests build on, written straight to the database: findings
// of a chosen severity, items with chosen titles, links and dependencies between them.
// Roadmaps at a stage of their review come from roadmap-review.ts.
import type { Database } from "@hemicycle/server/db/database";
import type { FindingStatus, IctArea, Severity } from "@hemicycle/shared/enums";

let counter = 0;

export async function createFindingOf(
  db: Database,
  options: {
    phaseId: string;
    authorId: string;
    severity: Severity;
    status?: FindingStatus;
    area?: IctArea;
    title?: string;
    recommendation?: string | null;
  },
) {
  const n = ++counter;
  return db.prisma.finding.create({
    data: {
      phaseId: options.phaseId,
      authorId: options.authorId,
      area: options.area ?? "LEG",
      kind: "GAP",
      severity: options.severity,
      title: options.title ?? `Finding ${n}`,
      description: "Observed during the assessment.",
      recommendation: options.recommendation === undefined ? `Recommendation ${n}` : options.recommendation,
      status: options.status ?? "VALIDATED",
    },
    select: { id: true, title: true, severity: true, area: true, recommendation: true },
  });
}

/** Items at the end of the roadmap, one per title, in order; returns their ids. */
export async function createItems(db: Database, roadmapId: string, titles: readonly string[]): Promise<string[]> {
  const last = await db.prisma.roadmapItem.aggregate({ where: { roadmapId }, _max: { position: true } });
  const start = (last._max.position ?? -1) + 1;
  const ids: string[] = [];
  for (const [i, title] of titles.entries()) {
    const item = await db.prisma.roadmapItem.create({
      data: { roadmapId, title, area: "LEG", position: start + i },
      select: { id: true },
    });
    ids.push(item.id);
  }
  return ids;
}

export async function linkFindings(db: Database, itemId: string, findingIds: readonly string[]) {
  await db.prisma.roadmapItemFinding.createMany({ data: findingIds.map((findingId) => ({ itemId, findingId })) });
}

/** `itemId` depends on each of `dependsOn`. */
export async function addDependencies(db: Database, itemId: string, dependsOn: readonly string[]) {
  await db.prisma.roadmapItemDependency.createMany({ data: dependsOn.map((dependsOnId) => ({ itemId, dependsOnId })) });
}
