// A mission's activity feed, read from the audit log: the events of the mission, its
// phases, its team, its findings and its roadmap, newest first, each with who acted and
// the few values a sentence needs (the phase, the expert, the finding, the new status).
// What the viewer may see decides which events come back: parliament staff get the
// validation of a finding (never a draft's life) and the roadmap's review steps (never
// the team's drafting), and no one gets before/after values (an override's reason is the
// team's own).
import { DENIED_ACTIONS } from "@hemicycle/shared/audit-actions";
import { readsOnlyValidatedFindings, type Actor } from "@hemicycle/shared/policy";
import type { Prisma } from "../db/generated/client.ts";
import type { Db } from "../db/types.ts";
import { findingScope, roadmapScope, scoped } from "../access/scopes.ts";
import { paginate, type Keyset } from "../lib/pagination.ts";

/** The roadmap's steps that parliament staff see: the ones they take part in. */
const ROADMAP_ACTIONS_FOR_STAFF = ["roadmap.submitForReview", "roadmap.review"];
/** Values never named in the feed: they are the team's private reasons. */
const PRIVATE_FIELDS = new Set(["overrideReason", "note", "version"]);

const activitySelect = {
  id: true,
  createdAt: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  actor: { select: { name: true } },
} satisfies Prisma.AuditEventSelect;

export type ActivityItem = {
  id: string;
  at: Date;
  /** The audit action, e.g. "phase.assignExpert": the client words it. */
  action: string;
  entityType: string;
  /** Who acted; null for the system (the demo data, a migration). */
  actorName: string | null;
  phaseKind: string | null;
  expertName: string | null;
  findingTitle: string | null;
  /** The status the change led to, when it set one. */
  status: string | null;
  /** The fields that changed (never a private one), for "changed the dates". */
  fields: string[];
};

type Json = Record<string, unknown> | null;
const asRecord = (value: unknown): Json =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
const text = (value: unknown): string | null => (typeof value === "string" ? value : null);

const newestFirst: Keyset<Prisma.AuditEventWhereInput, Prisma.AuditEventOrderByWithRelationInput> = {
  keys: [{ path: ["createdAt"], direction: "desc", type: "date" }],
  idDirection: "desc",
};

export async function missionActivity(
  db: Db,
  actor: Actor,
  missionId: string,
  page: { cursor?: string | null | undefined; limit: number },
) {
  const staffView = readsOnlyValidatedFindings(actor);
  const [phases, findings, roadmap] = await Promise.all([
    db.phase.findMany({ where: { missionId }, select: { id: true, kind: true } }),
    db.finding.findMany({
      where: scoped<Prisma.FindingWhereInput>(findingScope(actor), { phase: { missionId } }),
      select: { id: true, title: true },
    }),
    db.roadmap.findFirst({
      where: scoped<Prisma.RoadmapWhereInput>(roadmapScope(actor), { missionId }),
      select: { id: true },
    }),
  ]);
  const phaseIds = phases.map((p) => p.id);
  const onPhase = (side: "before" | "after") =>
    phaseIds.map((id) => ({ [side]: { path: ["phaseId"], equals: id } }) satisfies Prisma.AuditEventWhereInput);

  const sources: Prisma.AuditEventWhereInput[] = [
    { entityType: "mission", entityId: missionId },
    { entityType: "phase", entityId: { in: phaseIds } },
    ...(phaseIds.length ? [{ entityType: "assignment", OR: [...onPhase("after"), ...onPhase("before")] }] : []),
    staffView
      ? {
          entityType: "finding",
          entityId: { in: findings.map((f) => f.id) },
          action: "finding.setStatus",
          after: { path: ["status"], equals: "VALIDATED" },
        }
      : { entityType: "finding", entityId: { in: findings.map((f) => f.id) } },
  ];
  if (roadmap) {
    sources.push({
      entityType: "roadmap",
      entityId: roadmap.id,
      ...(staffView ? { action: { in: ROADMAP_ACTIONS_FOR_STAFF } } : {}),
    });
  }

  const result = await paginate(page, newestFirst, (args) =>
    db.auditEvent.findMany({
      ...args,
      // Refused attempts on the mission's records are the audit log's, not its activity: they
      // name whoever tried, another parliament's staff say (docs/security.md, "Scope").
      where: { AND: [{ OR: sources, action: { notIn: [...DENIED_ACTIONS] } }, args.where] },
      select: activitySelect,
    }),
  );

  // The names the sentences need, read once for the page.
  const expertIds = new Set<string>();
  for (const event of result.items) {
    if (event.entityType !== "assignment") continue;
    const id = text(asRecord(event.after)?.expertId) ?? text(asRecord(event.before)?.expertId);
    if (id) expertIds.add(id);
  }
  const experts = expertIds.size
    ? await db.expert.findMany({ where: { id: { in: [...expertIds] } }, select: { id: true, name: true } })
    : [];
  const phaseKind = new Map(phases.map((p) => [p.id, p.kind]));
  const findingTitle = new Map(findings.map((f) => [f.id, f.title]));
  const expertName = new Map(experts.map((e) => [e.id, e.name]));

  const items = result.items.map((event): ActivityItem => {
    const before = asRecord(event.before);
    const after = asRecord(event.after);
    const phaseId =
      event.entityType === "phase" ? event.entityId : (text(after?.phaseId) ?? text(before?.phaseId) ?? null);
    const expertId = event.entityType === "assignment" ? (text(after?.expertId) ?? text(before?.expertId)) : null;
    const fields = Object.keys(after ?? before ?? {}).filter((key) => !PRIVATE_FIELDS.has(key));
    return {
      id: event.id,
      at: event.createdAt,
      action: event.action,
      entityType: event.entityType,
      actorName: event.actor?.name ?? null,
      phaseKind: phaseId ? (phaseKind.get(phaseId) ?? null) : null,
      expertName: expertId ? (expertName.get(expertId) ?? null) : null,
      findingTitle: event.entityType === "finding" ? (findingTitle.get(event.entityId) ?? null) : null,
      status: text(after?.status) ?? text(after?.decision) ?? null,
      fields: event.action.endsWith(".update") ? fields : [],
    };
  });
  return { items, nextCursor: result.nextCursor };
}
