// Parliaments: read by everyone in scope (staff see only their own), managed by admins
// and coordinators.
import type { SessionUser } from "../context.ts";
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import { notFound, staleVersion } from "../lib/errors.ts";
import { paginate } from "../lib/pagination.ts";
import { searchWhere } from "../lib/search.ts";
import type {
  TCreateParliamentInput,
  TParliamentListInput,
  TUpdateParliamentInput,
} from "@hemicycle/shared/schemas/parliaments";
import { findingScope, missionScope, parliamentScope } from "./access.ts";
import { recordAudit } from "./audit.ts";

export const parliamentSelect = {
  id: true,
  name: true,
  countryCode: true,
  region: true,
  structure: true,
  chamberNames: true,
  website: true,
  version: true,
} satisfies Prisma.ParliamentSelect;

export function listParliaments(db: PrismaClient, user: SessionUser, input: TParliamentListInput) {
  const where: Prisma.ParliamentWhereInput = {
    AND: [
      parliamentScope(user),
      input.region ? { region: input.region } : {},
      searchWhere(input.search, (term, word) => [{ name: term }, { countryCode: { equals: word.toUpperCase() } }]),
    ],
  };
  return paginate(input, (args) =>
    db.parliament.findMany({ ...args, where, orderBy: [{ name: "asc" }, { id: "asc" }], select: parliamentSelect }),
  );
}

export async function getParliament(db: PrismaClient | Prisma.TransactionClient, user: SessionUser, id: string) {
  const parliament = await db.parliament.findFirst({
    where: { AND: [{ id }, parliamentScope(user)] },
    select: parliamentSelect,
  });
  if (!parliament) throw notFound("Parliament");
  return parliament;
}

export function createParliament(db: PrismaClient, user: SessionUser, input: TCreateParliamentInput) {
  return db.$transaction(async (tx) => {
    const created = await tx.parliament.create({
      data: { ...input, website: input.website ?? null },
      select: parliamentSelect,
    });
    await recordAudit(tx, user, {
      action: "parliament.create",
      entityType: "parliament",
      entityId: created.id,
      after: created,
    });
    return created;
  });
}

export function updateParliament(db: PrismaClient, user: SessionUser, input: TUpdateParliamentInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.parliament.findUnique({ where: { id: input.id }, select: parliamentSelect });
    if (!before) throw notFound("Parliament");
    if (before.version !== input.version) throw staleVersion("parliament", before);
    const { id, version, ...changes } = input;
    const updated = await tx.parliament.updateMany({
      where: { id, version },
      data: { ...changes, version: { increment: 1 } },
    });
    if (updated.count === 0) throw staleVersion("parliament", await getParliament(tx, user, id));
    const after = await tx.parliament.findUniqueOrThrow({ where: { id }, select: parliamentSelect });
    await recordAudit(tx, user, { action: "parliament.update", entityType: "parliament", entityId: id, before, after });
    return after;
  });
}

/**
 * What a parliament's home page shows at a glance: its missions by status and the
 * validated findings by ICT area and severity, counting only what the caller may see.
 */
export async function getParliamentOverview(db: PrismaClient, user: SessionUser, parliamentId: string) {
  const [parliament, missionsByStatus, findings] = await Promise.all([
    getParliament(db, user, parliamentId),
    db.mission.groupBy({
      by: ["status"],
      where: { AND: [{ parliamentId }, missionScope(user)] },
      _count: { _all: true },
    }),
    db.finding.groupBy({
      by: ["area", "severity"],
      where: { AND: [{ status: "VALIDATED", phase: { mission: { parliamentId } } }, findingScope(user)] },
      _count: { _all: true },
    }),
  ]);
  return {
    parliament,
    missionsByStatus: missionsByStatus.map((m) => ({ status: m.status, count: m._count._all })),
    validatedFindings: findings.map((f) => ({ area: f.area, severity: f.severity, count: f._count._all })),
  };
}
