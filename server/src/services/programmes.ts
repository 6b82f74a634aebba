// Programmes group missions under a funder; staff see those funding their parliament's missions.
import type { Actor } from "@hemicycle/shared/policy";
import type { Prisma } from "../db/generated/client.ts";
import type { Db, DbOrTx } from "../db/types.ts";
import { fieldError, notFound } from "../lib/errors.ts";
import { paginate } from "../lib/pagination.ts";
import { searchWhere } from "../lib/search.ts";
import type {
  TCreateProgrammeInput,
  TProgrammeListInput,
  TUpdateProgrammeInput,
} from "@hemicycle/shared/schemas/programmes";
import { programmeScope, scoped } from "../access/scopes.ts";
import { recordAudit } from "./audit.ts";
import { updateVersioned } from "./versioned-update.ts";

const programmeSelect = {
  id: true,
  name: true,
  funders: true,
  startDate: true,
  endDate: true,
  description: true,
  version: true,
} satisfies Prisma.ProgrammeSelect;

export function listProgrammes(db: Db, actor: Actor, input: TProgrammeListInput) {
  const where = scoped<Prisma.ProgrammeWhereInput>(
    programmeScope(actor),
    searchWhere(input.search, (term) => [{ name: term }]),
  );
  return paginate(input, (args) =>
    db.programme.findMany({ ...args, where, orderBy: [{ startDate: "desc" }, { id: "asc" }], select: programmeSelect }),
  );
}

export async function getProgramme(db: DbOrTx, actor: Actor, id: string) {
  const programme = await db.programme.findFirst({
    where: scoped<Prisma.ProgrammeWhereInput>(programmeScope(actor), { id }),
    select: programmeSelect,
  });
  if (!programme) throw notFound("programme");
  return programme;
}

export function createProgramme(db: Db, actor: Actor, input: TCreateProgrammeInput) {
  return db.$transaction(async (tx) => {
    const created = await tx.programme.create({ data: input, select: programmeSelect });
    await recordAudit(tx, actor, {
      action: "programme.create",
      entityType: "programme",
      entityId: created.id,
      after: created,
    });
    return created;
  });
}

export function updateProgramme(db: Db, actor: Actor, input: TUpdateProgrammeInput) {
  const { id, version, ...changes } = input;
  return db.$transaction(async (tx) => {
    const { after } = await updateVersioned(tx, actor, {
      entity: "programme",
      id,
      version,
      read: () => tx.programme.findUnique({ where: { id }, select: programmeSelect }),
      check: (before) => {
        if ((changes.endDate ?? before.endDate) < (changes.startDate ?? before.startDate)) {
          throw fieldError("endDate", "endBeforeStart");
        }
      },
      write: (where) => tx.programme.updateMany({ where, data: { ...changes, version: { increment: 1 } } }),
      audit: { action: "programme.update" },
    });
    return after;
  });
}
