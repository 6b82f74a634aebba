// Programmes group missions under a funder; staff see those funding their parliament's missions.
import type { Actor } from "@hemicycle/shared/policy";
import type { Prisma } from "../db/generated/client.ts";
import type { Db, DbOrTx } from "../db/types.ts";
import { fieldError, notFound } from "../lib/errors.ts";
import { paginate, type Keyset } from "../lib/pagination.ts";
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

/** Running at some time in the year: started by its end and ended after its start. */
function activeInYear(year: number): Prisma.ProgrammeWhereInput {
  return {
    startDate: { lte: new Date(Date.UTC(year, 11, 31)) },
    endDate: { gte: new Date(Date.UTC(year, 0, 1)) },
  };
}

function programmeOrder(
  input: TProgrammeListInput,
): Keyset<Prisma.ProgrammeWhereInput, Prisma.ProgrammeOrderByWithRelationInput> {
  return input.sort === "name"
    ? { keys: [{ path: ["name"], direction: input.order, type: "string" }], idDirection: "asc" }
    : {
        keys: [
          { path: ["startDate"], direction: input.order, type: "date" },
          { path: ["name"], direction: "asc", type: "string" },
        ],
        idDirection: "asc",
      };
}

/** A page of the programmes in the caller's reach, with how many match in all. */
export async function listProgrammes(db: Db, actor: Actor, input: TProgrammeListInput) {
  const where = scoped<Prisma.ProgrammeWhereInput>(
    programmeScope(actor),
    input.funder && { funders: { has: input.funder } },
    input.activeIn !== undefined && activeInYear(input.activeIn),
    searchWhere(input.search, (term, word) => [{ name: term }, { funders: { has: word } }]),
  );
  const [page, total] = await Promise.all([
    paginate(input, programmeOrder(input), (args) =>
      db.programme.findMany({ ...args, where: { AND: [where, args.where] }, select: programmeSelect }),
    ),
    db.programme.count({ where }),
  ]);
  return { ...page, total };
}

/** Every funder named by a programme in the caller's reach, sorted: the list's funder filter. */
export async function listProgrammeFunders(db: Db, actor: Actor): Promise<string[]> {
  const rows = await db.programme.findMany({ where: programmeScope(actor), select: { funders: true } });
  return [...new Set(rows.flatMap((r) => r.funders))].sort((a, b) => a.localeCompare(b));
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
