// The expert directory: who knows what, speaks what, and when they cannot travel.
import { message } from "@hemicycle/shared/messages";
import { maySearchExpertAvailability, seesTeamPrivateDetails, type Actor } from "@hemicycle/shared/policy";
import type { TCreateExpertInput, TExpertListInput, TUpdateExpertInput } from "@hemicycle/shared/schemas/experts";
import type { Prisma } from "../db/generated/client.ts";
import { lockRows } from "../db/locks.ts";
import type { Db, DbOrTx } from "../db/types.ts";
import { expertScope, phaseScope, scoped } from "../access/scopes.ts";
import { AppError, fail, notFound } from "../lib/errors.ts";
import { paginate, type Keyset } from "../lib/pagination.ts";
import { searchWhere } from "../lib/search.ts";
import { recordAudit } from "./audit.ts";
import { bookingsDuring } from "./scheduling.ts";
import { updateVersioned } from "./versioned-update.ts";

const expertSelect = {
  id: true,
  name: true,
  email: true,
  institution: true,
  countryCode: true,
  areas: true,
  languages: true,
  bio: true,
  version: true,
  unavailability: { select: { startDate: true, endDate: true, reason: true }, orderBy: { startDate: "asc" } },
} satisfies Prisma.ExpertSelect;

type ExpertRow = Prisma.ExpertGetPayload<{ select: typeof expertSelect }>;

/**
 * Parliament staff see who is on their missions, not the directory's private side: no
 * e-mail address, and no unavailable periods (their reasons are personal and their dates
 * would tell of missions to other parliaments).
 */
function forViewer(actor: Actor, expert: ExpertRow): ExpertRow {
  return seesTeamPrivateDetails(actor) ? expert : { ...expert, email: null, unavailability: [] };
}

export async function listExperts(db: Db, actor: Actor, input: TExpertListInput) {
  if (!maySearchExpertAvailability(actor) && (input.availableFrom || input.availableTo)) {
    // Availability reflects bookings on other parliaments' missions.
    throw fail("FORBIDDEN", "availabilityHidden");
  }
  const from = input.availableFrom ?? input.availableTo;
  const to = input.availableTo ?? input.availableFrom;
  const where = scoped<Prisma.ExpertWhereInput>(
    expertScope(actor),
    searchWhere(input.search, (term) => [{ name: term }, { institution: term }]),
    input.area && { areas: { has: input.area } },
    input.language && { languages: { has: input.language } },
    input.country && { countryCode: input.country },
    from &&
      to && {
        // Available: no unavailable period and no non-cancelled phase overlapping [from, to].
        unavailability: { none: { startDate: { lte: to }, endDate: { gte: from } } },
        assignments: {
          none: { phase: { status: { not: "CANCELLED" }, startDate: { lte: to }, endDate: { gte: from } } },
        },
      },
  );
  const order: Keyset<Prisma.ExpertWhereInput, Prisma.ExpertOrderByWithRelationInput> = {
    keys: [
      ...(input.sort === "country" ? [{ path: ["countryCode"], direction: "asc", type: "string" } as const] : []),
      { path: ["name"], direction: "asc", type: "string" },
    ],
    idDirection: "asc",
  };
  const [page, total] = await Promise.all([
    paginate(input, order, (page) =>
      db.expert.findMany({ ...page, where: { AND: [where, page.where] }, select: expertSelect }),
    ),
    db.expert.count({ where }),
  ]);
  return { ...page, total, items: page.items.map((expert) => forViewer(actor, expert)) };
}

/** An expert's place on phase teams, as far as the viewer sees the missions. */
const assignmentSelect = {
  id: true,
  role: true,
  phase: {
    select: {
      id: true,
      kind: true,
      status: true,
      startDate: true,
      endDate: true,
      mission: { select: { id: true, code: true, title: true, parliament: { select: { name: true } } } },
    },
  },
} satisfies Prisma.AssignmentSelect;

export async function getExpert(db: DbOrTx, actor: Actor, id: string) {
  const expert = await db.expert.findFirst({
    where: scoped<Prisma.ExpertWhereInput>(expertScope(actor), { id }),
    select: {
      ...expertSelect,
      assignments: {
        where: { phase: phaseScope(actor) },
        select: assignmentSelect,
        orderBy: [{ phase: { startDate: "desc" } }, { id: "asc" }],
      },
    },
  });
  if (!expert) throw notFound("expert");
  const { assignments, ...rest } = expert;
  return { ...forViewer(actor, rest), assignments };
}

export function createExpert(db: Db, actor: Actor, input: TCreateExpertInput) {
  return db.$transaction(async (tx) => {
    const { unavailability, ...fields } = input;
    const created = await tx.expert.create({
      data: { ...fields, email: fields.email ?? null, unavailability: { create: unavailability } },
      select: expertSelect,
    });
    await recordAudit(tx, actor, {
      action: "expert.create",
      entityType: "expert",
      entityId: created.id,
      after: created,
    });
    return created;
  });
}

export function updateExpert(db: Db, actor: Actor, input: TUpdateExpertInput) {
  const { id, version, unavailability, overrideReason, ...changes } = input;
  return db.$transaction(async (tx) => {
    // Locked before the bookings are read, as an assignment locks the expert before
    // checking their time off: one of two concurrent changes then sees the other's.
    await lockRows(tx, "experts", [id]);
    const { after } = await updateVersioned(tx, actor, {
      entity: "expert",
      id,
      version,
      read: () => tx.expert.findUnique({ where: { id }, select: expertSelect }),
      check: async (before) => {
        if (!unavailability?.length || overrideReason) return;
        // An unavailable period over a phase the expert is on would leave them booked while
        // unavailable: the coordinator must see it and say why it stands.
        const bookings = await bookingsDuring(tx, id, unavailability);
        const first = bookings[0];
        if (first?.kind !== "phase") return;
        throw AppError.of(
          "EXPERT_UNAVAILABLE",
          message("bookedDuringUnavailability", {
            expert: before.name,
            mission: first.missionCode,
            phaseKind: first.phaseKind,
            startDate: first.startDate,
            endDate: first.endDate,
          }),
          { details: { expert: before.name, clashes: bookings } },
        );
      },
      write: async (where) => {
        const updated = await tx.expert.updateMany({ where, data: { ...changes, version: { increment: 1 } } });
        if (updated.count && unavailability) {
          await tx.expertUnavailability.deleteMany({ where: { expertId: id } });
          await tx.expertUnavailability.createMany({ data: unavailability.map((u) => ({ ...u, expertId: id })) });
        }
        return updated;
      },
      audit: { action: "expert.update", note: () => (overrideReason ? { overrideReason } : undefined) },
    });
    return after;
  });
}
