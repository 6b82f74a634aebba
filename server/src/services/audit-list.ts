// Reading the audit log (docs/security.md, "Audit log"): the events among the filters,
// newest first, each with the names the admin view puts in its sentence ("Claire Moreau
// assigned Ana Silva as lead of the assessment of Zambia ICT 2026"). Names are resolved for
// a whole page at once: one query per kind of record on the page, never one per event.
import type { PhaseKind } from "@hemicycle/shared/enums";
import type { TAuditFilterInput, TAuditListInput } from "@hemicycle/shared/schemas/audit";
import type { Prisma } from "../db/generated/client.ts";
import type { Db } from "../db/types.ts";
import { paginate, type Keyset } from "../lib/pagination.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

export function auditWhere(filters: TAuditFilterInput): Prisma.AuditEventWhereInput {
  return {
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.from || filters.to
      ? {
          createdAt: {
            ...(filters.from ? { gte: filters.from } : {}),
            // The last day is included: before the next midnight (UTC).
            ...(filters.to ? { lt: new Date(filters.to.getTime() + DAY_MS) } : {}),
          },
        }
      : {}),
  };
}

/** The log's order, newest first, for its pages and its CSV. */
export const auditKeyset: Keyset<Prisma.AuditEventWhereInput, Prisma.AuditEventOrderByWithRelationInput> = {
  keys: [{ path: ["createdAt"], direction: "desc", type: "date" }],
  idDirection: "desc",
};

export const auditEventSelect = {
  id: true,
  createdAt: true,
  action: true,
  entityType: true,
  entityId: true,
  actorRole: true,
  before: true,
  after: true,
  actor: { select: { id: true, name: true, email: true } },
} satisfies Prisma.AuditEventSelect;
type AuditRow = Prisma.AuditEventGetPayload<{ select: typeof auditEventSelect }>;

/**
 * What a sentence names besides the actor: the record (`entity`: a mission's, finding's,
 * roadmap's … title or name; for a phase or an assignment, its mission's), the phase's
 * kind for those two, and the expert of an assignment. Null where the record is gone or
 * has no name (a session, an address).
 */
export type AuditWords = { entity: string | null; phase: PhaseKind | null; expert: string | null };

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json | null =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : null;
const stringField = (row: AuditRow, key: string): string | null => {
  for (const side of [asObject(row.after), asObject(row.before)]) {
    const value = side?.[key];
    if (typeof value === "string") return value;
  }
  return null;
};

const idsOf = (rows: readonly AuditRow[], type: string) => [
  ...new Set(rows.filter((r) => r.entityType === type && r.entityId).map((r) => r.entityId)),
];

async function byId<T extends { id: string }>(ids: string[], fetch: (ids: string[]) => Promise<T[]>) {
  return new Map((ids.length ? await fetch(ids) : []).map((row) => [row.id, row]));
}

/** The words of every event of a page, resolved with one query per kind of record. */
export async function auditWords(db: Db, rows: readonly AuditRow[]): Promise<Map<string, AuditWords>> {
  const named = async (type: string, fetch: (ids: string[]) => Promise<{ id: string; name: string }[]>) =>
    [type, await byId(idsOf(rows, type), fetch)] as const;
  const where = (ids: string[]) => ({ where: { id: { in: ids } } });

  // An assignment still there gives its phase and expert; a removed one left them in its event.
  const assignments = await byId(idsOf(rows, "assignment"), (ids) =>
    db.assignment.findMany({ ...where(ids), select: { id: true, phaseId: true, expertId: true } }),
  );
  const assignmentOf = (row: AuditRow) => {
    const found = assignments.get(row.entityId);
    return {
      phaseId: found?.phaseId ?? stringField(row, "phaseId"),
      expertId: found?.expertId ?? stringField(row, "expertId"),
    };
  };
  const phaseIds = new Set(idsOf(rows, "phase"));
  const expertIds = new Set(idsOf(rows, "expert"));
  for (const row of rows) {
    if (row.entityType !== "assignment") continue;
    const { phaseId, expertId } = assignmentOf(row);
    if (phaseId) phaseIds.add(phaseId);
    if (expertId) expertIds.add(expertId);
  }

  const [phases, experts, ...others] = await Promise.all([
    byId([...phaseIds], (ids) =>
      db.phase.findMany({ ...where(ids), select: { id: true, kind: true, mission: { select: { title: true } } } }),
    ),
    byId([...expertIds], (ids) => db.expert.findMany({ ...where(ids), select: { id: true, name: true } })),
    named("mission", (ids) =>
      db.mission
        .findMany({ ...where(ids), select: { id: true, title: true } })
        .then((r) => r.map((m) => ({ id: m.id, name: m.title }))),
    ),
    named("finding", (ids) =>
      db.finding
        .findMany({ ...where(ids), select: { id: true, title: true } })
        .then((r) => r.map((f) => ({ id: f.id, name: f.title }))),
    ),
    named("attachment", (ids) =>
      db.attachment
        .findMany({ ...where(ids), select: { id: true, fileName: true } })
        .then((r) => r.map((a) => ({ id: a.id, name: a.fileName }))),
    ),
    named("roadmap", (ids) =>
      db.roadmap
        .findMany({ ...where(ids), select: { id: true, title: true } })
        .then((r) => r.map((m) => ({ id: m.id, name: m.title }))),
    ),
    named("roadmapItem", (ids) =>
      db.roadmapItem
        .findMany({ ...where(ids), select: { id: true, title: true } })
        .then((r) => r.map((i) => ({ id: i.id, name: i.title }))),
    ),
    named("comment", (ids) =>
      db.comment
        .findMany({ ...where(ids), select: { id: true, roadmap: { select: { title: true } } } })
        .then((r) => r.map((c) => ({ id: c.id, name: c.roadmap.title }))),
    ),
    named("termsOfReference", (ids) =>
      db.termsOfReference
        .findMany({ ...where(ids), select: { id: true, title: true } })
        .then((r) => r.map((tor) => ({ id: tor.id, name: tor.title }))),
    ),
    named("parliament", (ids) => db.parliament.findMany({ ...where(ids), select: { id: true, name: true } })),
    named("programme", (ids) => db.programme.findMany({ ...where(ids), select: { id: true, name: true } })),
    named("user", (ids) => db.user.findMany({ ...where(ids), select: { id: true, name: true } })),
  ]);
  const names = new Map<string, Map<string, { id: string; name: string }>>(others);

  const words = new Map<string, AuditWords>();
  for (const row of rows) {
    let w: AuditWords = { entity: null, phase: null, expert: null };
    if (row.entityType === "phase" || row.entityType === "assignment") {
      const { phaseId, expertId } =
        row.entityType === "phase" ? { phaseId: row.entityId, expertId: null } : assignmentOf(row);
      const phase = phaseId ? phases.get(phaseId) : undefined;
      w = {
        entity: phase?.mission.title ?? null,
        phase: phase?.kind ?? null,
        expert: expertId ? (experts.get(expertId)?.name ?? null) : null,
      };
    } else if (row.entityType === "expert") {
      w.entity = experts.get(row.entityId)?.name ?? null;
    } else {
      w.entity = names.get(row.entityType)?.get(row.entityId)?.name ?? null;
    }
    words.set(row.id, w);
  }
  return words;
}

export async function listAuditEvents(db: Db, input: TAuditListInput) {
  const page = await paginate(input, auditKeyset, (args) =>
    db.auditEvent.findMany({ ...args, where: { AND: [auditWhere(input), args.where] }, select: auditEventSelect }),
  );
  const words = await auditWords(db, page.items);
  return {
    ...page,
    items: page.items.map((item) => ({ ...item, words: words.get(item.id)! })),
  };
}

/** The people the log names as actors, for its filter: whoever has an event, by name. */
export function listAuditActors(db: Db) {
  return db.user.findMany({
    where: { auditEvents: { some: {} } },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
