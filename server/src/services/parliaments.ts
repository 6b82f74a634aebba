// Parliaments: read by everyone in scope (staff see only their own), managed by admins
// and coordinators.
import type { Actor } from "@hemicycle/shared/policy";
import type { Prisma } from "../db/generated/client.ts";
import { Region } from "../db/generated/enums.ts";
import type { Db, DbOrTx } from "../db/types.ts";
import { notFound } from "../lib/errors.ts";
import { paginate, type Keyset, type OrderKey } from "../lib/pagination.ts";
import { searchWhere } from "../lib/search.ts";
import type {
  ParliamentSort,
  TCreateParliamentInput,
  TParliamentListInput,
  TUpdateParliamentInput,
} from "@hemicycle/shared/schemas/parliaments";
import { findingScope, missionScope, parliamentScope, scoped } from "../access/scopes.ts";
import { recordAudit } from "./audit.ts";
import { updateVersioned } from "./versioned-update.ts";

const parliamentSelect = {
  id: true,
  name: true,
  countryCode: true,
  region: true,
  structure: true,
  chamberNames: true,
  website: true,
  version: true,
} satisfies Prisma.ParliamentSelect;

/** The list's order: the chosen column, then the name and the id so that pages never overlap. */
function parliamentOrder(
  sort: ParliamentSort,
  order: "asc" | "desc",
): Keyset<Prisma.ParliamentWhereInput, Prisma.ParliamentOrderByWithRelationInput> {
  const name: OrderKey = { path: ["name"], direction: sort === "name" ? order : "asc", type: "string" };
  const first: OrderKey =
    sort === "country"
      ? { path: ["countryCode"], direction: order, type: "string" }
      : sort === "region"
        ? { path: ["region"], direction: order, type: Object.values(Region) }
        : name;
  return { keys: sort === "name" ? [name] : [first, name], idDirection: "asc" };
}

/** A page of the parliaments in the caller's reach, with how many match in all. */
export async function listParliaments(db: Db, actor: Actor, input: TParliamentListInput) {
  const where = scoped<Prisma.ParliamentWhereInput>(
    parliamentScope(actor),
    input.region && { region: input.region },
    input.structure && { structure: input.structure },
    searchWhere(input.search, (term, word) => [{ name: term }, { countryCode: { equals: word.toUpperCase() } }]),
  );
  const [page, total] = await Promise.all([
    paginate(input, parliamentOrder(input.sort, input.order), (page) =>
      db.parliament.findMany({ ...page, where: { AND: [where, page.where] }, select: parliamentSelect }),
    ),
    db.parliament.count({ where }),
  ]);
  return { ...page, total };
}

export async function getParliament(db: DbOrTx, actor: Actor, id: string) {
  const parliament = await db.parliament.findFirst({
    where: scoped<Prisma.ParliamentWhereInput>(parliamentScope(actor), { id }),
    select: parliamentSelect,
  });
  if (!parliament) throw notFound("parliament");
  return parliament;
}

export function createParliament(db: Db, actor: Actor, input: TCreateParliamentInput) {
  return db.$transaction(async (tx) => {
    const created = await tx.parliament.create({
      data: { ...input, website: input.website ?? null },
      select: parliamentSelect,
    });
    await recordAudit(tx, actor, {
      action: "parliament.create",
      entityType: "parliament",
      entityId: created.id,
      after: created,
    });
    return created;
  });
}

export function updateParliament(db: Db, actor: Actor, input: TUpdateParliamentInput) {
  const { id, version, ...changes } = input;
  return db.$transaction(async (tx) => {
    const { after } = await updateVersioned(tx, actor, {
      entity: "parliament",
      id,
      version,
      read: () => tx.parliament.findUnique({ where: { id }, select: parliamentSelect }),
      write: (where) => tx.parliament.updateMany({ where, data: { ...changes, version: { increment: 1 } } }),
      audit: { action: "parliament.update" },
    });
    return after;
  });
}

/**
 * What a parliament's home page shows at a glance: its missions by status and the
 * validated findings by ICT area and severity, counting only what the caller may see.
 */
export async function getParliamentOverview(db: Db, actor: Actor, parliamentId: string) {
  const [parliament, missionsByStatus, findings] = await Promise.all([
    getParliament(db, actor, parliamentId),
    db.mission.groupBy({
      by: ["status"],
      where: scoped<Prisma.MissionWhereInput>(missionScope(actor), { parliamentId }),
      _count: { _all: true },
    }),
    db.finding.groupBy({
      by: ["area", "severity"],
      where: scoped<Prisma.FindingWhereInput>(findingScope(actor), {
        status: "VALIDATED",
        phase: { mission: { parliamentId } },
      }),
      _count: { _all: true },
    }),
  ]);
  return {
    parliament,
    missionsByStatus: missionsByStatus.map((m) => ({ status: m.status, count: m._count._all })),
    validatedFindings: findings.map((f) => ({ area: f.area, severity: f.severity, count: f._count._all })),
  };
}
