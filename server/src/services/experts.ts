// The expert directory: who knows what, speaks what, and when they cannot travel.
import type { SessionUser } from "../context.ts";
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import { AppError, notFound, staleVersion } from "../lib/errors.ts";
import { isoDate } from "../lib/dates.ts";
import { findClashes, type Clash } from "./missions.ts";

type PhaseClash = Extract<Clash, { kind: "phase" }>;
import { paginate } from "../lib/pagination.ts";
import { searchWhere } from "../lib/search.ts";
import type { TCreateExpertInput, TExpertListInput, TUpdateExpertInput } from "@hemicycle/shared/schemas/experts";
import { expertScope } from "./access.ts";
import { recordAudit } from "./audit.ts";

export const expertSelect = {
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
function forViewer(user: SessionUser, expert: ExpertRow): ExpertRow {
  if (user.role !== "PARLIAMENT_STAFF") return expert;
  return { ...expert, email: null, unavailability: [] };
}

export async function listExperts(db: PrismaClient, user: SessionUser, input: TExpertListInput) {
  if (user.role === "PARLIAMENT_STAFF" && (input.availableFrom || input.availableTo)) {
    // Availability reflects bookings on other parliaments' missions.
    throw new AppError("FORBIDDEN", "Your role cannot search experts by availability.");
  }
  const from = input.availableFrom ?? input.availableTo;
  const to = input.availableTo ?? input.availableFrom;
  const where: Prisma.ExpertWhereInput = {
    AND: [
      expertScope(user),
      searchWhere(input.search, (term) => [{ name: term }, { institution: term }]),
      input.area ? { areas: { has: input.area } } : {},
      input.language ? { languages: { has: input.language } } : {},
      from && to
        ? {
            // Available: no unavailable period and no non-cancelled phase overlapping [from, to].
            unavailability: { none: { startDate: { lte: to }, endDate: { gte: from } } },
            assignments: {
              none: { phase: { status: { not: "CANCELLED" }, startDate: { lte: to }, endDate: { gte: from } } },
            },
          }
        : {},
    ],
  };
  const page = await paginate(input, (args) =>
    db.expert.findMany({ ...args, where, orderBy: [{ name: "asc" }, { id: "asc" }], select: expertSelect }),
  );
  return { ...page, items: page.items.map((expert) => forViewer(user, expert)) };
}

export async function getExpert(db: PrismaClient | Prisma.TransactionClient, user: SessionUser, id: string) {
  const expert = await db.expert.findFirst({ where: { AND: [{ id }, expertScope(user)] }, select: expertSelect });
  if (!expert) throw notFound("Expert");
  return forViewer(user, expert);
}

export function createExpert(db: PrismaClient, user: SessionUser, input: TCreateExpertInput) {
  return db.$transaction(async (tx) => {
    const { unavailability, ...fields } = input;
    const created = await tx.expert.create({
      data: { ...fields, email: fields.email ?? null, unavailability: { create: unavailability } },
      select: expertSelect,
    });
    await recordAudit(tx, user, {
      action: "expert.create",
      entityType: "expert",
      entityId: created.id,
      after: created,
    });
    return created;
  });
}

/** The expert's non-cancelled phases that overlap any of `periods`. */
async function bookingsDuring(
  tx: Prisma.TransactionClient,
  expertId: string,
  periods: { startDate: Date; endDate: Date }[],
) {
  const clashes: PhaseClash[] = [];
  for (const period of periods) {
    for (const clash of await findClashes(tx, expertId, period)) {
      if (clash.kind === "phase" && !clashes.some((c) => c.phaseId === clash.phaseId)) clashes.push(clash);
    }
  }
  return clashes;
}

export function updateExpert(db: PrismaClient, user: SessionUser, input: TUpdateExpertInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.expert.findUnique({ where: { id: input.id }, select: expertSelect });
    if (!before) throw notFound("Expert");
    if (before.version !== input.version) throw staleVersion("expert", before);
    const { id, version, unavailability, overrideReason, ...changes } = input;
    if (unavailability?.length && !overrideReason) {
      // An unavailable period over a phase the expert is on would leave them booked while
      // unavailable: the coordinator must see it and say why it stands.
      const clashes = await bookingsDuring(tx, id, unavailability);
      if (clashes.length) {
        const first = clashes[0]!;
        throw new AppError(
          "EXPERT_UNAVAILABLE",
          `${before.name} is on ${first.missionCode} (${first.phaseKind.toLowerCase().replace(/_/g, " ")}) from ${isoDate(first.startDate)} to ${isoDate(first.endDate)}, inside the new unavailable period.`,
          { clashes },
        );
      }
    }
    const updated = await tx.expert.updateMany({
      where: { id, version },
      data: { ...changes, version: { increment: 1 } },
    });
    if (updated.count === 0) throw staleVersion("expert", await getExpert(tx, user, id));
    if (unavailability) {
      await tx.expertUnavailability.deleteMany({ where: { expertId: id } });
      await tx.expertUnavailability.createMany({ data: unavailability.map((u) => ({ ...u, expertId: id })) });
    }
    const after = await tx.expert.findUniqueOrThrow({ where: { id }, select: expertSelect });
    await recordAudit(tx, user, {
      action: "expert.update",
      entityType: "expert",
      entityId: id,
      before,
      after: overrideReason ? { ...after, overrideReason } : after,
    });
    return after;
  });
}
