// Traceability between the roadmap and the assessment (docs/roadmaps.md, "Editing"): the
// findings each item answers, the coverage of the mission's validated findings, and
// proposals of items for the high and critical findings no item answers yet.
import { SEVERITIES, type IctArea, type Priority, type Severity, type Term } from "@hemicycle/shared/enums";
import { mayEditRoadmap, type Actor } from "@hemicycle/shared/policy";
import type { ZLinkFindingsInput } from "@hemicycle/shared/schemas/roadmaps";
import type { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import type { Db, DbOrTx, Tx } from "../db/types.ts";
import { findingScope, scoped } from "../access/scopes.ts";
import { findVisibleRoadmap, type VisibleRoadmap } from "../access/visible.ts";
import { fail, fieldError, notFound } from "../lib/errors.ts";
import type { RoadmapEvents } from "../live/roadmap-events.ts";
import { editRoadmapItem, type RoadmapItemWrite } from "./roadmap-edit.ts";
import { itemOrder } from "./roadmap-fields.ts";
import { replaceItemLinks } from "./roadmap-item-links.ts";

// ---------------------------------------------------------------------------------------
// Linked findings
// ---------------------------------------------------------------------------------------

/**
 * The findings an item of this roadmap may answer: each visible to the caller (a field
 * error `notFound` otherwise, the same whether it exists or not) and about the roadmap's
 * parliament (`findingOtherParliament`). Returns the ids without repeats.
 */
export async function assertLinkableFindings(
  tx: DbOrTx,
  actor: Actor,
  roadmap: Pick<VisibleRoadmap, "parliamentId">,
  findingIds: readonly string[],
): Promise<string[]> {
  const ids = [...new Set(findingIds)];
  if (ids.length === 0) return ids;
  const found = await tx.finding.findMany({
    where: scoped<Prisma.FindingWhereInput>(findingScope(actor), { id: { in: ids } }),
    select: { id: true, phase: { select: { mission: { select: { parliamentId: true } } } } },
  });
  if (found.length !== ids.length) throw fieldError("findingIds", "notFound", { entity: "finding" });
  if (found.some((f) => f.phase.mission.parliamentId !== roadmap.parliamentId))
    throw fieldError("findingIds", "findingOtherParliament");
  return ids;
}

/**
 * The findings an item answers, as a whole set replacing the current one. Links to
 * findings the caller cannot see are neither shown to them nor touched.
 */
export async function linkRoadmapFindings(
  db: Db,
  actor: Actor,
  input: z.output<typeof ZLinkFindingsInput>,
  events: RoadmapEvents,
): Promise<RoadmapItemWrite> {
  const { itemId } = input;
  return editRoadmapItem(db, actor, events, itemId, {
    run: async (tx: Tx, visible) => {
      const wanted = await assertLinkableFindings(tx, actor, visible, input.findingIds);
      const current = await tx.roadmapItemFinding.findMany({
        where: { itemId, finding: findingScope(actor) },
        select: { findingId: true },
      });
      const changes = await replaceItemLinks(tx, actor, {
        itemId,
        current: current.map((l) => l.findingId),
        wanted,
        unlink: (removed) => tx.roadmapItemFinding.deleteMany({ where: { itemId, findingId: { in: removed } } }),
        link: (added) => tx.roadmapItemFinding.createMany({ data: added.map((findingId) => ({ itemId, findingId })) }),
        audit: { action: "roadmapItem.linkFindings", field: "findingIds" },
      });
      return { result: null, changes };
    },
  });
}

// ---------------------------------------------------------------------------------------
// Coverage and proposals
// ---------------------------------------------------------------------------------------

/** Most severe first. */
const SEVERITY_ORDER = [...SEVERITIES].reverse();
const severityRank = (severity: Severity) => SEVERITY_ORDER.indexOf(severity);
const HIGH_OR_CRITICAL: readonly Severity[] = ["HIGH", "CRITICAL"];

/** The validated findings of the roadmap's mission within the caller's reach, with whether an item of this roadmap answers each. */
async function missionFindings(db: DbOrTx, actor: Actor, roadmap: VisibleRoadmap, severities?: readonly Severity[]) {
  const findings = await db.finding.findMany({
    where: scoped<Prisma.FindingWhereInput>(
      findingScope(actor),
      { status: "VALIDATED", phase: { missionId: roadmap.missionId } },
      severities && { severity: { in: [...severities] } },
    ),
    select: {
      id: true,
      title: true,
      severity: true,
      area: true,
      description: true,
      recommendation: true,
      roadmapLinks: { where: { item: { roadmapId: roadmap.id } }, select: { itemId: true }, take: 1 },
    },
  });
  return findings
    .map(({ roadmapLinks, ...finding }) => ({ ...finding, answered: roadmapLinks.length > 0 }))
    .sort(
      (a, b) =>
        severityRank(a.severity) - severityRank(b.severity) ||
        a.area.localeCompare(b.area) ||
        a.title.localeCompare(b.title) ||
        a.id.localeCompare(b.id),
    );
}

export type RoadmapCoverage = {
  /** The validated high and critical findings; `percent` rounded down, null when there are none. */
  highCritical: { total: number; answered: number; percent: number | null };
  /** Every severity, most severe first. */
  bySeverity: { severity: Severity; total: number; answered: number }[];
  /** Validated findings of the mission that no item answers, most severe first. */
  unansweredFindings: { id: string; title: string; severity: Severity; area: IctArea }[];
  /** Items linked to no finding the caller may see, in the roadmap's order. */
  itemsWithoutFindings: { id: string; title: string }[];
};

/**
 * How far the roadmap answers the assessment: the validated findings of its mission that
 * at least one item answers, by severity. For anyone who may read the roadmap, counted
 * within their reach (the PDF export uses it too).
 */
export async function roadmapCoverage(db: DbOrTx, actor: Actor, roadmapId: string): Promise<RoadmapCoverage> {
  const roadmap = await findVisibleRoadmap(db, actor, roadmapId);
  if (!roadmap) throw notFound("roadmap");
  const findings = await missionFindings(db, actor, roadmap);
  const itemsWithoutFindings = await db.roadmapItem.findMany({
    where: { roadmapId, findings: { none: { finding: findingScope(actor) } } },
    select: { id: true, title: true },
    orderBy: itemOrder,
  });
  const bySeverity = SEVERITY_ORDER.map((severity) => {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    return { severity, total: ofSeverity.length, answered: ofSeverity.filter((f) => f.answered).length };
  });
  const high = bySeverity.filter((s) => HIGH_OR_CRITICAL.includes(s.severity));
  const total = high.reduce((sum, s) => sum + s.total, 0);
  const answered = high.reduce((sum, s) => sum + s.answered, 0);
  return {
    highCritical: { total, answered, percent: total === 0 ? null : Math.floor((answered * 100) / total) },
    bySeverity,
    unansweredFindings: findings
      .filter((f) => !f.answered)
      .map(({ id, title, severity, area }) => ({ id, title, severity, area })),
    itemsWithoutFindings,
  };
}

export type RoadmapItemProposal = {
  findingId: string;
  findingTitle: string;
  severity: Severity;
  area: IctArea;
  title: string;
  description: string | null;
  priority: Priority;
  term: Term;
  findingIds: string[];
};

/**
 * Start from the findings: one proposed item per validated high or critical finding of
 * the mission that no item answers yet, most severe first. Nothing is stored: the editor
 * accepts one (createItem with its findingIds), merges it into an item (linkFindings) or
 * discards it.
 */
export async function proposeRoadmapItems(db: DbOrTx, actor: Actor, roadmapId: string): Promise<RoadmapItemProposal[]> {
  const roadmap = await findVisibleRoadmap(db, actor, roadmapId);
  if (!roadmap) throw notFound("roadmap");
  if (!mayEditRoadmap(actor, roadmap)) throw fail("FORBIDDEN", "forbidden");
  const findings = await missionFindings(db, actor, roadmap, HIGH_OR_CRITICAL);
  return findings
    .filter((f) => !f.answered)
    .map((f) => ({
      findingId: f.id,
      findingTitle: f.title,
      severity: f.severity,
      area: f.area,
      title: f.title,
      description: f.recommendation ?? null,
      priority: "HIGH",
      // A critical gap is for the first year or two; a high one for the plan's middle.
      term: f.severity === "CRITICAL" ? "SHORT" : "MEDIUM",
      findingIds: [f.id],
    }));
}
