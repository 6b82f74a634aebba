// Programmes group missions under a funder; staff see those funding their parliament's missions.
import type { SessionUser } from "../context.ts";
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import { fieldError, notFound, staleVersion } from "../lib/errors.ts";
import { paginate } from "../lib/pagination.ts";
import { searchWhere } from "../lib/search.ts";
import type {
  TCreateProgrammeInput,
  TProgrammeListInput,
  TUpdateProgrammeInput,
} from "@hemicycle/shared/schemas/programmes";
import { programmeScope } from "./access.ts";
import { recordAudit } from "./audit.ts";

export const programmeSelect = {
  id: true,
  name: true,
  funders: true,
  startDate: true,
  endDate: true,
  description: true,
  version: true,
} satisfies Prisma.ProgrammeSelect;

export function listProgrammes(db: PrismaClient, user: SessionUser, input: TProgrammeListInput) {
  const where: Prisma.ProgrammeWhereInput = {
    AND: [programmeScope(user), searchWhere(input.search, (term) => [{ name: term }])],
  };
  return paginate(input, (args) =>
    db.programme.findMany({ ...args, where, orderBy: [{ startDate: "desc" }, { id: "asc" }], select: programmeSelect }),
  );
}

export async function getProgramme(db: PrismaClient | Prisma.TransactionClient, user: SessionUser, id: string) {
  const programme = await db.programme.findFirst({
    where: { AND: [{ id }, programmeScope(user)] },
    select: programmeSelect,
  });
  if (!programme) throw notFound("Programme");
  return programme;
}

export function createProgramme(db: PrismaClient, user: SessionUser, input: TCreateProgrammeInput) {
  return db.$transaction(async (tx) => {
    const created = await tx.programme.create({ data: input, select: programmeSelect });
    await recordAudit(tx, user, {
      action: "programme.create",
      entityType: "programme",
      entityId: created.id,
      after: created,
    });
    return created;
  });
}

export function updateProgramme(db: PrismaClient, user: SessionUser, input: TUpdateProgrammeInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.programme.findUnique({ where: { id: input.id }, select: programmeSelect });
    if (!before) throw notFound("Programme");
    if (before.version !== input.version) throw staleVersion("programme", before);
    const { id, version, ...changes } = input;
    if ((changes.endDate ?? before.endDate) < (changes.startDate ?? before.startDate)) {
      throw fieldError("endDate", "The end date cannot be before the start date");
    }
    const updated = await tx.programme.updateMany({
      where: { id, version },
      data: { ...changes, version: { increment: 1 } },
    });
    if (updated.count === 0) throw staleVersion("programme", await getProgramme(tx, user, id));
    const after = await tx.programme.findUniqueOrThrow({ where: { id }, select: programmeSelect });
    await recordAudit(tx, user, { action: "programme.update", entityType: "programme", entityId: id, before, after });
    return after;
  });
}
